// Errors: bad input and failures in the add-on are said in one sentence in the user's language,
// never Google's or a library's text (points 2–5 of the errors review), over the built bundle.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { PageContext, SaveAnswer } from '../../src/gas/api';
import { NoDocumentError, theSpreadsheet } from '../../src/gas/document';
import { NOTE } from '../../src/gas/i18n';
import { Refusal } from '../../src/gas/refusal';
import { createFake, plain, sheetFromRows, type Fake } from './fake';
import {
  cellDate,
  FILING_ROWS,
  loadAt,
  MANAGER,
  manifestScopes,
  REGISTER_HEADER,
  settings,
  STAFF_ROWS,
} from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

const NOW = '2026-11-20T10:00:00';
const GOOGLE_OR_LIBRARY =
  /Invalid input|Exception|TypeError|Cannot read|You do not have|protected cell|Service|undefined/;

function office(user = MANAGER): Fake {
  const fake = createFake({ user, scopes: manifestScopes(), firstSheetName: '来访登记' });
  sheetFromRows(fake.spreadsheet, '来访登记', [
    REGISTER_HEADER,
    [cellDate('2026-11-18'), '10:00', '陈先生', '13900000001', '李四', '来访', '', '', '', '', '', ''],
  ]);
  sheetFromRows(fake.spreadsheet, '客户备案', FILING_ROWS);
  sheetFromRows(fake.spreadsheet, '人员', STAFF_ROWS);
  settings(fake, {});
  return fake;
}

const call = <T>(fake: Fake, name: string, ...args: unknown[]) => plain<T>(fake.call(loadAt(fake, NOW), name, ...args));
const storeRaw = (fake: Fake, raw: string) => fake.properties.document.map.set('guishu.settings', raw);

describe('errors point 2: the add-on settings speak the user’s language', () => {
  test('a bad stored value is said by setting and expectation, in the stored or the page’s language', () => {
    const fake = office();
    settings(fake, { lang: 'en', managers: [MANAGER, 'x'.repeat(300)] });
    const en = call<PageContext>(fake, 'guishuPageContext');
    expect(en.problems[0]).toMatch(/managers\.1 \(a manager's email\) must be an email \(at most 254/);
    const zh = call<PageContext>(fake, 'guishuPageContext', 'zh');
    expect(zh.problems[0]).toMatch(/managers\.1（经理邮箱）应为 邮箱（最多 254 个字符）/);
    for (const p of [...en.problems, ...zh.problems]) expect(p).not.toMatch(GOOGLE_OR_LIBRARY);
  });

  test('stored settings that are not JSON are said in the page’s language (English page: English)', () => {
    const fake = office();
    storeRaw(fake, '{"v":1,');
    const en = call<PageContext>(fake, 'guishuPageContext', 'en');
    expect(en.problems[0]).toMatch(/^The stored settings are invalid: the settings are not valid JSON\./);
    const zh = call<PageContext>(fake, 'guishuPageContext', 'zh');
    expect(zh.problems[0]).toMatch(/^已保存的设置无效：设置不是有效的 JSON/);
  });

  test('设置 check: a bad value is refused in the page’s language, not zod’s English', () => {
    const fake = office();
    const state = { preset: 'cross-customer', managers: [MANAGER], roles: {}, mapping: {}, overrides: {} };
    const zh = call<SaveAnswer>(fake, 'guishuSetupCheck', { ...state, lang: 'zh', roles: { 来访登记: 'visits' } });
    expect(zh.errors[0]).toBe(
      'roles（工作表用途）应为 对象：表名 → register、filing、staff、rulings、ignore，现为 {"来访登记":"visits"}',
    );
    const en = call<SaveAnswer>(fake, 'guishuSetupCheck', {
      ...state,
      lang: 'en',
      overrides: { claim: { lapseTo: 'sea' } },
    });
    expect(en.errors[0]).toBe('claim.lapseTo (lapsed customers go to) must be one of pool, company; it is "sea"');
  });
});

const DESK = 'desk@example.com';
const OWNER = 'owner@example.com';

/** Owned by OWNER, shared with the manager and a desk editor; the register is long enough that
 *  the own columns take several writes. */
function shared(lang: 'zh' | 'en' = 'zh'): Fake {
  const fake = createFake({
    user: MANAGER,
    owner: OWNER,
    editors: [MANAGER, DESK],
    scopes: manifestScopes(),
    firstSheetName: '来访登记',
  });
  const rows: unknown[][] = [REGISTER_HEADER];
  for (let i = 0; i < 30; i++)
    rows.push([cellDate('2026-11-02'), '10:00', `客户${i}`, `1390000${String(i).padStart(4, '0')}`, '张三', '来访']);
  sheetFromRows(fake.spreadsheet, '来访登记', rows);
  sheetFromRows(fake.spreadsheet, '人员', STAFF_ROWS);
  settings(fake, { lang });
  return fake;
}
const as = <T>(fake: Fake, user: string, name: string, ...args: unknown[]): T => {
  fake.setUser(user);
  return plain<T>(fake.call(loadAt(fake, NOW), name, ...args));
};
type Counts = { notes: string[]; failed?: boolean };
const GOOGLE_TEXT = 'Service Spreadsheets failed while accessing document with id 1x2y3z.';

describe('errors point 3: a failed write says what happened and what to do, never Google’s text', () => {
  test.each(['zh', 'en'] as const)('a failed write (%s): a fixed sentence, the detail in the execution log', (lang) => {
    const fake = shared(lang);
    fake.failOn('Range.setValues', { after: 1, error: GOOGLE_TEXT });
    const r = as<Counts>(fake, MANAGER, 'guishuRecompute');
    fake.clearFailures();
    const said = r.notes.join('\n');
    expect(said).toContain(
      lang === 'zh'
        ? '写入失败，已恢复原状，未作任何更改'
        : 'Writing failed; the sheets were restored and nothing changed',
    );
    expect(said).not.toContain('Service Spreadsheets');
    expect(said).not.toMatch(GOOGLE_OR_LIBRARY);
    expect(fake.logs.some((l) => l.level === 'error' && l.text.includes(GOOGLE_TEXT))).toBe(true);
  });

  test('a restore that fails too: its own sentence, no Google text', () => {
    const fake = shared();
    fake.failOn('Range.setValues', { after: 1, error: GOOGLE_TEXT, times: Infinity });
    const r = as<Counts>(fake, MANAGER, 'guishuRecompute');
    fake.clearFailures();
    const said = r.notes.join('\n');
    expect(said).toContain('写入失败且未能完全恢复');
    expect(said).not.toContain('Service Spreadsheets');
  });

  test('a register protected from the user: the protection sentence names the sheet (told by canEdit)', () => {
    const fake = shared();
    as(fake, MANAGER, 'guishuRecompute');
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    fake.run(
      () => {
        const p = register.protect();
        p.removeEditors(p.getEditors());
        p.addEditor(MANAGER);
      },
      { user: OWNER },
    );
    // A new visit makes the desk's recompute write the register's own columns.
    fake.run(() => register.appendRow([cellDate('2026-11-19'), '11:00', '新客户', '13912345678', '李四', '来访']), {
      user: MANAGER,
    });
    const r = as<Counts>(fake, DESK, 'guishuRecompute');
    const said = r.notes.join('\n');
    expect(r.failed).toBe(true);
    expect(said).toContain('工作表「来访登记」受保护，您无权编辑，未能写入，已恢复原状');
    expect(said).not.toMatch(/protected cell|You are trying/);
    expect(fake.logs.some((l) => l.level === 'error' && /protected cell/.test(l.text))).toBe(true);
  });
});

const MARK = '\u2063';
/** The message a page call failed with (what google.script.run hands the page). */
function failure(fake: Fake, name: string, ...args: unknown[]): string {
  try {
    fake.call(loadAt(fake, NOW), name, ...args);
  } catch (e) {
    return String((e as Error).message);
  }
  throw new Error(`${name} did not fail`);
}
const SHEET_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

describe('errors point 4: page calls fail with one sentence in the page’s language', () => {
  test('Google’s own exception inside a page call: the fixed sentence (page language), detail logged', () => {
    const fake = office();
    fake.failOn('Range.getValues', { error: 'Exception: Service error: Spreadsheets' });
    const en = failure(fake, 'guishuPageContext', 'en');
    fake.clearFailures();
    expect(en).toBe(`${MARK}Guishu ran into an error and did not finish (details in the execution log)`);
    expect(fake.logs.some((l) => l.level === 'error' && l.text.includes('Service error: Spreadsheets'))).toBe(true);
    fake.failOn('Range.getValues', { error: 'Exception: Service error: Spreadsheets' });
    expect(failure(fake, 'guishuConflictList')).toBe(`${MARK}归属运行出错，未能完成（详情见执行日志）`);
  });

  test('a TypeError (a draft that is not an object) is not shown as it is', () => {
    const fake = office();
    const zh = failure(fake, 'guishuFilingCheck', null, 'zh');
    expect(zh).toBe(`${MARK}归属运行出错，未能完成（详情见执行日志）`);
    expect(fake.logs.some((l) => l.level === 'error' && /TypeError|Cannot read/.test(l.text))).toBe(true);
  });

  test('expected refusals keep their own sentence: a busy document, in the page’s language', () => {
    const fake = office();
    fake.holdLock('document', { attempts: 10 });
    const draft = { name: '赵先生', phone: '139 0000 0009', agent: '张三' };
    expect(failure(fake, 'guishuFilingSave', draft, 'en')).toBe(`${MARK}Another run is in progress; try again shortly`);
  });

  test('bad stored settings refuse a filing in the page’s language', () => {
    const fake = office();
    storeRaw(fake, 'nope');
    expect(failure(fake, 'guishuFilingCheck', { name: 'x' }, 'en')).toBe(
      `${MARK}The settings are invalid; nothing was written: the settings are not valid JSON`,
    );
  });
});

describe('errors point 4: a menu item that fails alerts one sentence, not Google’s red bar', () => {
  test.each([
    ['zh', '归属运行出错，未能完成（详情见执行日志）。请稍后重试；仍出错请告知经理'],
    [
      'en',
      'Guishu ran into an error and did not finish (details in the execution log). Try again later; if it keeps failing, tell a manager',
    ],
  ] as const)('重新计算 (%s)', (lang, sentence) => {
    const fake = office();
    settings(fake, { lang });
    fake.failOn('Range.getValues', { error: 'Exception: Service error: Spreadsheets', times: Infinity });
    expect(fake.call(loadAt(fake, NOW), 'guishuMenuRecompute')).toBeUndefined();
    fake.clearFailures();
    expect(fake.ui.alerts.map((a) => a.message)).toEqual([sentence]);
    expect(fake.logs.some((l) => l.level === 'error' && l.text.includes('Service error: Spreadsheets'))).toBe(true);
  });
});

describe('errors point 5: the add-on’s own words follow the user’s or the page’s language', () => {
  test('a missing scope: guishuRulingSave in the page’s language, guishuRecompute in the document’s', () => {
    const fake = office();
    settings(fake, { lang: 'en' });
    fake.grant(manifestScopes().filter((s) => s !== SHEET_SCOPE));
    const ruling = failure(fake, 'guishuRulingSave', { customer: 'c-1', newOwner: '张三' }, 'en');
    expect(ruling).toMatch(new RegExp(`^${MARK}Guishu lacks a permission you have not granted`));
    expect(failure(fake, 'guishuRulingSave', { customer: 'c-1', newOwner: '张三' }, 'zh')).toMatch(
      /您尚未授予归属所需的权限/,
    );
    expect(failure(fake, 'guishuRecompute')).toMatch(/Guishu lacks a permission/);
  });

  test('a ruling refused for a busy document speaks the page’s language, not the document’s', () => {
    const fake = office();
    fake.holdLock('document', { attempts: 10 });
    const r = call<SaveAnswer>(fake, 'guishuRulingSave', { customer: 'c-1', newOwner: '张三', reason: 'x' }, 'en');
    expect(r.errors).toEqual(['Another run is in progress; try again shortly']);
  });

  test('the notes of the recompute a page’s save runs speak the page’s language; the sheets keep the document’s', () => {
    const fake = office();
    const draft = { name: '赵先生', phone: '139 0000 0009', agent: '张三' };
    const v = call<{ reason: string; saved?: unknown }>(fake, 'guishuFilingSave', draft, 'en');
    expect(v.saved).toBeTruthy();
    expect(v.reason).toMatch(/customers never owned/);
    expect(v.reason).not.toMatch(/无归属客户/);
    expect(fake.values('客户归属总表')[0]).toContain('客户');
    const r = call<SaveAnswer>(fake, 'guishuRulingSave', { customer: '赵先生', newOwner: '李四', reason: 'x' }, 'en');
    expect(r.ok).toBe(true);
    expect(r.notes.join(' ')).toMatch(/customers never owned/);
  });

  test('a replaced trigger says so in the document’s language', () => {
    const fake = office();
    settings(fake, { lang: 'en' });
    call(fake, 'guishuInstallTriggers');
    const r = plain<{ notes: string[] }>(
      fake.call(loadAt(fake, NOW), 'guishuDaily', { triggerUid: 'not-the-current-one' }),
    );
    expect(r.notes).toEqual(["This trigger was replaced by another manager's installation and removed itself"]);
  });

  test.each([
    ['zh', '（未知）'],
    ['en', '(unknown)'],
  ] as const)(
    '查询日志: a lookup by someone whose email is withheld is logged with the sheet’s word (%s)',
    (lang, word) => {
      const fake = office();
      settings(fake, { lang });
      fake.setUser(DESK, { hideEmail: true });
      // The page speaks the other language: the log follows the document's.
      plain(fake.call(loadAt(fake, NOW), 'guishuLookup', '陈', lang === 'zh' ? 'en' : 'zh'));
      const queued = JSON.parse(fake.properties.document.map.get('guishu.lookupQueue') ?? '[]') as string[][];
      expect(queued.map((e) => e[1])).toEqual([word]);
    },
  );
});

describe('errors point 4: no document is the user’s sentence', () => {
  test('theSpreadsheet() with no active spreadsheet refuses with NOTE.noDocument in either language', () => {
    const g = globalThis as unknown as { SpreadsheetApp?: unknown };
    g.SpreadsheetApp = { getActiveSpreadsheet: () => null };
    try {
      let thrown: unknown = null;
      try {
        theSpreadsheet();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(NoDocumentError);
      expect(thrown).toBeInstanceOf(Refusal);
      expect((thrown as Refusal).in('en')).toBe(NOTE.noDocument.en);
      expect((thrown as Refusal).in('zh')).toBe(NOTE.noDocument.zh);
      expect((thrown as Error).message).not.toMatch(/Guishu: this run/);
    } finally {
      delete g.SpreadsheetApp;
    }
  });
});
