// The pages' server functions, called by name on the built bundle over the fake (the browser
// tests drive the same functions through the pages).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConflictList, FilingVerdict, PageContext, SaveAnswer, SetupState } from '../../src/gas/api';
import { getPreset } from '../../src/policy';
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
  if (!existsSync(path.join(ROOT, 'dist', 'Code.js')))
    execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

const NOW = '2026-11-20T10:00:00';

function office(user = MANAGER): Fake {
  const fake = createFake({ user, scopes: manifestScopes(), firstSheetName: '来访登记' });
  sheetFromRows(fake.spreadsheet, '来访登记', [
    REGISTER_HEADER,
    [cellDate('2026-11-18'), '10:00', '陈先生', '13900000001', '李四', '来访', '', '', '', '', '', ''],
    [cellDate('2026-11-19'), '11:00', '王女士', '13900000002', '张三', '来访', '', '', '', '', '', ''],
  ]);
  sheetFromRows(fake.spreadsheet, '客户备案', FILING_ROWS);
  sheetFromRows(fake.spreadsheet, '人员', STAFF_ROWS);
  settings(fake, {});
  return fake;
}

const call = <T>(fake: Fake, name: string, ...args: unknown[]) => plain<T>(fake.call(loadAt(fake, NOW), name, ...args));

test('page context: who is at the keyboard, their agent name, the preset, today', () => {
  const fake = office('zhangsan@example.com');
  const c = call<PageContext>(fake, 'guishuPageContext');
  expect(c).toMatchObject({
    email: 'zhangsan@example.com',
    manager: false,
    agent: '张三',
    lang: 'zh',
    today: '2026-11-20',
  });
  expect(c.preset.id).toBe('cross-customer');
  expect(call<PageContext>(office(), 'guishuPageContext').manager).toBe(true);
});

describe('客户备案', () => {
  test('a new customer is accepted; saving appends one row to the filing sheet and recomputes', () => {
    const fake = office('zhangsan@example.com');
    const draft = { name: '赵先生', phone: '139 0000 0009', agent: '张三', note: '展会' };
    const check = call<FilingVerdict>(fake, 'guishuFilingCheck', draft);
    expect(check).toMatchObject({ ok: true, accepted: true, conflictWith: null });
    const before = fake.values('客户备案').length;
    const saved = call<FilingVerdict>(fake, 'guishuFilingSave', draft);
    expect(saved.saved).toEqual({ sheet: '客户备案', row: before + 1 });
    const row = fake.values('客户备案')[before];
    expect(row.slice(1, 4)).toEqual(['赵先生', '139 0000 0009', '张三']);
    expect(fake.spreadsheet.getSheetByName('客户归属总表')).not.toBeNull();
  });

  test('a customer another agent holds is flagged, naming the owner and the rule', () => {
    const fake = office('zhangsan@example.com');
    const check = call<FilingVerdict>(fake, 'guishuFilingCheck', {
      name: '陈先生',
      phone: '+86 139-0000-0001',
      agent: '张三',
    });
    expect(check).toMatchObject({ ok: true, accepted: false, conflictWith: '李四' });
    expect(check.reason).toContain('李四');
  });

  test('missing or bad fields come back as codes per field, and nothing is written', () => {
    const fake = office();
    const before = fake.values('客户备案');
    const v = call<FilingVerdict>(fake, 'guishuFilingSave', {
      name: '',
      phone: '123',
      agent: '张三',
      linkedPhone: 'abc',
    });
    expect(v.ok).toBe(false);
    expect(v.errors).toEqual([
      { field: 'name', message: 'missing' },
      { field: 'phone', message: 'invalid' },
      { field: 'linkedPhone', message: 'invalid' },
    ]);
    expect(fake.values('客户备案')).toEqual(before);
  });
});

describe('设置', () => {
  test('the detected sheets and columns, the presets with their titles, the fields', () => {
    const s = call<SetupState>(office(), 'guishuSetupState');
    const register = s.sheets.find((x) => x.name === '来访登记');
    expect(register).toMatchObject({ role: 'register', headerRow: 1 });
    expect(register?.columns).toMatchObject({ date: '日期', phone: '联系电话', agent: '接待置业顾问' });
    expect(s.presets).toHaveLength(15);
    expect(s.presets.find((p) => p.id === 'cross-customer')).toEqual({
      id: 'cross-customer',
      title: getPreset('cross-customer')?.title.zh,
    });
    expect(s.canSave).toBe(true);
  });

  test('a bad number is refused with the setting named; a manager saves a corrected mapping', () => {
    const fake = office();
    const s = call<SetupState>(fake, 'guishuSetupState');
    const bad = call<SaveAnswer>(fake, 'guishuSetupCheck', {
      ...s.settings,
      overrides: { claim: { window: { days: -1 } } },
    });
    expect(bad.ok).toBe(false);
    expect(bad.errors.join(' ')).toMatch(/claim\.window\.days/);
    const fixed = {
      ...s.settings,
      mapping: { 来访登记: { agent: '接待置业顾问' } },
      overrides: { claim: { window: { days: 10 } } },
    };
    expect(call<SaveAnswer>(fake, 'guishuSetupSave', fixed).ok).toBe(true);
    const stored = JSON.parse(fake.properties.document.map.get('guishu.settings') ?? '{}');
    expect(stored.overrides).toEqual({ claim: { window: { days: 10 } } });
  });

  test('a non-manager cannot save settings', () => {
    const fake = office('zhangsan@example.com');
    const s = call<SetupState>(fake, 'guishuSetupState');
    expect(s.canSave).toBe(false);
    const r = call<SaveAnswer>(fake, 'guishuSetupSave', { ...s.settings, preset: 'dafang' });
    expect(r.ok).toBe(false);
    expect(JSON.parse(fake.properties.document.map.get('guishu.settings') ?? '{}').preset).toBe('cross-customer');
  });
});

describe('冲突与裁决', () => {
  test('a ruling appended to 裁决 gives the customer a new owner after the recompute', () => {
    const fake = office();
    const conflicts = call<ConflictList>(fake, 'guishuConflictList');
    expect(conflicts.canRule).toBe(true);
    const r = call<SaveAnswer>(fake, 'guishuRulingSave', {
      customer: 'c-13900000001',
      newOwner: '赵六',
      reason: '投诉更换',
    });
    expect(r.ok).toBe(true);
    const rulings = fake.values('裁决');
    expect(rulings[1].slice(1, 4)).toEqual(['', '13900000001', '赵六']); // the phone stays text
    const summary = fake.values('客户归属总表');
    const row = summary.find((x) => String(x[1]) === '陈先生');
    expect(row?.[3]).toBe('赵六');
  });

  test('only managers may rule', () => {
    const fake = office('zhangsan@example.com');
    const r = call<SaveAnswer>(fake, 'guishuRulingSave', { customer: 'c-13900000001', newOwner: '张三', reason: '' });
    expect(r.ok).toBe(false);
    expect(fake.spreadsheet.getSheetByName('裁决')).toBeNull();
  });
});
