/// <reference lib="dom" />
// Issue 15.1 in Chromium: under each rule id in the lookup sidebar and the conflicts dialog, the
// rule's clause in words opens on click or keyboard, with the numbers in force, as text.
import { office } from './office';
import { openPage, useBrowser, settled, type Opened } from './harness';

const { browser, track } = useBrowser();

async function open(name: 'lookup' | 'conflicts', opts: Parameters<typeof office>[0] = {}): Promise<Opened> {
  const o = await openPage(browser(), name, { fake: office(opts) });
  track(o);
  return o;
}

test('lookup: a rule id opens to its clause', async () => {
  const o = await open('lookup');
  const { page } = o;
  await page.fill('#query', '13900000001');
  await page.click('#search');
  await settled(page);
  const rule = page.locator('.customer .facts details.rule-clause[data-rule="cross-customer/R1"]');
  expect(await rule.count()).toBe(1);
  expect(await rule.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  await rule.locator('summary').click();
  expect(await rule.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  expect(await rule.locator('.clause').innerText()).toContain('首次接待者归属');
  // Keyboard: the summary is focusable and opens with Enter.
  const other = page.locator('.customer .facts details.rule-clause').nth(1);
  if ((await other.count()) > 0) {
    await other.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await other.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  }
  // Clauses are text: no element inside.
  expect(await rule.locator('.clause *').count()).toBe(0);
});

test('conflicts: each cited rule opens to its clause with the numbers in force', async () => {
  const o = await open('conflicts');
  const { page } = o;
  await page.locator('#conflicts p').first().waitFor();
  const rule = page.locator('.conflict details.rule-clause[data-rule="cross-customer/R3"]').first();
  await rule.locator('summary').click();
  expect(await rule.locator('.clause').innerText()).toContain('1 天内');
  const common = page.locator('.conflict details.rule-clause[data-rule="common/CONFLICT"]').first();
  await common.locator('summary').click();
  expect(await common.locator('.clause').innerText()).toContain('冲突');
});
