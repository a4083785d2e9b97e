// Issue 14: the add-on in a real deployment. Each test is named after the issue point it proves
// and runs exactly dist/Code.js over the fake, which behaves as the platform does (sheets have
// edges, protections mirror until changed, locks, granted scopes, bytes).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FilingVerdict, SaveAnswer } from '../../src/gas/api';
import { createFake, plain, sheetFromRows, snapshot, PROTECTED_MESSAGE, type Fake } from './fake';
import {
  cellDate,
  FILING_ROWS,
  loadAt,
  loadWithClock,
  MANAGER,
  manifestScopes,
  registerRows,
  RULING_ROWS,
  settings,
  STAFF_ROWS,
} from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'Code.js')))
    execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

const NOW = '2026-11-30T10:00:00';
const DESK = 'desk@example.com';
const OWNER = 'owner@example.com';

/** A document owned by OWNER, shared with the manager and a desk editor (a non-manager). */
function office(rows = 40, opts: { user?: string } = {}): Fake {
  const fake = createFake({
    user: opts.user ?? MANAGER,
    owner: OWNER,
    editors: [MANAGER, DESK],
    scopes: manifestScopes(),
    firstSheetName: '来访登记',
  });
  sheetFromRows(fake.spreadsheet, '来访登记', registerRows(rows));
  sheetFromRows(fake.spreadsheet, '客户备案', FILING_ROWS);
  sheetFromRows(fake.spreadsheet, '人员', STAFF_ROWS);
  sheetFromRows(fake.spreadsheet, '裁决', RULING_ROWS);
  settings(fake, {});
  return fake;
}

const as = <T>(fake: Fake, user: string, name: string, ...args: unknown[]): T => {
  fake.setUser(user);
  return plain<T>(fake.call(loadAt(fake, NOW), name, ...args));
};

type RunsContext = { runs: { kind: string; ok: boolean; notes: string[] }[]; unstamped: string[] };
/** The page context as `user` sees it: the recorded runs and the rows waiting for a stamp. */
const runsSeenBy = (fake: Fake, user: string): RunsContext => as<RunsContext>(fake, user, 'guishuPageContext');
/** The latest recorded on-edit run. */
const lastEdit = (ctx: RunsContext) => ctx.runs.filter((r) => r.kind === 'edit').pop()!;

/** A full sheet of exactly 1000 rows (under `header`, when given): the next append must grow it. */
function full(fake: Fake, name: string, width: number, header?: readonly unknown[]): void {
  const rows: unknown[][] = header ? [[...header]] : [];
  while (rows.length < 1000) rows.push(Array.from({ length: width }, (_, c) => `r${rows.length + 1}c${c + 1}`));
  sheetFromRows(fake.spreadsheet, name, rows, { maxRows: 1000 });
}

const maxRows = (fake: Fake, name: string) => fake.spreadsheet.getSheetByName(name)?.getMaxRows() ?? 0;

describe('issue 14 point 1: sheets have edges', () => {
  test('own sheets and 月结 of a 5,000-row register go past row 1000 of a new sheet', () => {
    const fake = office(5000);
    fake.properties.document.map.set('guishu.monthsFrom', '2026-10');
    fake.setUser(MANAGER);
    const r = plain<{ snapshots: string[]; notes: string[] }>(
      fake.call(loadAt(fake, '2026-12-03T02:00:00'), 'guishuDaily'),
    );
    expect(r.snapshots).toEqual(['月结 2026-10', '月结 2026-11']);
    // 冲突 and 问题 go through the same writer (putValues); at 5,000 rows they stay under 1000 rows.
    for (const name of ['客户归属总表', '变更日志', '月结 2026-10', '月结 2026-11']) {
      expect(fake.values(name).length).toBeGreaterThan(1000);
      expect(maxRows(fake, name)).toBeGreaterThan(1000);
    }
  });

  test('the lookup log, a filing and a ruling append past row 1000', () => {
    const fake = office(40);
    full(fake, '查询日志', 4);
    // Read as the filing and rulings sheets by their headers (a sheet of that name that is not
    // read as one is never written into: test/gas/filingTarget.test.ts).
    full(fake, '客户备案', 5, FILING_ROWS[0]);
    full(fake, '裁决', 6, RULING_ROWS[0]);
    // a manager's lookup lands on row 1001 of the log
    as(fake, MANAGER, 'guishuLookup', '客户1');
    expect(fake.values('查询日志')[1000][2]).toBe('客户1');
    // a filing and a ruling land on row 1001
    const saved = as<FilingVerdict>(fake, MANAGER, 'guishuFilingSave', {
      name: '赵先生',
      phone: '13900000009',
      agent: '张三',
    });
    expect(saved.saved).toEqual({ sheet: '客户备案', row: 1001 });
    expect(fake.values('客户备案')[1000]).toContain('赵先生');
    const ruled = as<SaveAnswer>(fake, MANAGER, 'guishuRulingSave', {
      customer: '客户3',
      newOwner: '王五',
      reason: '经理分配',
    });
    expect(ruled.ok).toBe(true);
    expect(fake.values('裁决')[1000]).toContain('王五');
  });

  test('an edit stamps past row 1000 of the stamp sheet', () => {
    const fake = office(40);
    full(fake, '_guishu_stamps', 5);
    as(fake, MANAGER, 'guishuInstallTriggers');
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    const row = register.getLastRow() + 1;
    fake.setUser(DESK);
    const cells = register.getRange(row, 1, 1, 6);
    // the desk pastes one whole row: date, time, name, phone, agent, kind
    fake.run(() => cells.setValues([[cellDate('2026-11-30'), '10:00', '新客户', '13912345678', '张三', '来访']]), {
      user: DESK,
    });
    const stamped = fake.edit(loadAt(fake, NOW), cells);
    expect(stamped.filter((o) => o.error)).toEqual([]);
    expect(fake.values('_guishu_stamps').length).toBe(1001);
    expect(maxRows(fake, '_guishu_stamps')).toBeGreaterThan(1000);
  });

  test('a month end that fails part-way leaves no 月结 sheet; the next run writes it', () => {
    const fake = office(400);
    fake.properties.document.map.set('guishu.monthsFrom', '2026-10');
    fake.failOn('Sheet.setName', { after: 1 });
    fake.setUser(MANAGER);
    try {
      fake.call(loadAt(fake, '2026-12-03T02:00:00'), 'guishuDaily');
    } catch (_e) {
      // a failed run may end in an error; what matters is what it left
    }
    const names = fake.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toContain('月结 2026-10');
    expect(names).not.toContain('月结 2026-11');
    expect(names.filter((n) => n.startsWith('_guishu_writing'))).toEqual([]);
    fake.clearFailures();
    const next = plain<{ snapshots: string[] }>(fake.call(loadAt(fake, '2026-12-04T02:00:00'), 'guishuDaily'));
    expect(next.snapshots).toEqual(['月结 2026-11']);
  });
});

describe('issue 14 point 2: managers only means managers only', () => {
  test("a desk editor's lookups and recomputes never create the lookup log; a manager's run does, protected from the desk", () => {
    const fake = office(40);
    as(fake, DESK, 'guishuLookup', '客户1');
    as(fake, DESK, 'guishuRecompute');
    expect(fake.spreadsheet.getSheetByName('查询日志')).toBeNull();
    expect(fake.properties.document.map.get('guishu.lookupQueue')).toContain('客户1');
    as(fake, MANAGER, 'guishuRecompute');
    const log = fake.values('查询日志');
    expect(log[1]).toContain('客户1');
    const sheet = fake.spreadsheet.getSheetByName('查询日志')!;
    const editors = fake.run(
      () =>
        sheet
          .getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET)[0]
          .getEditors()
          .map((u) => u.getEmail())
          .sort(),
      { user: MANAGER },
    );
    expect(editors).toEqual([MANAGER, OWNER].sort());
    expect(() => fake.run(() => sheet.getRange('A2').setValue('x'), { user: DESK })).toThrow(PROTECTED_MESSAGE);
  });

  test('the stamp sheet is made by the managing installer, and the desk cannot write it', () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuInstallTriggers');
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    const row = register.getLastRow() + 1;
    const cells = register.getRange(row, 1, 1, 6);
    fake.run(() => cells.setValues([[cellDate('2026-11-30'), '10:00', '新客户', '13912345678', '张三', '来访']]), {
      user: DESK,
    });
    fake.setUser(DESK);
    const outcomes = fake.edit(loadAt(fake, NOW), cells);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    const stamps = fake.spreadsheet.getSheetByName('_guishu_stamps')!;
    expect(fake.values('_guishu_stamps').length).toBe(2);
    expect(() => fake.run(() => stamps.getRange('A2').setValue('x'), { user: DESK })).toThrow(PROTECTED_MESSAGE);
  });

  test('a change of managers reaches the protections: a new manager writes the log, a removed one no longer can', () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuLookup', '客户1');
    expect(fake.values('查询日志').length).toBe(2);
    const save = (user: string, managers: string[]) =>
      as<SaveAnswer>(fake, user, 'guishuSetupSave', {
        preset: 'cross-customer',
        lang: 'zh',
        managers,
        roles: {},
        mapping: {},
        overrides: {},
      });
    // The manager adds the desk; the desk then takes over alone (Sheets never removes the current user).
    expect(save(MANAGER, [MANAGER, DESK]).ok).toBe(true);
    expect(save(DESK, [DESK]).ok).toBe(true);
    const sheet = fake.spreadsheet.getSheetByName('查询日志')!;
    const editors = fake.run(
      () =>
        sheet
          .getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET)[0]
          .getEditors()
          .map((u) => u.getEmail())
          .sort(),
      { user: OWNER },
    );
    expect(editors).toEqual([DESK, OWNER].sort());
    as(fake, DESK, 'guishuLookup', '客户2');
    expect(
      fake
        .values('查询日志')
        .map((r) => r.join())
        .join(),
    ).toContain('客户2');
    expect(fake.properties.document.map.get('guishu.lookupQueue') ?? '').not.toContain('客户2');
  });

  test("issue 14 leftover: a protection the saving manager may not edit is reported in the save's notes, never skipped silently", () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuLookup', '客户1');
    const sheet = fake.spreadsheet.getSheetByName('查询日志')!;
    const editorsOf = () =>
      fake.run(
        () =>
          sheet
            .getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET)[0]
            .getEditors()
            .map((u) => u.getEmail())
            .sort(),
        { user: OWNER },
      );
    // The owner takes the log's protection for himself alone: the manager is no longer its editor.
    fake.run(
      () => {
        const p = sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET)[0];
        p.removeEditors([MANAGER]);
      },
      { user: OWNER },
    );
    expect(editorsOf()).toEqual([OWNER]);
    // The fake enforces Google's rule: only an editor of a protection may change it.
    expect(() =>
      fake.run(() => sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET)[0].addEditor(DESK), {
        user: MANAGER,
      }),
    ).toThrow(PROTECTED_MESSAGE);
    const save = (lang: 'zh' | 'en') =>
      as<SaveAnswer>(fake, MANAGER, 'guishuSetupSave', {
        preset: 'cross-customer',
        lang,
        managers: [MANAGER, DESK],
        roles: {},
        mapping: {},
        overrides: {},
      });
    const zh = save('zh');
    expect(zh.ok).toBe(true);
    expect(zh.notes[0]).toContain('查询日志');
    expect(zh.notes[0]).toContain('保护由他人设置');
    expect(editorsOf()).toEqual([OWNER]);
    const en = save('en');
    expect(en.notes[0]).toContain('查询日志');
    expect(en.notes[0]).toContain('Protected sheets and ranges');
    // Once the owner gives the protection back, the next save brings it in line and says nothing.
    fake.run(() => sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET)[0].addEditor(MANAGER), {
      user: OWNER,
    });
    const again = save('zh');
    expect(again.notes.join()).not.toContain('保护由他人设置');
    expect(editorsOf()).toEqual([DESK, MANAGER, OWNER].sort());
  });

  test('a desk editor cannot install the daily run', () => {
    const fake = office(10);
    const r = as<{ installed: string[] }>(fake, DESK, 'guishuInstallTriggers');
    expect(r.installed).toEqual([]);
    expect(fake.triggers).toEqual([]);
  });
});

describe('issue 14 point 4: one writer at a time', () => {
  test('two agents filing at the same moment both land', () => {
    const fake = office(40);
    const before = fake.values('客户备案').length;
    // B's save runs while A is reading the document (after A read 客户备案, the second sheet),
    // before A writes.
    fake.calls.before(
      'Range.getValues',
      () => {
        fake.call(loadAt(fake, NOW), 'guishuFilingSave', { name: '乙先生', phone: '13900000022', agent: '李四' });
      },
      { after: 2 },
    );
    fake.setUser(MANAGER);
    const a = plain<FilingVerdict>(
      fake.call(loadAt(fake, NOW), 'guishuFilingSave', { name: '甲先生', phone: '13900000011', agent: '张三' }),
    );
    const names = fake
      .values('客户备案')
      .slice(before)
      .map((r) => r[1]);
    expect(names.sort()).toEqual(['乙先生', '甲先生'].sort());
    expect(a.saved?.row).toBe(before + 2);
  });

  test('every lock release is preceded by SpreadsheetApp.flush', () => {
    const fake = office(40);
    fake.calls.reset();
    as(fake, MANAGER, 'guishuFilingSave', { name: '甲先生', phone: '13900000011', agent: '张三' });
    as(fake, MANAGER, 'guishuLookup', '客户1');
    as(fake, MANAGER, 'guishuRecompute');
    expect(fake.calls.get('Lock.releaseLock')).toBeGreaterThanOrEqual(3);
    expect(fake.calls.get('SpreadsheetApp.flush')).toBe(fake.calls.get('Lock.releaseLock'));
  });

  test("a second manager's installation replaces the first one's triggers instead of doubling them", () => {
    const fake = office(40);
    settings(fake, { managers: [MANAGER, 'second@example.com'] });
    as(fake, MANAGER, 'guishuInstallTriggers');
    as(fake, 'second@example.com', 'guishuInstallTriggers');
    expect(fake.triggers.length).toBe(4); // each user's own, as Apps Script keeps them
    fake.calls.reset();
    const outcomes = fake.runClockTriggers(loadAt(fake, '2026-11-30T02:00:00'));
    expect(outcomes.map((o) => o.user).sort()).toEqual([MANAGER, 'second@example.com'].sort());
    // the first manager's daily trigger removed itself and wrote nothing
    expect(fake.triggers.filter((t) => t.handler === 'guishuDaily').map((t) => t.owner)).toEqual([
      'second@example.com',
    ]);
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    fake.edit(loadAt(fake, NOW), register.getRange('A5'), { value: 'x', user: DESK });
    expect(fake.triggers.map((t) => t.owner)).toEqual(['second@example.com', 'second@example.com']);
  });
});

describe('issue 14 point 8: write only what changed', () => {
  test("on an unchanged 5,000-row register a second run writes under 5% of the first run's cells (the bench shows 100k)", () => {
    const fake = office(5000);
    fake.setUser(MANAGER);
    fake.calls.reset();
    fake.call(loadAt(fake, NOW), 'guishuRecompute');
    const first = fake.cellsWritten;
    fake.calls.reset();
    fake.call(loadAt(fake, NOW), 'guishuRecompute');
    expect(first).toBeGreaterThan(30_000);
    expect(fake.cellsWritten).toBeLessThan(first * 0.05);
    expect(fake.cellsWritten).toBe(0);
    // a visit becomes a new customer's: only the changed runs of rows are written
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    fake.run(() => register.getRange(10, 3, 1, 2).setValues([['新客户', "'13999999999"]]), { user: DESK });
    fake.calls.reset();
    fake.call(loadAt(fake, NOW), 'guishuRecompute');
    expect(fake.cellsWritten).toBeGreaterThan(0);
    expect(fake.cellsWritten).toBeLessThan(first / 2);
    const unchanged = snapshot(fake.spreadsheet);
    fake.calls.reset();
    fake.call(loadAt(fake, NOW), 'guishuRecompute');
    expect(fake.cellsWritten).toBe(0);
    expect(snapshot(fake.spreadsheet)).toEqual(unchanged);
  });
});

describe('issue 14 point 7: inside six minutes', () => {
  test('a recompute that has read for five and a half minutes writes nothing and says so', () => {
    const fake = office(200);
    fake.setUser(MANAGER);
    const before = snapshot(fake.spreadsheet);
    const { ctx, advance } = loadWithClock(fake, NOW);
    // the register's read takes 5.5 minutes
    fake.calls.before('Range.getValues', () => advance(330_000));
    fake.calls.reset();
    const r = plain<{ notes: string[]; failed?: boolean }>(fake.call(ctx, 'guishuRecompute'));
    expect(r.failed).toBe(true);
    expect(r.notes.join()).toContain('剩余运行时间不足');
    expect(fake.cellsWritten).toBe(0);
    expect(snapshot(fake.spreadsheet)).toEqual(before);
    // with time to spare the same run writes
    const next = loadWithClock(fake, NOW);
    fake.calls.before('Range.getValues', () => next.advance(200_000));
    expect(plain<{ failed?: boolean }>(fake.call(next.ctx, 'guishuRecompute')).failed).toBeUndefined();
  });

  test('month ends stop whole when time runs out; the next run writes the rest', () => {
    const fake = office(200);
    fake.setUser(MANAGER);
    fake.properties.document.map.set('guishu.monthsFrom', '2026-10');
    const { ctx, advance } = loadWithClock(fake, '2026-12-03T02:00:00');
    // writing October's sheet takes over five minutes
    fake.calls.before('Sheet.setName', () => advance(320_000));
    const r = plain<{ snapshots: string[]; notes: string[]; failed?: boolean }>(fake.call(ctx, 'guishuDaily'));
    expect(r.snapshots).toEqual(['月结 2026-10']);
    expect(r.failed).toBe(true);
    expect(fake.spreadsheet.getSheetByName('月结 2026-11')).toBeNull();
    const next = plain<{ snapshots: string[] }>(fake.call(loadAt(fake, '2026-12-03T03:00:00'), 'guishuDaily'));
    expect(next.snapshots).toEqual(['月结 2026-11']);
  });
});

const ALL = manifestScopes();
const without = (scope: string) => ALL.filter((s) => !s.endsWith(scope));

describe('issue 14 point 3: granular consent', () => {
  function partly(granted: string[], user = MANAGER): Fake {
    const fake = createFake({
      user,
      owner: OWNER,
      editors: [MANAGER, DESK],
      scopes: ALL,
      granted,
      firstSheetName: '来访登记',
    });
    sheetFromRows(fake.spreadsheet, '来访登记', registerRows(40));
    settings(fake, {});
    return fake;
  }

  test('a menu item without the sheet scope asks for it with the consent prompt and writes nothing', () => {
    const fake = partly(without('spreadsheets.currentonly'));
    fake.calls.reset();
    expect(fake.call(loadAt(fake, NOW), 'guishuMenuRecompute')).toBeUndefined();
    expect(fake.consentPrompts).toEqual([[ALL.find((s) => s.endsWith('spreadsheets.currentonly'))]]);
    expect(fake.cellsWritten).toBe(0);
  });

  test('a page call without the sheet scope answers in the user\'s language, not "You do not have permission"', () => {
    const fake = partly(without('spreadsheets.currentonly'));
    let message = '';
    try {
      fake.call(loadAt(fake, NOW), 'guishuPageContext', 'zh');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('您尚未授予归属所需的权限');
    expect(message).toContain('扩展程序 › 归属 Guishu');
    expect(message).not.toMatch(/You do not have permission/);
    try {
      fake.call(loadAt(fake, NOW), 'guishuPageContext', 'en');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Extensions › 归属 Guishu');
  });

  test('without the email scope the page says how to become the first manager, and 设置 asks for it', () => {
    const fake = partly(without('userinfo.email'));
    fake.properties.document.map.delete('guishu.settings');
    const ctx = plain<{ email: string; manager: boolean; notes: string[] }>(
      fake.call(loadAt(fake, NOW), 'guishuPageContext', 'zh'),
    );
    expect(ctx.email).toBe('');
    expect(ctx.notes.join()).toContain('查看您的电子邮件地址');
    expect(ctx.notes.join()).toContain('设置');
    fake.call(loadAt(fake, NOW), 'showSetup');
    expect(fake.consentPrompts[fake.consentPrompts.length - 1]).toEqual([
      ALL.find((s) => s.endsWith('userinfo.email')),
    ]);
    // once granted, the first person to save becomes the first manager
    fake.grant(ALL);
    const state = plain<{ settings: Record<string, unknown>; canSave: boolean }>(
      fake.call(loadAt(fake, NOW), 'guishuSetupState', 'zh'),
    );
    expect(state.canSave).toBe(true);
    const saved = plain<SaveAnswer>(fake.call(loadAt(fake, NOW), 'guishuSetupSave', state.settings));
    expect(saved.ok).toBe(true);
    expect(JSON.parse(fake.properties.document.map.get('guishu.settings') ?? '{}').managers).toEqual([MANAGER]);
  });

  test('a daily run whose installer withdrew the sheet scope records the failure and is not a daily run', () => {
    const fake = partly(ALL);
    fake.call(loadAt(fake, NOW), 'guishuInstallTriggers');
    fake.grant(without('spreadsheets.currentonly'));
    const [outcome] = fake.runClockTriggers(loadAt(fake, NOW));
    expect(outcome.error).toBeUndefined();
    expect(fake.properties.document.map.get('guishu.lastDaily')).toBeUndefined();
    const runs = JSON.parse(fake.properties.document.map.get('guishu.runs') ?? '[]') as {
      kind: string;
      ok: boolean;
      notes: string[];
    }[];
    expect(runs.filter((r) => r.kind === 'daily').map((r) => r.ok)).toEqual([false]);
    expect(runs[runs.length - 1].notes.join()).toContain('您尚未授予归属所需的权限');
  });
});

describe('issue 14 point 6: a trigger that fails says so', () => {
  test('a daily run with bad settings is recorded as failed, not as the last daily run; a good one as done', () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuInstallTriggers');
    fake.properties.document.map.set(
      'guishu.settings',
      JSON.stringify({ v: 1, preset: 'no-such-preset', lang: 'zh', managers: [MANAGER] }),
    );
    fake.runClockTriggers(loadAt(fake, NOW));
    expect(fake.properties.document.map.get('guishu.lastDaily')).toBeUndefined();
    settings(fake, {});
    fake.runClockTriggers(loadAt(fake, NOW));
    expect(fake.properties.document.map.get('guishu.lastDaily')).toBeDefined();
    const ctx = runsSeenBy(fake, MANAGER);
    expect(ctx.runs.filter((r) => r.kind === 'daily').map((r) => r.ok)).toEqual([false, true]);
    expect(ctx.runs[0].notes.join()).toContain('设置无效');
  });

  test('an installer no longer a manager: the edit says a manager should reinstall, never the protection error', () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuInstallTriggers');
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    const enter = (phone: string) => {
      const cells = register.getRange(register.getLastRow() + 1, 1, 1, 6);
      fake.run(() => cells.setValues([[cellDate('2026-11-30'), '10:00', '新客户', phone, '张三', '来访']]), {
        user: DESK,
      });
      fake.setUser(DESK);
      return fake.edit(loadAt(fake, NOW), cells);
    };
    expect(enter('13912345678').filter((o) => o.error)).toEqual([]);
    expect(fake.values('_guishu_stamps').length).toBe(2);
    const save = (user: string, managers: string[]) =>
      as<SaveAnswer>(fake, user, 'guishuSetupSave', {
        preset: 'cross-customer',
        lang: 'zh',
        managers,
        roles: {},
        mapping: {},
        overrides: {},
      });
    expect(save(MANAGER, [MANAGER, DESK]).ok).toBe(true);
    expect(save(DESK, [DESK]).ok).toBe(true);
    // The installer's on-edit trigger still fires, as the installer, who may no longer write the stamps.
    expect(enter('13912345679').filter((o) => o.error)).toEqual([]);
    const ctx = runsSeenBy(fake, DESK);
    const last = lastEdit(ctx);
    expect(last.ok).toBe(false);
    expect(last.notes.join()).toContain('重新安装自动任务');
    expect(last.notes.join()).not.toMatch(/protected|permission/i);
    expect(ctx.unstamped.length).toBe(1);
  });

  test("an edit that fails unexpectedly records a failure in the user's language, not Google's text; the rows wait", () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuInstallTriggers');
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    const cells = register.getRange(register.getLastRow() + 1, 1, 1, 6);
    fake.run(() => cells.setValues([[cellDate('2026-11-30'), '10:00', '新客户', '13912345678', '张三', '来访']]), {
      user: DESK,
    });
    fake.failOn('Sheet.getLastColumn', {
      error:
        'You do not have permission to call Sheet.getLastColumn. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    });
    fake.setUser(DESK);
    expect(fake.edit(loadAt(fake, NOW), cells).filter((o) => o.error)).toEqual([]);
    fake.clearFailures();
    const ctx = runsSeenBy(fake, MANAGER);
    const last = lastEdit(ctx);
    expect(last.ok).toBe(false);
    expect(last.notes.join()).toContain('运行出错');
    expect(last.notes.join()).not.toMatch(/permission|googleapis/i);
    expect(ctx.unstamped.length).toBe(1);
  });

  test("a busy lock at an edit leaves the rows listed, and the next edit stamps them with the first edit's time", () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuInstallTriggers');
    const register = fake.spreadsheet.getSheetByName('来访登记')!;
    const row = register.getLastRow() + 1;
    const cells = register.getRange(row, 1, 1, 6);
    fake.run(() => cells.setValues([[cellDate('2026-11-30'), '10:00', '新客户', '13912345678', '张三', '来访']]), {
      user: DESK,
    });
    fake.holdLock('document', { attempts: 1 });
    fake.setUser(DESK);
    const first = fake.edit(loadWithClock(fake, '2026-11-30T10:00:00').ctx, cells);
    expect(first.filter((o) => o.error)).toEqual([]);
    expect(fake.spreadsheet.getSheetByName('_guishu_stamps')).toBeNull();
    const ctx = runsSeenBy(fake, MANAGER);
    expect(ctx.unstamped).toEqual([`来访登记 ${row}`]);
    expect(ctx.runs.filter((r) => r.kind === 'edit').map((r) => r.ok)).toEqual([false]);
    expect(ctx.runs[0].notes.join()).toContain(`来访登记 ${row}`);
    // the next edit, an hour later, somewhere else: the waiting row is stamped with its own time
    fake.setUser(DESK);
    fake.edit(loadWithClock(fake, '2026-11-30T11:00:00').ctx, register.getRange('L5'), { value: '备注' });
    const stamps = fake.values('_guishu_stamps');
    const waited = stamps.filter((r) => String(r[3]) === String(row));
    expect(waited.length).toBe(1);
    expect(String(waited[0][1])).toContain('2026-11-30T10:00');
    expect(as<{ unstamped: string[] }>(fake, MANAGER, 'guishuPageContext').unstamped).toEqual([]);
  });
});

describe('issue 14 point 5: limits in bytes, not characters', () => {
  test("settings over one value's 9 KB (Chinese headers: 3 bytes a character) are spread over keys and load back", () => {
    const fake = office(40);
    fake.setUser(MANAGER);
    const state = plain<{ settings: Record<string, unknown> }>(fake.call(loadAt(fake, NOW), 'guishuSetupState', 'zh'));
    const mapping: Record<string, Record<string, string>> = {};
    // 3,000 characters of Chinese: under 9 KB as characters, about 9 KB+ as UTF-8 bytes
    for (let i = 0; i < 150; i++) mapping[`来访登记${i}月份表`] = { phone: '客户联系电话号码' };
    const saved = plain<SaveAnswer>(fake.call(loadAt(fake, NOW), 'guishuSetupSave', { ...state.settings, mapping }));
    expect(saved.errors).toEqual([]);
    const stored = fake.properties.document.map;
    const parts = [...stored.keys()].filter((k) => k.startsWith('guishu.settings.'));
    expect(parts.length).toBeGreaterThan(1);
    for (const k of parts) expect(Buffer.byteLength(stored.get(k) ?? '', 'utf8')).toBeLessThanOrEqual(8000);
    // With its key, every value stays under the 8,066 bytes measured on the platform (§7).
    for (const [k, v] of stored)
      if (k.startsWith('guishu.')) expect(Buffer.byteLength(k + v, 'utf8')).toBeLessThanOrEqual(8066);
    const back = plain<{ settings: { mapping: Record<string, unknown> } }>(
      fake.call(loadAt(fake, NOW), 'guishuSetupState', 'zh'),
    );
    expect(Object.keys(back.settings.mapping).length).toBe(150);
    // saved small again: the parts go
    fake.call(loadAt(fake, NOW), 'guishuSetupSave', { ...state.settings, mapping: {} });
    expect([...stored.keys()].filter((k) => k.startsWith('guishu.settings.'))).toEqual([]);
  });

  test('the lookup queue keeps the newest entries under 8,000 UTF-8 bytes, and a full store never fails a lookup', () => {
    const fake = office(40);
    for (let i = 0; i < 30; i++) {
      const r = as<{ matches: unknown[] }>(fake, DESK, 'guishuLookup', `客户${i}号查询${'查'.repeat(90)}`);
      expect(r.matches).toBeDefined();
    }
    const raw = fake.properties.document.map.get('guishu.lookupQueue') ?? '';
    expect(Buffer.byteLength(raw, 'utf8')).toBeLessThanOrEqual(8000);
    const queue = JSON.parse(raw) as string[][];
    expect(queue[queue.length - 1][2]).toContain('客户29号');
    expect(queue[0][2]).not.toContain('客户0号');
    // the store is nearly full (500 KB in all): the lookup still answers
    for (let i = 0; i < 55; i++) fake.properties.document.map.set(`other.${i}`, '汉'.repeat(3000));
    const r = as<{ matches: unknown[] }>(fake, DESK, 'guishuLookup', '客户1');
    expect(r.matches.length).toBeGreaterThan(0);
  });

  test('no cell written exceeds 50,000 characters (a ruling reason of 60,000)', () => {
    const fake = office(40);
    const saved = as<SaveAnswer>(fake, MANAGER, 'guishuRulingSave', {
      customer: '客户3',
      newOwner: '王五',
      reason: '因'.repeat(60_000),
    });
    expect(saved.errors).toEqual([]);
    const values = fake.values('裁决');
    const row = values[values.length - 1];
    const longest = Math.max(...row.map((v) => String(v).length));
    expect(longest).toBeLessThanOrEqual(50_000);
    expect(longest).toBeGreaterThan(40_000);
  });
});

describe('issue 14 point 9: bad settings never lock a manager out', () => {
  test('an older schema: every page opens and says what was wrong; the manager repairs it, the desk cannot', () => {
    const fake = office(40);
    fake.properties.document.map.set(
      'guishu.settings',
      JSON.stringify({ v: 0, preset: 'cross-customer', lang: 'zh', managers: [MANAGER], extra: true }),
    );
    const ctx = as<{ manager: boolean; notes: string[] }>(fake, MANAGER, 'guishuPageContext', 'zh');
    expect(ctx.manager).toBe(true);
    expect(ctx.notes.join()).toContain('已保存的设置无效');
    expect(as<{ notes: string[] }>(fake, MANAGER, 'guishuConflictList', 'zh').notes.join()).toContain('设置');
    expect(as<{ notes: string[] }>(fake, MANAGER, 'guishuLookup', '客户1', 'zh').notes.join()).toContain('设置无效');
    const desk = as<{ canSave: boolean; problem: string | null }>(fake, DESK, 'guishuSetupState', 'zh');
    expect(desk.canSave).toBe(false);
    expect(desk.problem).toBeTruthy();
    const state = as<{ settings: Record<string, unknown>; canSave: boolean; problem: string | null }>(
      fake,
      MANAGER,
      'guishuSetupState',
      'zh',
    );
    expect(state.canSave).toBe(true);
    expect(state.problem).toContain('v');
    expect(as<SaveAnswer>(fake, DESK, 'guishuSetupSave', state.settings).ok).toBe(false);
    expect(as<SaveAnswer>(fake, MANAGER, 'guishuSetupSave', state.settings).ok).toBe(true);
    expect(as<{ notes: string[] }>(fake, MANAGER, 'guishuPageContext', 'zh').notes).toEqual([]);
  });

  test('settings that are not even JSON: the installer is the manager who may repair them', () => {
    const fake = office(40);
    as(fake, MANAGER, 'guishuInstallTriggers');
    fake.properties.document.map.set('guishu.settings', '{"v":1, preset: oops');
    const state = as<{ settings: Record<string, unknown>; canSave: boolean; problem: string | null }>(
      fake,
      MANAGER,
      'guishuSetupState',
      'zh',
    );
    expect(state.canSave).toBe(true);
    expect(state.problem).toContain('JSON');
    expect(as<SaveAnswer>(fake, MANAGER, 'guishuSetupSave', state.settings).ok).toBe(true);
  });
});
