/// <reference lib="dom" />
// 查询客户 in Chromium: the built sidebar (dist/lookup.html) calling the built bundle's
// guishuLookup over the in-memory spreadsheet.
import { AGENT, IMG_NAME, MANAGER, office, SCRIPT_NAME } from './office';
import { openPage, useBrowser, settled, switchLang, textOf, type Opened } from './harness';

const { browser, track } = useBrowser();

async function open(
  opts: Parameters<typeof office>[0] = {},
  more: Partial<Parameters<typeof openPage>[2]> = {},
): Promise<Opened> {
  const o = await openPage(browser(), 'lookup', { fake: office(opts), ...more });
  track(o);
  return o;
}

async function search(o: Opened, query: string): Promise<void> {
  await o.page.fill('#query', query);
  await o.page.click('#search');
  await settled(o.page);
}

test('a phone in any format finds the customer: owner, status, protected-through, days left, rules, reason, timeline', async () => {
  const o = await open();
  await search(o, '+86 139-0000-0001');
  const { page } = o;
  expect(await textOf(page, '.customer h2')).toBe('陈先生');
  const facts = await textOf(page, '.customer .facts');
  expect(facts).toContain('李四');
  expect(facts).toContain('保护中');
  expect(facts).toContain('2026-12-04');
  // Through 12-04 on 11-30: five days with today, the number the sheets' 剩余天数 shows (issue 13).
  expect(facts).toContain('剩 5 天');
  expect(facts).toContain('cross-customer/R1');
  expect(facts).toContain('最近跟进 2026-11-27');
  // A manager sees the whole number.
  expect(await textOf(page, '.customer .phones')).toContain('13900000001');
  expect(await textOf(page, '.who')).toContain(MANAGER);

  // The timeline: one marker per row, one lane per agent, the window shaded, today marked.
  const svg = page.locator('svg.timeline');
  await expect(svg.count()).resolves.toBe(1);
  expect(await page.locator('svg.timeline .tl-event').count()).toBe(6);
  const lanes = await page.locator('svg.timeline .tl-lane').allTextContents();
  expect(lanes.map((l) => l.replace(/^(张三|李四|孙七)+/, '$1'))).toEqual(
    expect.arrayContaining(['张三', '李四', '孙七']),
  );
  expect(await page.locator('svg.timeline .tl-window').count()).toBe(1);
  expect(await page.locator('svg.timeline .tl-today').count()).toBe(1);
  expect(await page.locator('svg.timeline .tl-call').count()).toBe(1);
  expect(await page.locator('svg.timeline .tl-visit').count()).toBe(2);
  expect(await page.locator('svg.timeline .tl-followup').count()).toBe(2);
  expect(await page.locator('svg.timeline .tl-filing').count()).toBe(1);
  // The window starts at 李四's claim (11-18) and ends after 12-04; today (11-30) lies inside.
  const geo = await page.evaluate(() => {
    const w = document.querySelector('svg.timeline .tl-window') as SVGRectElement;
    const t = document.querySelector('svg.timeline .tl-today') as SVGLineElement;
    const visit = [...document.querySelectorAll('svg.timeline .tl-event')].find(
      (g) => g.getAttribute('data-date') === '2026-11-18' && g.getAttribute('data-kind') === 'visit',
    ) as SVGGElement;
    const box = visit.getBBox();
    return {
      x0: Number(w.getAttribute('x')),
      x1: Number(w.getAttribute('x')) + Number(w.getAttribute('width')),
      today: Number(t.getAttribute('x1')),
      visit: box.x + box.width / 2,
    };
  });
  expect(geo.today).toBeGreaterThan(geo.x0);
  expect(geo.today).toBeLessThan(geo.x1);
  expect(Math.abs(geo.visit - geo.x0)).toBeLessThan(12);
  // The legend names the five kinds of marker.
  expect(await textOf(page, '.legend')).toMatch(/来电[\s\S]*来访[\s\S]*跟进[\s\S]*备案[\s\S]*成交/);
  // The page fits the 300 px sidebar.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

  expect(o.calls.map((c) => c.name)).toEqual(['guishuPageContext', 'guishuLookup']);
  await switchLang(page, 'en');
});

test('every lookup is appended to the lookup log: who, when, the query, the customer found', async () => {
  const o = await open();
  await search(o, '139 0000 0001');
  const log = o.fake.values('查询日志');
  expect(log).toHaveLength(2);
  expect(log[1].slice(1)).toEqual([MANAGER, '139 0000 0001', 'c-13900000001']);
  // Sheets reads the written time as a date: 10:00 in Shanghai.
  expect((log[1][0] as Date).toISOString()).toBe('2026-11-30T02:00:00.000Z');
});

test('a non-manager sees phones masked to the last four digits, and the page says so', async () => {
  const o = await open({ user: AGENT });
  await search(o, '13900000001');
  const phones = await textOf(o.page, '.customer .phones');
  expect(phones).toContain('*******0001');
  expect(phones).not.toContain('13900000001');
  expect(await textOf(o.page, '.who')).toContain('非经理');
  expect(await o.page.locator('text=非经理视图：电话只显示后四位。').count()).toBe(1);
  // The rows list and the timeline's tooltips carry no full phone either.
  expect(await o.page.locator('#results').innerText()).not.toMatch(/1390000000\d/);
});

test('a blank email (withheld by Apps Script) is a non-manager, and the page says so', async () => {
  const o = await open({ user: MANAGER, hideEmail: true });
  expect(await textOf(o.page, '.who')).toContain('无法取得您的邮箱');
  await search(o, '13900000001');
  expect(await textOf(o.page, '.customer .phones')).toContain('*******0001');
  await switchLang(o.page, 'en');
  expect(await textOf(o.page, '.who')).toContain('Your email is not available');
});

test('a name lists several matches; choosing one shows it', async () => {
  const o = await open();
  await search(o, '王');
  expect(await textOf(o.page, '#results')).toContain('找到 2 位客户');
  const buttons = o.page.locator('.matches button');
  expect(await buttons.count()).toBe(2);
  expect(await o.page.locator('.customer').count()).toBe(0);
  await buttons.filter({ hasText: '王先生' }).click();
  expect(await textOf(o.page, '.customer h2')).toBe('王先生');
  expect(await textOf(o.page, '.customer .facts')).toContain('已成交');
  // Focus moves to the customer shown, for the keyboard and screen readers.
  expect(await o.page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
});

test('keyboard: Tab reaches the search box first, Enter searches', async () => {
  const o = await open();
  await o.page.keyboard.press('Tab');
  expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('query');
  await o.page.keyboard.type('139-0000-0002');
  await o.page.keyboard.press('Enter');
  await settled(o.page);
  expect(await textOf(o.page, '.customer h2')).toBe('王女士');
  // Focus is visible: the search box has an outline or a blue border.
  await o.page.keyboard.press('Tab');
  expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('search');
  const outline = await o.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});

test('no match, and an empty query, are said plainly', async () => {
  const o = await open();
  await search(o, '13800000000');
  expect(await textOf(o.page, '#results')).toContain('没有找到与「13800000000」匹配的客户');
  await search(o, '   ');
  expect(await textOf(o.page, '#results')).toContain('请输入电话或姓名');
});

test('a server function that throws: the server’s sentence shows in the error area, never Google’s text', async () => {
  const o = await open();
  // The spreadsheet service fails inside guishuLookup, as Apps Script's services sometimes do.
  o.fake.failOn('Range.getValues');
  await search(o, '13900000001');
  const alert = o.page.locator('[role=alert].error-box');
  await alert.waitFor({ state: 'visible' });
  const text = await alert.innerText();
  expect(text).toContain('出错了');
  // Errors point 4: the wrapped server function's one sentence; Google's text stays in the log.
  expect(text).toContain('归属运行出错，未能完成（详情见执行日志）');
  expect(text).not.toContain('Service Spreadsheets failed');
  expect(o.calls.find((c) => c.name === 'guishuLookup')?.ok).toBe(false);
  // The next search succeeds and clears the error.
  await search(o, '13900000001');
  expect(await alert.isVisible()).toBe(false);
  expect(await textOf(o.page, '.customer h2')).toBe('陈先生');
});

test('outside Apps Script (no google.script.run) the page says why instead of failing silently', async () => {
  const o = await open({}, { noShim: true });
  const alert = o.page.locator('[role=alert].error-box');
  await alert.waitFor({ state: 'visible' });
  expect(await alert.innerText()).toContain('无法连接 Apps Script');
});

test('customers named with markup appear as text and run nothing', async () => {
  const o = await open();
  for (const [phone, name] of [
    ['13900000066', IMG_NAME],
    ['13900000077', SCRIPT_NAME],
  ]) {
    await search(o, phone);
    expect(await textOf(o.page, '.customer h2')).toBe(name);
    await o.page.click('details.rows summary');
    expect(await o.page.locator('#results img').count()).toBe(0);
    expect(await o.page.locator('#results script').count()).toBe(0);
  }
  // By name too: the markup is a name like any other.
  await search(o, '<img');
  expect(await textOf(o.page, '.customer h2')).toBe(IMG_NAME);
  expect(await o.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await o.page.locator('img').count()).toBe(0);
  expect(await o.page.locator('script').count()).toBe(1); // the page's own
});

test('the language switch changes every word on the page, and back', async () => {
  const o = await open();
  await search(o, '13900000001');
  await switchLang(o.page, 'en');
  expect(await o.page.evaluate(() => document.documentElement.lang)).toBe('en');
  const facts = await textOf(o.page, '.customer .facts');
  expect(facts).toContain('Owner');
  expect(facts).toContain('Protected through');
  expect(facts).toContain('5 days left');
  expect(facts).toContain('Protected'); // the status word in English
  expect(await textOf(o.page, 'label[for=query]')).toBe('Phone or name');
  expect(await o.page.getAttribute('#query', 'placeholder')).toContain('e.g.');
  expect(await textOf(o.page, '.legend')).toMatch(/Call[\s\S]*Visit[\s\S]*Follow-up[\s\S]*Filing[\s\S]*Deal/);
  await switchLang(o.page, 'zh');
  expect(await textOf(o.page, 'label[for=query]')).toBe('电话或姓名');
  expect(await textOf(o.page, '.customer .facts')).toContain('剩 5 天');
});

test('issue 13 point 4: the signed-in agent sees their own 到期提醒, and one click looks the customer up', async () => {
  const fake = office({ user: 'lisi@example.com' });
  const key = 'guishu.settings';
  const saved = JSON.parse(String(fake.properties.document.map.get(key)));
  fake.properties.document.map.set(key, JSON.stringify({ ...saved, overrides: { warnDays: 7 } }));
  const o = await openPage(browser(), 'lookup', { fake });
  track(o);
  await settled(o.page);
  const mine = await textOf(o.page, '#mine');
  // 李四's two customers, soonest first: the one named with markup (through 12-03, shown as
  // text), then 陈先生 (through 12-04: five days with today), both within warnDays 7.
  expect(mine).toContain('我的到期提醒（2）');
  expect(mine).toMatch(/<img src=x onerror=alert\(1\)> 剩 4 天\s+12-03 前跟进[\s\S]*陈先生 剩 5 天\s+12-04 前跟进/);
  await o.page.click('#mine li:nth-child(2) button.match');
  await settled(o.page);
  expect(await textOf(o.page, '.customer h2')).toBe('陈先生');
  expect(o.calls.map((c) => c.name)).toEqual(['guishuPageContext', 'guishuMyReminders', 'guishuLookup']);
});

test('issue 13 point 4: no reminder list for someone whose email is not on the staff sheet', async () => {
  const o = await open();
  expect(await textOf(o.page, '#mine')).toBe('');
  expect(o.calls.map((c) => c.name)).toEqual(['guishuPageContext']);
});
