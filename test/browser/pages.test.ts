/// <reference lib="dom" />
// Every page in both languages, in Chromium: a screenshot of each saved under
// test-artifacts/screenshots/<page>-<lang>.png, each fits its frame (the 300 px sidebar, the
// 640 px dialogs), loads nothing from outside, and shows no Chinese UI word in English. Plus the
// help page's content and the way Apps Script opens each page by its file name.
import type { Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadAt } from '../gas/fixtures';
import { AGENT, MANAGER, office } from './office';
import {
  launch,
  openPage,
  pageHtml,
  PAGES,
  screenshot,
  SCREENSHOTS,
  settled,
  switchLang,
  textOf,
  TIMEOUT,
  VIEWPORT,
  type Opened,
  type PageName,
} from './harness';

jest.setTimeout(TIMEOUT);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Chinese that may show in English: data (sheet, header, customer and agent names), and 中文
 *  on the language switch. Anything else in CJK is an untranslated word. Reasons (.reason) are
 *  the server's text, written in the document's language, and are left out. */
const DATA_WORDS = [
  '来访登记',
  '客户备案',
  '人员',
  '裁决',
  '客户归属总表',
  '冲突',
  '问题',
  '变更日志',
  '月结',
  '查询日志',
  '到期提醒',
  '陈先生',
  '王女士',
  '王先生',
  '刘先生',
  '赵先生',
  '张三',
  '李四',
  '赵六',
  '孙七',
  '销售经理',
  '报备日期',
  '客户姓名',
  '联系电话',
  '报备人',
  '备案类型',
  '姓名',
  '状态',
  '日期',
  '经理',
  '邮箱',
  '接待置业顾问',
  '来访方式',
  '指定顾问',
  '介绍人',
  '关系',
  '关联电话',
  '成交金额',
  '备注',
  '时间',
  '首次接待',
  '最近跟进',
  '保护至',
  '夫妻',
  '父母',
  '中文',
].sort((a, b) => b.length - a.length);
const DATA = new RegExp(`${DATA_WORDS.join('|')}|第\\d+行|[、，；：（）]`, 'g');
const CJK = /[\u3400-\u9fff]/;

/** Brings each page to a state worth a picture. */
async function prepare(o: Opened, name: PageName): Promise<void> {
  const { page } = o;
  if (name === 'lookup') {
    await page.fill('#query', '+86 139-0000-0001');
    await page.click('#search');
    await settled(page);
    await page.locator('.customer').waitFor();
  } else if (name === 'filing') {
    await page.fill('#f-name', '陈先生');
    await page.fill('#f-phone', '139 0000 0001');
    await page.click('#check');
    await settled(page);
    await page.locator('#verdict strong').waitFor();
  } else if (name === 'setup') {
    await page.locator('#setup .setup-section').first().waitFor();
  } else if (name === 'conflicts') {
    await page.locator('.conflict').first().waitFor();
  } else {
    await page.locator('.help-section').first().waitFor();
  }
  await settled(page);
}

test('a Chinese font is installed, so the screenshots show Chinese rather than boxes', () => {
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    families = '';
  }
  if (!families.trim()) {
    throw new Error(
      "No Chinese font for Chromium: install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk; .ci/run does).",
    );
  }
});

describe.each(PAGES.map((p) => [p]))('%s', (name) => {
  test('both languages: a screenshot each, inside its frame, nothing loaded from outside, no stray Chinese in English', async () => {
    const user = name === 'filing' ? AGENT : MANAGER;
    const o = await openPage(browser, name, { fake: office({ user }) });
    try {
      await prepare(o, name);
      for (const lang of ['zh', 'en'] as const) {
        await switchLang(o.page, lang);
        const file = await screenshot(o.page, name, lang);
        expect(statSync(file).size).toBeGreaterThan(5_000);
        const width = await o.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(VIEWPORT[name].width);
        const text = await o.page.evaluate(() => {
          const copy = document.body.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.reason').forEach((e) => e.remove());
          document.body.appendChild(copy);
          copy.style.position = 'absolute';
          const seen = copy.innerText;
          copy.remove();
          return seen;
        });
        if (lang === 'en') {
          const stray = text
            .replace(DATA, '')
            .split('\n')
            .filter((line) => CJK.test(line));
          expect(stray).toEqual([]);
        } else {
          expect(text).toMatch(CJK);
        }
      }
      expect(o.requests).toEqual([]);
      expect(o.dialogs).toEqual([]);
      expect(o.errors).toEqual([]);
      expect(o.problems).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

test('every page and language has its screenshot in test-artifacts/screenshots', () => {
  for (const name of PAGES)
    for (const lang of ['zh', 'en']) expect(existsSync(path.join(SCREENSHOTS, `${name}-${lang}.png`))).toBe(true);
});

test('help: every status, how to read a reason, what is never touched, the daily run', async () => {
  const fake = office();
  fake.properties.document.map.set('guishu.installer', MANAGER);
  fake.properties.document.map.set('guishu.installedAt', '2026-11-01T01:00:00.000Z');
  const o = await openPage(browser, 'help', { fake });
  try {
    const { page } = o;
    const statuses = await page.locator('.statuses tr').count();
    // Nine statuses: 无归属 (unowned, decide/D24) beside 已释放.
    expect(statuses).toBe(9);
    for (const word of ['未登记', '报备待到访', '保护中', '释放预警', '已释放', '无归属', '转公司', '已成交', '待裁决'])
      expect(await textOf(page, '.statuses')).toContain(word);
    expect(await textOf(page, '#help-reason')).toBe('如何阅读判定依据');
    expect(await page.locator('[aria-labelledby=help-never] li').count()).toBeGreaterThanOrEqual(5);
    expect(await textOf(page, '.daily')).toContain(`每日自动任务由 ${MANAGER} 于 2026-11-01 09:00 安装`);
    expect(await textOf(page, 'main')).toContain('交叉客户判定及分单制度');
    await switchLang(page, 'en');
    expect(await textOf(page, '#help-never')).toBe('What Guishu never touches');
    expect(await textOf(page, '.statuses')).toContain('Release warning');
    expect(await textOf(page, '.statuses')).toContain('Unowned');
  } finally {
    await o.close();
  }
});

test('Apps Script opens each page by its file name: the sidebar 300 px wide, the dialogs', () => {
  const fake = office();
  const shows: [string, PageName, 'sidebar' | 'modal'][] = [
    ['showLookup', 'lookup', 'sidebar'],
    ['showFiling', 'filing', 'modal'],
    ['showSetup', 'setup', 'modal'],
    ['showConflicts', 'conflicts', 'modal'],
    ['showHelp', 'help', 'modal'],
  ];
  for (const [fn, file, kind] of shows) {
    fake.call(loadAt(fake, '2026-11-30T10:00:00'), fn);
    const shown = fake.ui.lastDialog;
    expect(shown?.kind).toBe(kind);
    expect(shown?.html).toBe(pageHtml(file));
    if (kind === 'sidebar') expect(shown?.width).toBe(300);
  }
});
