/// <reference lib="dom" />
// 客户备案 in Chromium: the verdict before saving, a filing accepted and one rejected, field
// problems, over the built bundle's guishuFilingCheck / guishuFilingSave.
import { AGENT, office } from './office';
import { openPage, useBrowser, settled, switchLang, textOf, type Opened } from './harness';

const { browser, track } = useBrowser();

async function open(user = AGENT): Promise<Opened> {
  const o = await openPage(browser(), 'filing', { fake: office({ user }) });
  track(o);
  return o;
}

async function fill(o: Opened, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await o.page.fill(`#f-${name}`, value);
}

test('the agent is prefilled from the staff sheet by email', async () => {
  const o = await open();
  expect(await o.page.inputValue('#f-agent')).toBe('张三');
  expect(await textOf(o.page, '.who')).toContain(AGENT);
});

test('a new customer: the check says it would be accepted; saving appends one row and recomputes', async () => {
  const o = await open();
  const before = o.fake.values('客户备案').length;
  await fill(o, {
    name: '赵先生',
    phone: '139 0000 0009',
    relation: '夫妻',
    linkedPhone: '139-0000-0010',
    note: '展会',
  });
  await o.page.click('#check');
  await settled(o.page);
  const verdict = await textOf(o.page, '#verdict');
  expect(verdict).toContain('可以备案');
  expect(verdict).toContain('cross-customer/R1');
  expect(o.fake.values('客户备案')).toHaveLength(before); // checking writes nothing
  await switchLang(o.page, 'en');
  expect(await textOf(o.page, '#verdict')).toContain('Can be filed');
  await switchLang(o.page, 'zh');

  await o.page.click('#save');
  await settled(o.page);
  await o.page.locator('#saved .verdict').waitFor();
  expect(await textOf(o.page, '#saved')).toContain(`已保存「赵先生」到 客户备案 第${before + 1}行`);
  const rows = o.fake.values('客户备案');
  expect(rows).toHaveLength(before + 1);
  expect(rows[before].slice(1, 4)).toEqual(['赵先生', '139 0000 0009', '张三']);
  // The recompute ran: Guishu's own sheets exist and list the new customer.
  const names = o.fake.values('客户归属总表').map((r) => r[1]);
  expect(names).toContain('赵先生');
  // The form is ready for the next filing; the agent stays.
  expect(await o.page.inputValue('#f-name')).toBe('');
  expect(await o.page.inputValue('#f-agent')).toBe('张三');
  expect(o.calls.filter((c) => c.name === 'guishuFilingSave')).toHaveLength(1);
});

test('a customer another agent holds: the check names the owner and the rule; saving needs a confirmation', async () => {
  const o = await open();
  const before = o.fake.values('客户备案').length;
  await fill(o, { name: '陈先生', phone: '+86 139-0000-0001' });
  await o.page.click('#check');
  await settled(o.page);
  const verdict = await textOf(o.page, '#verdict');
  expect(verdict).toContain('与现归属人 李四 冲突');
  expect(verdict).toContain('common/CONFLICT');
  expect(verdict).toContain('客户已归 李四');
  // Saving without ticking the confirmation saves nothing.
  await o.page.click('#save');
  await settled(o.page);
  expect(o.calls.filter((c) => c.name === 'guishuFilingSave')).toHaveLength(0);
  expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('confirm-conflict');
  expect(o.fake.values('客户备案')).toHaveLength(before);
  // Confirmed, it is recorded as the conflict it is.
  await o.page.check('#confirm-conflict');
  await o.page.click('#save');
  await settled(o.page);
  await o.page.locator('#saved .verdict').waitFor();
  expect(await textOf(o.page, '#saved')).toContain('与现归属人 李四 冲突');
  expect(o.fake.values('客户备案')).toHaveLength(before + 1);
});

test('missing and malformed fields are marked one by one, in both languages, and nothing is saved', async () => {
  const o = await open();
  const before = o.fake.values('客户备案');
  await fill(o, { name: '', phone: '123', agent: '张三', linkedPhone: 'abc' });
  await o.page.click('#save');
  await settled(o.page);
  expect(await textOf(o.page, '#f-name-error')).toBe('请填写此项。');
  expect(await textOf(o.page, '#f-phone-error')).toBe('格式不正确。');
  expect(await textOf(o.page, '#f-linkedPhone-error')).toBe('格式不正确。');
  expect(await o.page.getAttribute('#f-phone', 'aria-invalid')).toBe('true');
  expect(await o.page.getAttribute('#f-agent', 'aria-invalid')).toBeNull();
  expect(await textOf(o.page, '#verdict')).toContain('请先更正标出的字段');
  await switchLang(o.page, 'en');
  expect(await textOf(o.page, '#f-name-error')).toBe('Fill this in.');
  expect(await textOf(o.page, '#f-phone-error')).toBe('This is not valid.');
  expect(o.calls.filter((c) => c.name === 'guishuFilingSave')).toHaveLength(0);
  expect(o.fake.values('客户备案')).toEqual(before);
});

test('leaving a field checks by itself once name and phone are there; keyboard only', async () => {
  const o = await open();
  await o.page.keyboard.press('Tab');
  expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('f-name');
  await o.page.keyboard.type('陈先生');
  await o.page.keyboard.press('Tab');
  await o.page.keyboard.type('13900000001');
  await o.page.keyboard.press('Tab'); // leaving the phone field fires change
  await o.page.waitForFunction(() => (document.querySelector('#verdict')?.textContent ?? '').includes('李四'));
  expect(o.calls.filter((c) => c.name === 'guishuFilingCheck')).toHaveLength(1);
});

test('a customer named with markup is filed and shown as text', async () => {
  const o = await open();
  const name = '<img src=x onerror=alert(1)>';
  await fill(o, { name, phone: '13900000088' });
  await o.page.click('#save');
  await settled(o.page);
  await o.page.locator('#saved .verdict').waitFor();
  expect(await textOf(o.page, '#saved')).toContain(`已保存「${name}」`);
  expect(await o.page.locator('img').count()).toBe(0);
  const rows = o.fake.values('客户备案');
  expect(rows[rows.length - 1][1]).toBe(name);
});

describe('errors point 4: the page shows one sentence, never the server’s raw text', () => {
  /** Waits until the error area shows a failure (the call has come back). */
  const shown = (o: Opened) => o.page.locator('[role=alert].error-box').waitFor({ state: 'visible' });
  /** The failure shown and every call it started back (leaving a field checks after 250 ms). */
  const failed = async (o: Opened) => {
    await shown(o);
    await o.page.waitForTimeout(400);
    await settled(o.page);
  };

  test('Google’s exception inside the server call: the server’s sentence in the page’s language', async () => {
    const o = await open();
    await fill(o, { name: '赵先生', phone: '139 0000 0009' });
    o.fake.failOn('Range.getValues', { error: 'Exception: Service error: Spreadsheets', times: Infinity });
    await o.page.click('#check');
    await failed(o);
    o.fake.clearFailures();
    const zh = await textOf(o.page, '.error-text');
    expect(zh).toBe('归属运行出错，未能完成（详情见执行日志）');
    await o.page.click('.error-box .dismiss');
    await switchLang(o.page, 'en');
    o.fake.failOn('Range.getValues', { error: 'Exception: Service error: Spreadsheets', times: Infinity });
    await fill(o, { name: '钱先生' });
    await o.page.click('#check');
    await failed(o);
    o.fake.clearFailures();
    expect(await textOf(o.page, '.error-text')).toBe(
      'Guishu ran into an error and did not finish (details in the execution log)',
    );
    expect(await textOf(o.page, '.error-box')).not.toMatch(/Exception|Service error/);
  });

  test('a failure Google makes itself (no sentence of ours): the page’s own words', async () => {
    const o = await openPage(browser(), 'filing', {
      fake: office({ user: AGENT }),
      failWith: { guishuFilingCheck: "We're sorry, a server error occurred. Please wait a bit and try again." },
    });
    track(o);
    await fill(o, { name: '赵先生', phone: '139 0000 0009' });
    await o.page.click('#check');
    await shown(o);
    expect(await textOf(o.page, '.error-text')).toBe('服务器没有说明原因。');
    expect(await textOf(o.page, '.error-box')).not.toMatch(/sorry/);
  });
});
