// Issue 15 in the add-on (dist/Code.js over the fake): the what-if before saving changed rules,
// the manager-only 设置变更 log, 月结 never rewritten by a rule change, 变更日志 citing the change,
// and rule clauses sent with the conflicts and lookups.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConflictList, SaveAnswer, SetupState, WhatIfAnswer } from '../../src/gas/api';
import type { LookupAnswer } from '../../src/gas/lookup';
import { plain, type Fake } from './fake';
import { loadAt, MANAGER, settings, setupDocument } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'Code.js')))
    execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

const at = (fake: Fake, when: string, name: string, ...args: unknown[]) => fake.call(loadAt(fake, when), name, ...args);
const call = <T>(fake: Fake, name: string, ...args: unknown[]) =>
  plain<T>(at(fake, '2026-11-30T10:00:00', name, ...args));

describe('issue 15.5: the what-if before saving changed rules', () => {
  test('the same rules: nothing to preview; changed numbers: the summary and the lists behind it', () => {
    const fake = setupDocument(400);
    settings(fake, {});
    const s = call<SetupState>(fake, 'guishuSetupState');
    expect(call<WhatIfAnswer>(fake, 'guishuSetupPreview', s.settings)).toMatchObject({ ok: true, rulesChanged: false });
    const p = call<WhatIfAnswer>(fake, 'guishuSetupPreview', {
      ...s.settings,
      overrides: { claim: { window: { days: 30 } } },
    });
    expect(p.ok).toBe(true);
    expect(p.rulesChanged).toBe(true);
    expect(p.counts.customers).toBeGreaterThan(0);
    expect(p.summary).toMatch(
      new RegExp(`^保存后：${p.counts.customers} 位客户归属改变，${p.counts.deals} 笔成交分成改变`),
    );
    expect(p.tables.map((t) => t.name)).toEqual(['客户变化', '成交分成变化', '业务员变化']);
    expect(p.tables[0].total).toBe(p.counts.customers);
    // Previewing saves nothing.
    expect(JSON.parse(fake.properties.document.map.get('guishu.settings') ?? '{}').overrides).toBeUndefined();
    expect(fake.spreadsheet.getSheetByName('设置变更')).toBeNull();
  });

  test('a non-manager sees customer ids masked', () => {
    const fake = setupDocument(200, { user: 'desk@example.com' });
    settings(fake, {});
    const s = call<SetupState>(fake, 'guishuSetupState');
    const p = call<WhatIfAnswer>(fake, 'guishuSetupPreview', { ...s.settings, preset: 'case-field' });
    expect(p.tables[0].rows.length).toBeGreaterThan(0);
    for (const r of p.tables[0].rows) expect(r[0]).not.toMatch(/c-1\d{10}/);
  });
});

describe('issue 15.4: 设置变更, a log of rule changes', () => {
  test('each save appends when, who, what changed in words and the what-if summary; only managers may edit it', () => {
    const fake = setupDocument(300);
    settings(fake, {});
    const s = call<SetupState>(fake, 'guishuSetupState');
    const preview = call<WhatIfAnswer>(fake, 'guishuSetupPreview', {
      ...s.settings,
      overrides: { claim: { window: { days: 10 } } },
    });
    expect(
      call<SaveAnswer>(fake, 'guishuSetupSave', { ...s.settings, overrides: { claim: { window: { days: 10 } } } }).ok,
    ).toBe(true);
    const log = fake.values('设置变更');
    expect(log[0]).toEqual(['时间 / Time', '修改人 / By', '改了什么 / What changed', '保存时的影响 / What it changed']);
    // Sheets reads the written time as a date-time cell, in the document's zone (UTC+8).
    expect(new Date(log[1][0] as string).toISOString()).toBe('2026-11-30T02:00:00.000Z');
    expect(log[1][1]).toBe(MANAGER);
    expect(String(log[1][2])).toContain('7 天无跟进释放 → 10 天无跟进释放');
    expect(log[1][3]).toBe(preview.summary);
    // A second save: another line, the preset change in words.
    call<SaveAnswer>(fake, 'guishuSetupSave', { ...s.settings, preset: 'case-field', overrides: {} });
    const again = fake.values('设置变更');
    expect(again).toHaveLength(3);
    expect(String(again[2][2])).toContain(
      '预设：交叉客户判定及分单制度（cross-customer）→ 房地产销售案场客户归属规定（case-field）',
    );
    const sheet = fake.spreadsheet.getSheetByName('设置变更')!;
    const protections = sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET);
    expect(protections).toHaveLength(1);
    expect(protections[0].getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([MANAGER]);
  });

  test('a 设置变更 sheet full to its edge (1,000 rows) grows: the save appends at row 1,001', () => {
    const fake = setupDocument(200);
    settings(fake, {});
    const s = call<SetupState>(fake, 'guishuSetupState');
    call<SaveAnswer>(fake, 'guishuSetupSave', { ...s.settings, overrides: { claim: { window: { days: 10 } } } });
    const sheet = fake.spreadsheet.getSheetByName('设置变更')!;
    expect(sheet.getMaxRows()).toBe(1000);
    const filler = Array.from({ length: 998 }, (_, i) => [`2026-01-01 00:00:${i}`, MANAGER, 'x', '']);
    sheet.getRange(3, 1, filler.length, 4).setValues(filler);
    expect(sheet.getLastRow()).toBe(1000);
    const saved = call<SaveAnswer>(fake, 'guishuSetupSave', {
      ...s.settings,
      overrides: { claim: { window: { days: 12 } } },
    });
    expect(saved.ok).toBe(true);
    const log = fake.values('设置变更');
    expect(log).toHaveLength(1001);
    expect(String(log[1000][2])).toContain('10 天无跟进释放 → 12 天无跟进释放');
  });

  test('a change away from settings larger than one property value is kept whole and cited the next day', () => {
    const fake = setupDocument(300);
    settings(fake, {});
    const s = call<SetupState>(fake, 'guishuSetupState');
    // 3,000 relation words: about 27 KB of overrides, several property values' worth.
    const big = { identity: { relations: Array.from({ length: 3000 }, (_, i) => `配偶${i}`) } };
    expect(call<SaveAnswer>(fake, 'guishuSetupSave', { ...s.settings, overrides: big }).ok).toBe(true);
    // A change no described number shows is said by the setting it touches, in words: no JSON, no key.
    expect(fake.values('设置变更')[1]![2]).toBe('规则设置已更改：视为同一客户的家庭关系');
    at(fake, '2026-11-29T02:00:00', 'guishuDaily');
    const saved = call<SaveAnswer>(fake, 'guishuSetupSave', {
      ...s.settings,
      overrides: { ...big, claim: { window: { days: 30 } } },
    });
    expect(saved.ok).toBe(true);
    const stored = fake.properties.document.map;
    expect(stored.get('guishu.settingsChange')).toMatch(/^\{"parts":\d+\}$/);
    for (const [k, v] of stored) expect(Buffer.byteLength(k) + Buffer.byteLength(v)).toBeLessThanOrEqual(9000);
    at(fake, '2026-12-01T02:00:00', 'guishuDaily');
    const cited = fake.values('变更日志').filter((r) => String(r[7]).includes('因设置变更（设置变更 第3行'));
    expect(cited.length).toBeGreaterThan(0);
  });

  test('months already closed on 月结 are never rewritten by a rule change', () => {
    const fake = setupDocument(300);
    settings(fake, {});
    at(fake, '2026-10-15T02:00:00', 'guishuDaily');
    at(fake, '2026-11-02T02:00:00', 'guishuDaily');
    const october = fake.values('月结 2026-10');
    const s = plain<SetupState>(at(fake, '2026-11-02T09:00:00', 'guishuSetupState'));
    const changed = { ...s.settings, preset: 'case-field', overrides: {} };
    const preview = plain<WhatIfAnswer>(at(fake, '2026-11-02T09:00:00', 'guishuSetupPreview', changed));
    expect(preview.counts.deals + preview.counts.customers).toBeGreaterThan(0);
    expect(plain<SaveAnswer>(at(fake, '2026-11-02T09:00:00', 'guishuSetupSave', changed)).ok).toBe(true);
    at(fake, '2026-11-03T02:00:00', 'guishuDaily');
    at(fake, '2026-12-01T02:00:00', 'guishuDaily');
    expect(fake.values('月结 2026-10')).toEqual(october);
    expect(fake.spreadsheet.getSheetByName('月结 2026-11')).not.toBeNull();
  });

  test("the next daily run's 变更日志 entries caused by the settings change cite it", () => {
    const fake = setupDocument(300);
    settings(fake, {});
    at(fake, '2026-11-29T02:00:00', 'guishuDaily');
    const before = fake.values('变更日志');
    const s = call<SetupState>(fake, 'guishuSetupState');
    call<SaveAnswer>(fake, 'guishuSetupSave', { ...s.settings, overrides: { claim: { window: { days: 30 } } } });
    at(fake, '2026-12-01T02:00:00', 'guishuDaily');
    const after = fake.values('变更日志');
    const cited = after.filter((r) => String(r[7]).includes('因设置变更（设置变更 第2行，2026-11-30 10:00:00）'));
    expect(cited.length).toBeGreaterThan(0);
    // Lines the old settings also had are not blamed on the change.
    const key = (r: unknown[]) => r.slice(0, 7).join('|');
    const old = new Set(before.slice(1).map(key));
    for (const r of cited) expect(old.has(key(r))).toBe(false);
    expect(after.length - cited.length).toBeGreaterThan(1);
  });
});

describe('issue 15.1: rule clauses for the pages', () => {
  test('conflicts and lookups carry each cited rule id in words, with the numbers in force', () => {
    const fake = setupDocument(300);
    settings(fake, { overrides: { claim: { window: { days: 10 } } } });
    const list = call<ConflictList>(fake, 'guishuConflictList');
    const ids = new Set(list.conflicts.flatMap((k) => k.rules));
    expect(ids.size).toBeGreaterThan(0);
    for (const id of ids) expect(list.clauses[id]?.length).toBeGreaterThan(5);
    const found = call<LookupAnswer>(fake, 'guishuLookup', '客户1');
    const cited = new Set(JSON.stringify(found.matches).match(/cross-customer\/R[\d.]+/g) ?? []);
    expect(cited.size).toBeGreaterThan(0);
    for (const id of cited) expect(found.clauses[id]).toBeTruthy();
    if (found.clauses['cross-customer/R4.1']) expect(found.clauses['cross-customer/R4.1']).toContain('10 天');
  });
});
