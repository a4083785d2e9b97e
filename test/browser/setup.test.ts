/// <reference lib="dom" />
// 设置 in Chromium: the detected sheets and columns, a wrong mapping corrected, the preset and
// its numbers validated while typing by the same schema, managers, language; saved through the
// built bundle's guishuSetupSave.
import { cellDate } from '../gas/fixtures';
import { AGENT, MANAGER, office } from './office';
import { openPage, useBrowser, settled, switchLang, textOf, type Opened } from './harness';

const { browser, track } = useBrowser();

/** A register whose first agent-like column is the sales team (销售), not the agent (置业顾问):
 *  detection takes the first column that names an agent, so it reads the team as the owner. */
const TEAM_FIRST: unknown[][] = [
  ['日期', '客户姓名', '联系电话', '销售', '置业顾问', '来访方式'],
  [cellDate('2026-11-25'), '周女士', '13700000001', '一组', '李四', '来访'],
  [cellDate('2026-11-26'), '吴先生', '13700000002', '二组', '张三', '来访'],
];

const stored = (o: Opened): Record<string, unknown> =>
  JSON.parse(o.fake.properties.document.map.get('guishu.settings') ?? '{}') as Record<string, unknown>;

async function open(opts: Parameters<typeof office>[0] = {}): Promise<Opened> {
  const o = await openPage(browser(), 'setup', { fake: office(opts) });
  track(o);
  await o.page.locator('#setup .setup-section').first().waitFor();
  return o;
}

/** Changed rules: the first click shows what they would change, the second saves (issue 15.5). */
async function saveRules(page: Opened['page']): Promise<string> {
  await page.click('#save');
  await settled(page);
  await page.locator('#what-if .whatif').waitFor();
  const summary = await textOf(page, '#what-if-summary');
  expect(await textOf(page, '#save')).toBe('确认保存');
  await page.click('#save');
  await settled(page);
  await page.locator('#save-result .verdict-ok').waitFor();
  return summary;
}

async function ownerOf(o: Opened, phone: string): Promise<string | null> {
  const look = await openPage(browser(), 'lookup', { fake: o.fake });
  track(look);
  await look.page.fill('#query', phone);
  await look.page.click('#search');
  await settled(look.page);
  const facts = await look.page.locator('.customer .facts dd').first().innerText();
  return facts;
}

test('shows the detected sheets and columns; a wrong column is corrected and saved, and the owner follows', async () => {
  const o = await open({ register: TEAM_FIRST });
  const { page } = o;
  // Detected: the register, its header row, and agent read from 销售.
  expect(await page.inputValue('select.role-select[data-sheet="来访登记"]')).toBe('register');
  expect(await page.inputValue('select.role-select[data-sheet="人员"]')).toBe('staff');
  expect(
    await page.locator('tr', { has: page.locator('select.role-select[data-sheet="来访登记"]') }).innerText(),
  ).toContain('表头在第 1 行');
  const agent = 'select.map-select[data-sheet="来访登记"][data-field="agent"]';
  expect(await page.inputValue(agent)).toBe('销售');
  expect(await ownerOf(o, '13700000001')).toBe('一组');

  await page.selectOption(agent, '置业顾问');
  expect(await textOf(page, `tr:has(${agent}) .map-note`)).toBe('已更正');
  expect(await page.getAttribute('#validity', 'data-valid')).toBe('true');
  await switchLang(page, 'en');
  expect(await textOf(page, `tr:has(${agent}) .map-note`)).toBe('corrected');
  expect(await textOf(page, `label[for="${await page.getAttribute(agent, 'id')}"]`)).toBe('Agent');
  await switchLang(page, 'zh');
  // The correction survives the language switch.
  expect(await page.inputValue(agent)).toBe('置业顾问');

  await page.click('#save');
  await settled(page);
  await page.locator('#save-result .verdict-ok').waitFor();
  expect(await textOf(page, '#save-result')).toContain('设置已保存');
  expect(stored(o)).toMatchObject({
    preset: 'cross-customer',
    mapping: { 来访登记: { agent: '置业顾问' } },
    managers: [MANAGER],
  });
  // Reloaded from the server: detection now reads agent from 置业顾问.
  expect(await page.inputValue(agent)).toBe('置业顾问');
  expect(await ownerOf(o, '13700000001')).toBe('李四');
});

test('numbers are checked while typing by the same schema: a bad one is marked and blocks saving', async () => {
  const o = await open();
  const { page } = o;
  const days = 'input[data-path="claim.window.days"]';
  expect(await page.inputValue(days)).toBe('7');
  expect(await textOf(page, `label[for="${await page.getAttribute(days, 'id')}"]`)).toBe('保护期（天）');
  await page.fill(days, '-1');
  expect(await page.getAttribute(days, 'aria-invalid')).toBe('true');
  expect(await textOf(page, `#${await page.getAttribute(days, 'id')}-error`)).toBe('请输入 0 到 100000 之间的整数。');
  expect(await textOf(page, '#validity')).toContain('claim.window.days');
  // Errors point 1: the schema's refusal in the page's words, never zod's English.
  expect(await textOf(page, '#validity')).toContain('claim.window.days（保护期 › 天）应为 0 到 100000 的整数，现为 -1');
  expect(await textOf(page, '#validity')).not.toMatch(/whole number|Invalid/);
  expect(await page.isDisabled('#save')).toBe(true);
  await page.fill(days, '2.5');
  expect(await page.isDisabled('#save')).toBe(true);
  await page.fill(days, '10');
  expect(await page.getAttribute(days, 'aria-invalid')).toBeNull();
  expect(await textOf(page, '#validity')).toContain('设置有效');
  await saveRules(page);
  expect(stored(o).overrides).toEqual({ claim: { window: { days: 10 } } });
  expect(await page.inputValue(days)).toBe('10');
  // Back to the preset's own number: the override goes away.
  await page.fill(days, '7');
  await saveRules(page);
  expect(stored(o).overrides).toEqual({});
});

test('another preset brings its own numbers; split shares must add up to 1', async () => {
  const o = await open();
  const { page } = o;
  await page.selectOption('#preset', 'reception-rotation');
  const owner = 'input[data-path="deals.byOther.0.performance.owner"]';
  const closer = 'input[data-path="deals.byOther.0.performance.closer"]';
  expect(await page.inputValue(owner)).toBe('0.3');
  expect(await textOf(page, `label[for="${await page.getAttribute(owner, 'id')}"]`)).toBe(
    '他人成交分成 第1条 › 业绩 › 归属人',
  );
  await page.fill(owner, '0.5');
  expect(await textOf(page, `#${await page.getAttribute(owner, 'id')}-error`)).toContain('两者之和为 1');
  expect(await page.isDisabled('#save')).toBe(true);
  await page.fill(closer, '0.5');
  expect(await page.isDisabled('#save')).toBe(false);
  await saveRules(page);
  const s = stored(o) as { preset: string; overrides: { deals: { byOther: { performance: unknown }[] } } };
  expect(s.preset).toBe('reception-rotation');
  expect(s.overrides.deals.byOther).toHaveLength(2);
  expect(s.overrides.deals.byOther[0].performance).toEqual({ owner: 0.5, closer: 0.5 });
});

test('managers and language are saved; a malformed email is refused before saving', async () => {
  const o = await open();
  const { page } = o;
  await page.fill('#managers', `${MANAGER}\nnot-an-email`);
  expect(await textOf(page, '#managers-error')).toContain('not-an-email');
  expect(await page.isDisabled('#save')).toBe(true);
  await page.fill('#managers', `${MANAGER}\nlisi@example.com`);
  await page.selectOption('#lang', 'en');
  await page.click('#save');
  await settled(page);
  await page.locator('#save-result .verdict-ok').waitFor();
  expect(stored(o)).toMatchObject({ managers: [MANAGER, 'lisi@example.com'], lang: 'en' });
});

test('a non-manager may look but not save', async () => {
  const o = await open({ user: AGENT });
  expect(await textOf(o.page, '#read-only')).toContain('只有经理可以保存设置');
  expect(await o.page.isDisabled('#save')).toBe(true);
});

test('the daily run: who installed it and when it last ran', async () => {
  const fake = office();
  fake.properties.document.map.set('guishu.installer', MANAGER);
  fake.properties.document.map.set('guishu.installedAt', '2026-11-01T01:00:00.000Z');
  fake.properties.document.map.set('guishu.lastDaily', '2026-11-30T18:00:00.000Z');
  const o = await openPage(browser(), 'setup', { fake });
  track(o);
  // The reader's own clock (the test browser runs in Asia/Shanghai).
  expect(await textOf(o.page, '.daily')).toBe(
    `每日自动任务由 ${MANAGER} 于 2026-11-01 09:00 安装。 上次运行：2026-12-01 02:00。`,
  );
});

describe('issue 15: rules in words and the what-if in 设置', () => {
  test('the preset is described by what it does, grouped by kind of business; typed numbers change the words', async () => {
    const o = await open();
    const { page } = o;
    const groups = await page.locator('#preset optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect(groups).toEqual(['案场销售（新房、园区）', '渠道与中介', '企业客户备案（B2B）']);
    expect(await textOf(page, '#preset-description')).toContain('7 天无跟进释放');
    expect(await textOf(page, '#preset-source')).toContain('交叉客户判定及分单制度');
    await page.fill('input[data-path="claim.window.days"]', '10');
    expect(await textOf(page, '#preset-description')).toContain('10 天无跟进释放');
    await page.click('details.preset-rules summary');
    expect(await page.locator('details.preset-rules').innerText()).toContain('连续 10 天没有跟进记录');
  });

  test('changed rules show the summary and the list behind it first; another change asks again; saving logs 设置变更', async () => {
    const o = await open();
    const { page } = o;
    await page.fill('input[data-path="claim.window.days"]', '1');
    await page.click('#save');
    await settled(page);
    await page.locator('#what-if .whatif').waitFor();
    expect(await textOf(page, '#what-if-summary')).toMatch(/^保存后：\d+ 位客户归属改变，\d+ 笔成交分成改变/);
    expect(stored(o).overrides).toBeUndefined();
    await page.click('details.whatif-list summary');
    expect(await page.locator('details.whatif-list table tbody tr').count()).toBeGreaterThan(0);
    // Another number: the preview is gone and saving asks again.
    await page.fill('input[data-path="claim.window.days"]', '2');
    expect(await page.locator('#what-if .whatif').count()).toBe(0);
    expect(await textOf(page, '#save')).toBe('保存设置');
    const summary = await saveRules(page);
    expect(stored(o).overrides).toEqual({ claim: { window: { days: 2 } } });
    const log = o.fake.values('设置变更');
    expect(String(log[1][2])).toContain('7 天无跟进释放 → 2 天无跟进释放');
    expect(log[1][3]).toBe(summary);
  });
});

test('issue 14 points 6 and 9: bad stored settings open 设置 for the manager, saying what was wrong; failed runs and waiting stamps are shown', async () => {
  const fake = office();
  fake.properties.document.map.set(
    'guishu.settings',
    JSON.stringify({ v: 0, preset: 'cross-customer', lang: 'zh', managers: [MANAGER] }),
  );
  fake.properties.document.map.set('guishu.installer', MANAGER);
  fake.properties.document.map.set(
    'guishu.runs',
    JSON.stringify([
      { at: '2026-11-30T18:00:00.000Z', kind: 'daily', ok: false, notes: ['另一次计算正在进行，请稍后再试'] },
    ]),
  );
  fake.properties.document.map.set(
    'guishu.pendingStamps',
    JSON.stringify([{ sheet: '来访登记', row: 12, count: 3, at: '2026-11-30T02:00:00.000Z', user: '' }]),
  );
  const o = await openPage(browser(), 'setup', { fake });
  track(o);
  await o.page.locator('#setup .setup-section').first().waitFor();
  expect(await textOf(o.page, '.settings-problem')).toContain('已保存的设置无效');
  expect(await o.page.locator('#read-only').count()).toBe(0);
  expect(await textOf(o.page, '.run-failed')).toContain('未完成');
  expect(await textOf(o.page, '.unstamped')).toContain('来访登记 12–14');
  await o.page.click('#save');
  await settled(o.page);
  expect(await textOf(o.page, '#save-result')).toContain('设置已保存');
  expect(stored(o).v).toBe(1);
});
