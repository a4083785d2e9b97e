/// <reference lib="dom" />
// 冲突与裁决 in Chromium: the open conflicts with their rules and evidence rows, and a ruling that
// changes the owner once the server has recomputed.
import { AGENT, office, SCRIPT_NAME } from './office';
import { openPage, useBrowser, settled, switchLang, textOf, type Opened } from './harness';

const { browser, track } = useBrowser();

async function open(opts: Parameters<typeof office>[0] = {}): Promise<Opened> {
  const o = await openPage(browser(), 'conflicts', { fake: office(opts) });
  track(o);
  await o.page.locator('#conflicts p').first().waitFor();
  return o;
}

test('lists the open conflicts with kind, parties, rules, evidence row and explanation', async () => {
  const o = await open();
  const { page } = o;
  expect(await textOf(page, '#conflicts')).toContain('2 条未解决的冲突');
  const first = page.locator('.conflict').filter({ hasText: '刘先生' });
  const text = await first.innerText();
  expect(text).toContain('他人成交');
  expect(text).toContain('赵六、张三');
  expect(text).toContain('cross-customer/R3');
  expect(text).toContain('common/CONFLICT');
  expect(text).toContain('来访登记 第8行');
  expect(text).toContain('张三 2026-11-20 成交');
  await switchLang(page, 'en');
  const en = await first.innerText();
  expect(en).toContain('Deal by another agent');
  expect(en).toContain('来访登记 row 8');
  expect(en).toContain('Evidence row');
  // issue 15.6: the parties are a list of the page's language.
  expect(en).toContain('赵六, 张三');
});

test('a ruling appends to 裁决, and after the recompute the customer has the new owner', async () => {
  const o = await open();
  const { page } = o;
  await page.locator('.conflict').filter({ hasText: '刘先生' }).locator('button.rule-this').click();
  expect(await page.inputValue('#r-customer')).toBe('c-13900000004');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('r-owner');
  await page.keyboard.type('张三');
  await page.fill('#r-reason', '客户投诉，经理改判');
  await page.click('#rule');
  await settled(page);
  await page.locator('#ruling-result .verdict-ok').waitFor();
  expect(await textOf(page, '#ruling-result')).toContain('刘先生 现归属 张三');
  const rulings = o.fake.values('裁决');
  expect(rulings).toHaveLength(2);
  expect(rulings[1].slice(1, 5)).toEqual(['', '13900000004', '张三', '客户投诉，经理改判']);
  // The summary sheet agrees.
  const row = o.fake.values('客户归属总表').find((r) => r[1] === '刘先生');
  expect(row?.[3]).toBe('张三');
  expect(o.calls.map((c) => c.name)).toEqual([
    'guishuPageContext',
    'guishuConflictList',
    'guishuRulingSave',
    'guishuConflictList',
    'guishuLookup',
  ]);
});

test('the ruling form asks for what is missing', async () => {
  const o = await open();
  await o.page.click('#rule');
  expect(await textOf(o.page, '#r-error')).toBe('请选择客户。');
  await o.page.selectOption('#r-customer', 'c-13900000004');
  await o.page.click('#rule');
  expect(await textOf(o.page, '#r-error')).toBe('请填写新归属人。');
  expect(o.calls.filter((c) => c.name === 'guishuRulingSave')).toHaveLength(0);
});

test('a non-manager sees the conflicts but cannot rule', async () => {
  const o = await open({ user: AGENT });
  expect(await textOf(o.page, '#cannot-rule')).toBe('只有经理可以裁决。');
  expect(await o.page.locator('form.ruling').count()).toBe(0);
  expect(await o.page.locator('button.rule-this').count()).toBe(0);
  // Customer ids carry phones: masked for non-managers.
  expect(await o.page.locator('#conflicts').innerText()).not.toMatch(/1390000000\d/);
});

test('a customer named with markup is listed and ruled on as text', async () => {
  const o = await open();
  const { page } = o;
  const card = page.locator('.conflict').filter({ hasText: 'window.__pwned' });
  expect(await card.locator('strong').first().innerText()).toBe(SCRIPT_NAME);
  await card.locator('button.rule-this').click();
  expect(await page.locator('#r-customer option:checked').innerText()).toContain(SCRIPT_NAME);
  await page.fill('#r-owner', '孙七');
  await page.click('#rule');
  await settled(page);
  await page.locator('#ruling-result .verdict-ok').waitFor();
  expect(await textOf(page, '#ruling-result')).toContain(`${SCRIPT_NAME} 现归属 孙七`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script').count()).toBe(1);
});

test('the dialog closes through google.script.host', async () => {
  const o = await open();
  await o.page.click('#close');
  expect(await o.page.evaluate(() => (window as unknown as { __closed: number }).__closed)).toBe(1);
});
