import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AuthMode,
  PROTECTED_MESSAGE,
  SCOPES,
  createFake,
  plain,
  seedFormula,
  sheetFromRows,
  snapshot,
  UiRecords,
  type Fake,
} from './fake';
import { loadBundle } from './loadBundle';

const SH = 'Asia/Shanghai';

/** A Date at a wall-clock time in Shanghai (UTC+8, no DST). */
const shanghai = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m - 1, d, h - 8, mi));

function register(fake: Fake) {
  return sheetFromRows(fake.spreadsheet, '来访登记', [
    ['日期', '客户', '电话', '置业顾问'],
    [shanghai(2026, 11, 1), '陈先生', '13800000001', '张三'],
    [shanghai(2026, 11, 3), '', '', '李四'],
  ]);
}

describe('Range reads', () => {
  it('gives Date objects for dates, "" for blanks, and a fresh copy every time', () => {
    const fake = createFake();
    const sheet = register(fake);
    const values = sheet.getRange(1, 1, 3, 5).getValues();
    expect(values[1][0]).toBeInstanceOf(Date);
    expect((values[1][0] as Date).getTime()).toBe(shanghai(2026, 11, 1).getTime());
    expect(values[2]).toEqual([shanghai(2026, 11, 3), '', '', '李四', '']);
    (values[1][0] as Date).setFullYear(1999);
    values[1][1] = 'changed';
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[shanghai(2026, 11, 1), '陈先生']]);
  });

  it('shows display values: dates as yyyy-MM-dd in the sheet zone, numbers as text, formats applied', () => {
    const fake = createFake();
    const sheet = register(fake);
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['2026-11-01', '陈先生', '13800000001']]);
    sheet.getRange('E1').setValue(0.7).setNumberFormat('0%');
    sheet
      .getRange('F1')
      .setValue(shanghai(2026, 11, 1, 9, 5))
      .setNumberFormat('yyyy"年"m"月"d"日" hh:mm');
    expect(sheet.getRange('E1:F1').getDisplayValues()).toEqual([['70%', '2026年11月1日 09:05']]);
  });

  it('gives the data range, last row and last column of what holds content', () => {
    const fake = createFake();
    const sheet = register(fake);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 4]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    const empty = fake.spreadsheet.insertSheet('空');
    expect([empty.getLastRow(), empty.getLastColumn(), empty.getDataRange().getA1Notation()]).toEqual([0, 0, 'A1']);
  });
});

describe('Range writes parse strings like the Sheets UI', () => {
  const write = (v: unknown) => {
    const fake = createFake();
    const cell = fake.spreadsheet.getSheets()[0].getRange('B2');
    cell.setValues([[v]]);
    return { value: cell.getValue(), formula: cell.getFormula(), display: cell.getDisplayValue(), fake };
  };

  it('turns a string starting with = into a formula', () => {
    expect(write('=SUM(1)')).toMatchObject({ value: '#NAME?', formula: '=SUM(1)' });
    expect(write('=1+2')).toMatchObject({ value: 3, formula: '=1+2' });
    const fake = createFake();
    fake.setFormulaResult('=VLOOKUP(A1,B:C,2,0)', 42);
    const r = fake.spreadsheet.getSheets()[0].getRange('A1:B1');
    r.setValues([['=VLOOKUP(A1,B:C,2,0)', 'text']]);
    expect(r.getValues()).toEqual([[42, 'text']]);
    expect(r.getFormulas()).toEqual([['=VLOOKUP(A1,B:C,2,0)', '']]);
  });

  it("keeps the text after an apostrophe: \"'=x\" is the text '=x'", () => {
    expect(write("'=x")).toMatchObject({ value: '=x', formula: '', display: '=x' });
    expect(write("'0755")).toMatchObject({ value: '0755', formula: '' });
  });

  it('turns + - @ starts into formulas or numbers', () => {
    expect(write('+1')).toMatchObject({ value: 1, formula: '' });
    expect(write('-2+3')).toMatchObject({ value: 1, formula: '=-2+3' });
    expect(write('@SUM(A1)')).toMatchObject({ value: '#NAME?', formula: '=SUM(A1)' });
    expect(write('+86 138 0000 0001')).toMatchObject({ value: '#ERROR!', formula: '=+86 138 0000 0001' });
    expect(write('-张三')).toMatchObject({ value: '#NAME?', formula: '=-张三' });
    expect(write('-')).toMatchObject({ value: '-', formula: '' });
    expect(write('@张三')).toMatchObject({ value: '@张三', formula: '' });
  });

  it('turns numbers, percents, booleans and dates written as text into values', () => {
    expect(write('0755')).toMatchObject({ value: 755 });
    expect(write('13800000001')).toMatchObject({ value: 13800000001, display: '13800000001' });
    expect(write('70%')).toMatchObject({ value: 0.7, display: '70%' });
    expect(write('110101199003071234')).toMatchObject({ value: 110101199003071230, display: '1.10101E+17' });
    expect(write('true')).toMatchObject({ value: true, display: 'TRUE' });
    const d = write('2026-12-07');
    expect(d.value).toBeInstanceOf(Date);
    expect((d.value as Date).getTime()).toBe(shanghai(2026, 12, 7).getTime());
    expect(d.display).toBe('2026-12-07');
    expect(write('[cross-customer/R4.1] 张三 首次接待')).toMatchObject({
      value: '[cross-customer/R4.1] 张三 首次接待',
    });
  });

  it('stores strings verbatim in plain-text cells (number format @)', () => {
    const fake = createFake();
    const r = fake.spreadsheet.getSheets()[0].getRange('A1:C1').setNumberFormat('@');
    r.setValues([['=SUM(1)', '0755', '2026-12-07']]);
    expect(r.getValues()).toEqual([['=SUM(1)', '0755', '2026-12-07']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
  });

  it('clears on "" and null; refuses objects, NaN and over-long text', () => {
    const fake = createFake();
    const r = fake.spreadsheet.getSheets()[0].getRange('A1:B1');
    r.setValues([['x', 'y']]);
    r.setValues([['', null]]);
    expect(r.getValues()).toEqual([['', '']]);
    expect(() => r.setValues([[{}, 1]])).toThrow('Cannot write an object to a cell');
    expect(() => r.setValues([[NaN, 1]])).toThrow('NaN');
    expect(() => r.setValues([['x'.repeat(50001), 1]])).toThrow('maximum of 50000 characters');
  });

  it('refuses data whose dimensions differ from the range, like the real service', () => {
    const fake = createFake();
    const r = fake.spreadsheet.getSheets()[0].getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      r.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues(['a', 'b'] as unknown as unknown[][])).toThrow("don't match the method signature");
    expect(r.getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('sets every cell with setValue', () => {
    const fake = createFake();
    const r = fake.spreadsheet.getSheets()[0].getRange('A1:B2');
    r.setValue('x');
    expect(r.getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
});

describe('the grid', () => {
  it('throws for a range beyond the sheet, as Sheets does; insert* and appendRow grow it', () => {
    const fake = createFake();
    const sheet = fake.spreadsheet.getSheets()[0];
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    sheet.insertColumnsAfter(26, 6);
    sheet.getRange(1, 27, 1, 6).setValues([['归属人', '归属状态', '业绩分成', '佣金分成', '保护到期', '判定依据']]);
    expect(sheet.getMaxColumns()).toBe(32);
    const small = sheetFromRows(fake.spreadsheet, '小', [['a'], ['b']], { maxRows: 2, maxColumns: 1 });
    small.appendRow(['c', 'd']);
    expect([small.getMaxRows(), small.getMaxColumns()]).toEqual([3, 2]);
    expect(small.getDataRange().getValues()).toEqual([
      ['a', ''],
      ['b', ''],
      ['c', 'd'],
    ]);
  });

  it('grows on getRange with autoGrow', () => {
    const fake = createFake({ autoGrow: true });
    const sheet = fake.spreadsheet.getSheets()[0];
    sheet.getRange(1001, 30).setValue('x');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1001, 30, 1001, 30,
    ]);
  });

  it('shifts values, merges and protections when columns are inserted or deleted', () => {
    const fake = createFake();
    const sheet = sheetFromRows(fake.spreadsheet, 'S', [['a', 'b', 'c']]);
    sheet.getRange('B2:C2').merge();
    sheet.getRange('C1').protect().setDescription('c');
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getRange('A2:E2').getMergedRanges()[0].getA1Notation()).toBe('C2:D2');
    expect(sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe(
      'D1',
    );
    sheet.deleteColumn(2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]);
  });

  it('keeps sheet names unique ignoring case and finds them ignoring case', () => {
    const fake = createFake();
    fake.spreadsheet.insertSheet('Visits');
    expect(fake.spreadsheet.getSheetByName('visits')?.getName()).toBe('Visits');
    expect(() => fake.spreadsheet.insertSheet('VISITS')).toThrow('A sheet with the name "VISITS" already exists.');
    expect(fake.spreadsheet.getSheetByName('Nope')).toBeNull();
    expect(fake.spreadsheet.getSheets()[0].getName()).toBe('工作表1');
  });

  it('hands out fresh objects, as Apps Script does', () => {
    const fake = createFake();
    const [first, again] = [fake.spreadsheet.getSheets()[0], fake.spreadsheet.getSheets()[0]];
    expect(first === again).toBe(false);
  });

  it('names methods it does not implement', () => {
    const fake = createFake();
    const range = fake.spreadsheet.getSheets()[0].getRange('A1') as unknown as { setRichTextValue(v: unknown): void };
    expect(() => range.setRichTextValue(null)).toThrow('Range.setRichTextValue() is not implemented by the fake');
    const app = fake.globals.SpreadsheetApp as unknown as Record<string, unknown>;
    expect(() => app.BorderStyle).toThrow('SpreadsheetApp.BorderStyle is not implemented by the fake');
  });
});

describe('merged cells', () => {
  it('keeps the top-left value only, and writes into the other cells are dropped', () => {
    const fake = createFake();
    const sheet = sheetFromRows(fake.spreadsheet, 'M', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const r = sheet.getRange('A1:B2');
    r.merge();
    expect(r.getValues()).toEqual([
      ['a', ''],
      ['', ''],
    ]);
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(r.getValues()).toEqual([
      [1, ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C3').isPartOfMerge()).toBe(false);
    expect(() => sheet.getRange('B2:C2').merge()).toThrow('You must select all cells in a merged range');
    r.breakApart();
    sheet.getRange('B2').setValue('x');
    expect(r.getValues()).toEqual([
      [1, ''],
      ['', 'x'],
    ]);
  });
});

describe('protection', () => {
  const boss = 'boss@example.com';
  const agent = 'agent@example.com';

  it('protects nothing until the editor list changes, then refuses other users', () => {
    const fake = createFake({ user: boss, editors: [agent] });
    const sheet = register(fake);
    const p = sheet.getRange('E1:E10').protect().setDescription('Guishu columns');
    fake.setUser(agent);
    sheet.getRange('E2').setValue('agent can still write: the list mirrors the spreadsheet');
    fake.setUser(boss);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([boss]);
    fake.setUser(agent);
    expect(p.canEdit()).toBe(false);
    const before = snapshot(fake.spreadsheet);
    expect(() => sheet.getRange('D2:E2').setValues([['x', 'y']])).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.getRange('E5').clearContent()).toThrow(PROTECTED_MESSAGE);
    expect(() => p.setWarningOnly(true)).toThrow(PROTECTED_MESSAGE);
    expect(snapshot(fake.spreadsheet)).toEqual(before);
    sheet.getRange('D2').setValue('outside the protected range is fine');
    fake.setUser(boss);
    sheet.getRange('E2').setValue('the owner may');
    p.setWarningOnly(true);
    fake.setUser(agent);
    sheet.getRange('E3').setValue('warning-only lets scripts write');
  });

  it('enforces a sheet protection except its unprotected ranges, and runs as the effective user', () => {
    const fake = createFake({ user: boss, editors: [agent] });
    const sheet = register(fake);
    const p = sheet.protect();
    p.addEditor(boss).removeEditors([agent]);
    p.setUnprotectedRanges([sheet.getRange('A4:D100')]);
    fake.setUser(agent);
    sheet.getRange('A4:D4').setValues([[shanghai(2026, 11, 5), '王女士', '13900000002', '李四']]);
    expect(() => sheet.getRange('A3:D4').setValue('')).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.insertColumnAfter(4)).toThrow(PROTECTED_MESSAGE);
    // An installable trigger of the boss runs with the boss's authority while the agent types.
    fake.setUser(agent, { effectiveUser: boss });
    sheet.getRange('E1').setValue('ok');
  });
});

describe('PropertiesService', () => {
  it('stores strings, gives null for missing keys, and keeps user stores per user', () => {
    const fake = createFake();
    const { PropertiesService } = fake.globals;
    const doc = PropertiesService.getDocumentProperties()!;
    doc.setProperty('settings', '{"preset":"cross-customer"}').setProperty('n', 3 as unknown as string);
    expect(doc.getProperty('n')).toBe('3');
    expect(doc.getProperty('missing')).toBeNull();
    doc.setProperties({ a: '1' }, true);
    expect(doc.getKeys()).toEqual(['a']);
    PropertiesService.getUserProperties().setProperty('lang', 'en');
    fake.setUser('other@example.com');
    expect(PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    expect(fake.properties.user('manager@example.com').get('lang')).toBe('en');
  });

  it('refuses a value over the documented 9 KB (9,000 UTF-8 bytes) and a store over 500 KB (500,000 bytes of keys and values)', () => {
    const fake = createFake();
    const doc = fake.globals.PropertiesService.getDocumentProperties()!;
    doc.setProperty('ascii', 'x'.repeat(9000));
    expect(() => doc.setProperty('big', 'x'.repeat(9001))).toThrow('Argument too large: value');
    expect(() => doc.setProperty('kib', 'x'.repeat(9 * 1024))).toThrow('Argument too large: value');
    doc.setProperty('zh3000', '归'.repeat(3000)); // 9,000 bytes
    expect(() => doc.setProperty('zh', '归'.repeat(3001))).toThrow('Argument too large: value'); // 9,003 bytes
    expect(doc.getProperty('big')).toBeNull();
    doc.deleteAllProperties();
    for (let i = 0; i < 55; i += 1) doc.setProperty(`k${i}`, 'y'.repeat(9000)); // 495,155 bytes in all
    expect(() => doc.setProperty('k55', 'y'.repeat(4843))).toThrow('exceeded the property storage quota');
    doc.setProperty('k55', 'y'.repeat(4842)); // exactly 500,000 with its 3-byte key
    expect(() => doc.setProperties({ a: '1', b: 'z'.repeat(9000) })).toThrow('quota');
    expect(doc.getProperty('a')).toBeNull();
  });
});

describe('LockService', () => {
  it('simulates another run holding the document lock', () => {
    const fake = createFake();
    const { LockService } = fake.globals;
    fake.holdLock('document');
    const lock = LockService.getDocumentLock()!;
    expect(lock.tryLock(10000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(fake.locks.waitedMs).toBe(40000);
    fake.releaseLock('document');
    expect(lock.tryLock(10000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(fake.lockHolder('document')).toBeNull();
  });

  it("lets the other run finish after some attempts, and releases a run's locks when it ends", () => {
    const fake = createFake();
    const { LockService } = fake.globals;
    fake.holdLock('document', { attempts: 2 });
    const lock = LockService.getDocumentLock()!;
    expect([lock.tryLock(1), lock.tryLock(1), lock.tryLock(1)]).toEqual([false, false, true]);
    fake.run(() => {
      // A second execution (a trigger, another user) cannot take what the first holds.
      expect(LockService.getDocumentLock()!.tryLock(1)).toBe(false);
    });
    fake.endRun();
    expect(fake.lockHolder('document')).toBeNull();
    expect(fake.locks.releasedAtEnd).toHaveLength(1);
  });
});

describe('ScriptApp triggers', () => {
  it('allows one time-driven trigger per user per document, at most hourly', () => {
    const fake = createFake({ user: 'boss@example.com' });
    const { ScriptApp } = fake.globals;
    const t = ScriptApp.newTrigger('guishuDaily')
      .timeBased()
      .everyDays(1)
      .atHour(2)
      .nearMinute(30)
      .inTimezone(SH)
      .create();
    expect([t.getHandlerFunction(), String(t.getEventType()), t.getTriggerSourceId()]).toEqual([
      'guishuDaily',
      'CLOCK',
      null,
    ]);
    expect(t.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(() => ScriptApp.newTrigger('other').timeBased().everyHours(6).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(30)).toThrow('at most once per hour');
    expect(() => ScriptApp.newTrigger('x').timeBased().everyHours(3)).toThrow('1, 2, 4, 6, 8 or 12');
    expect(fake.triggers[0]).toMatchObject({
      owner: 'boss@example.com',
      schedule: { everyDays: 1, atHour: 2, timeZone: SH },
    });

    ScriptApp.newTrigger('guishuOnEdit').forSpreadsheet(fake.spreadsheet).onEdit().create();
    expect(() =>
      ScriptApp.newTrigger('guishuOnEdit').forSpreadsheet(fake.spreadsheet.getId()).onEdit().create(),
    ).toThrow('too many edit triggers');

    fake.setUser('agent@example.com');
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    ScriptApp.newTrigger('guishuDaily').timeBased().everyDays(1).create();
    expect(ScriptApp.getUserTriggers(fake.spreadsheet)).toHaveLength(1);
    fake.setUser('boss@example.com');
    const mine = ScriptApp.getProjectTriggers();
    expect(mine.map((x) => x.getHandlerFunction())).toEqual(['guishuDaily', 'guishuOnEdit']);
    ScriptApp.deleteTrigger(mine[0]);
    expect(fake.triggers.map((x) => `${x.owner} ${x.handler}`)).toEqual([
      'boss@example.com guishuOnEdit',
      'agent@example.com guishuDaily',
    ]);
  });
});

describe('Utilities.formatDate', () => {
  const { Utilities } = createFake().globals;
  const instant = new Date('2026-03-08T06:30:05Z');

  it('formats wall-clock fields in IANA zones', () => {
    expect(Utilities.formatDate(instant, SH, 'yyyy-MM-dd HH:mm:ss')).toBe('2026-03-08 14:30:05');
    expect(Utilities.formatDate(instant, 'America/New_York', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2026-03-08T01:30:05-05:00',
    );
    // The same zone after the DST change that night.
    expect(Utilities.formatDate(new Date('2026-03-08T08:00:00Z'), 'America/New_York', 'HH:mm Z')).toBe('04:00 -0400');
    expect(Utilities.formatDate(instant, SH, "'月结 'yyyy-MM")).toBe('月结 2026-03');
    expect(Utilities.formatDate(instant, 'GMT+8', 'd/M/yy EEE')).toBe('8/3/26 Sun');
  });

  it('keeps Java quirks: YYYY is the week year; unknown letters throw; strings are refused', () => {
    expect(Utilities.formatDate(new Date('2026-12-29T00:00:00Z'), 'UTC', 'YYYY yyyy')).toBe('2027 2026');
    expect(() => Utilities.formatDate(instant, SH, 'yyyy-MM-dd q')).toThrow("Illegal pattern character 'q'");
    expect(() => Utilities.formatDate('2026-01-01' as unknown as Date, SH, 'yyyy')).toThrow(
      "don't match the method signature",
    );
  });
});

describe('call counting and failure injection', () => {
  it('counts every call by Type.method', () => {
    const fake = createFake();
    register(fake);
    fake.calls.reset();
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    const sheet = ss.getSheetByName('来访登记')!;
    sheet.getDataRange().getValues();
    sheet.getRange(1, 5, 3, 1).setValues([['x'], ['y'], ['z']]);
    expect(fake.calls.all()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(fake.calls.total('Range.')).toBe(2);
    sheet.getRange('F1').setValue(1).setNumberFormat('0.00').setBackground('#eee');
    expect(fake.calls.total('Range.')).toBe(5);
    fake.calls.reset();
    expect(fake.calls.get('Range.getValues')).toBe(0);
  });

  it('fails the nth call on purpose and the failed write changes nothing', () => {
    const fake = createFake();
    const sheet = register(fake);
    const before = snapshot(fake.spreadsheet);
    fake.failOn('Range.setValues', { after: 1, error: 'Service unavailable: Spreadsheets' });
    sheet.getRange('E1').setValues([['first write works']]);
    const afterFirst = snapshot(fake.spreadsheet);
    expect(afterFirst).not.toEqual(before);
    expect(() => sheet.getRange('E2').setValues([['second fails']])).toThrow('Service unavailable: Spreadsheets');
    expect(snapshot(fake.spreadsheet)).toEqual(afterFirst);
    sheet.getRange('E2').setValues([['third works']]);
    expect(fake.calls.get('Range.setValues')).toBe(3);
  });
});

describe('authorization modes and scopes', () => {
  it('allows menus only in AuthMode.NONE', () => {
    const fake = createFake();
    const { SpreadsheetApp, PropertiesService, Session } = fake.globals;
    fake.run(
      () => {
        SpreadsheetApp.getUi().createAddonMenu().addItem('重新计算', 'guishuRecompute').addToUi();
        expect(Session.getActiveUserLocale()).toBe('zh_CN');
        expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
          'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
        );
        expect(() => PropertiesService.getDocumentProperties()).toThrow('permission');
        // issue 14 point 10: Google's table gives NONE menus, Logger, Utilities and the locale only
        expect(() => fake.globals.HtmlService.createHtmlOutput('<p>x</p>')).toThrow('permission');
        expect(() => Session.getScriptTimeZone()).toThrow('permission');
        expect(() => Session.getActiveUser()).toThrow('permission');
        fake.globals.Logger.log('allowed');
        expect(fake.globals.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
      },
      { authMode: 'NONE' },
    );
    expect(UiRecords.items(fake.ui.addonMenu)).toEqual([['重新计算', 'guishuRecompute']]);
    expect(fake.ui.addonMenu?.authMode).toBe('NONE');
  });

  it('checks the manifest scopes when given', () => {
    const fake = createFake({ scopes: [SCOPES.currentOnly, SCOPES.containerUi, SCOPES.scriptApp] });
    const { SpreadsheetApp, Session } = fake.globals;
    expect(SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
    expect(() => SpreadsheetApp.openById('fake-spreadsheet')).toThrow(`Required permissions: ${SCOPES.sheets}`);
    expect(() => Session.getActiveUser()).toThrow(`Required permissions: ${SCOPES.email}`);
  });

  it('issue 14 point 10: granted scopes may be fewer than declared (granular consent)', () => {
    const declared = [SCOPES.currentOnly, SCOPES.containerUi, SCOPES.scriptApp, SCOPES.email];
    const fake = createFake({ scopes: declared, granted: [SCOPES.currentOnly, SCOPES.containerUi] });
    const { ScriptApp, Session } = fake.globals;
    expect(() => Session.getActiveUser()).toThrow(`Required permissions: ${SCOPES.email}`);
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPES.currentOnly, SCOPES.scriptApp]);
    expect(String(info.getAuthorizationStatus())).toBe('REQUIRED');
    expect(plain(info.getAuthorizedScopes())).toEqual([SCOPES.currentOnly]);
    expect(
      String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPES.currentOnly]).getAuthorizationStatus()),
    ).toBe('NOT_REQUIRED');
    // requireScopes ends the execution with a consent prompt for what is missing.
    const ctx = {
      run: () => {
        ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPES.currentOnly, SCOPES.email]);
        return 'went on';
      },
    };
    expect(fake.call(ctx, 'run')).toBeUndefined();
    expect(fake.consentPrompts).toEqual([[SCOPES.email]]);
    fake.grant(declared);
    expect(fake.call(ctx, 'run')).toBe('went on');
  });

  it('issue 14 point 10: in an installable on-edit run a consumer editor is blank in e.user and getActiveUser()', () => {
    const fake = createFake({ user: 'boss@gmail.com', editors: ['desk@gmail.com'] });
    const seen: string[] = [];
    const ctx = {
      onEditHandler: (e: { user: { getEmail(): string } }) => {
        seen.push(
          e.user.getEmail(),
          fake.globals.Session.getActiveUser().getEmail(),
          fake.globals.Session.getEffectiveUser().getEmail(),
        );
      },
    };
    fake.globals.ScriptApp.newTrigger('onEditHandler').forSpreadsheet(fake.spreadsheet).onEdit().create();
    const cell = fake.spreadsheet.getSheets()[0].getRange('A1');
    fake.edit(ctx, cell, { value: 'x', user: 'desk@gmail.com' });
    expect(seen).toEqual(['', '', 'boss@gmail.com']);
    seen.length = 0;
    fake.edit(ctx, cell, { value: 'y', user: 'boss@gmail.com' });
    expect(seen).toEqual(['boss@gmail.com', 'boss@gmail.com', 'boss@gmail.com']);
  });

  it('issue 14 point 10: counts the cells written and refuses a cell over 50,000 characters', () => {
    const fake = createFake();
    const sheet = fake.spreadsheet.getSheets()[0];
    fake.calls.reset();
    sheet.getRange(1, 1, 3, 2).setValues([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(fake.cellsWritten).toBe(6);
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'more than the maximum of 50000 characters',
    );
    expect(fake.cellsWritten).toBe(6);
  });

  it('refuses getUi in a time-driven trigger run', () => {
    const fake = createFake();
    fake.run(
      () =>
        expect(() => fake.globals.SpreadsheetApp.getUi()).toThrow(
          'Cannot call SpreadsheetApp.getUi() from this context.',
        ),
      {
        kind: 'clock-trigger',
      },
    );
  });
});

describe('Ui, HtmlService and Session', () => {
  it('records menus, alerts with scripted answers, sidebars and dialogs', () => {
    const fake = createFake({ files: { Lookup: '<p>查询</p>' } });
    const { SpreadsheetApp, HtmlService } = fake.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('重新计算', 'guishuRecompute')
      .addSeparator()
      .addSubMenu(ui.createMenu('更多').addItem('帮助', 'showHelp'))
      .addToUi();
    expect(fake.ui.addonMenu?.items.map((i) => i.kind)).toEqual(['item', 'separator', 'submenu']);
    expect(fake.ui.missingHandlers({ guishuRecompute: () => undefined })).toEqual(['showHelp']);

    fake.ui.respond('NO');
    expect(ui.alert('归属', '覆盖?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('完成')).toBe(ui.Button.OK);
    expect(fake.ui.alerts.map((a) => [a.title, a.message, a.response])).toEqual([
      ['归属', '覆盖?', 'NO'],
      ['', '完成', 'OK'],
    ]);

    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Lookup').setTitle('查询客户'));
    ui.showModalDialog(
      HtmlService.createTemplateFromFile('Lookup.html').evaluate().setWidth(600).setHeight(400),
      '客户备案',
    );
    expect(fake.ui.dialogs).toMatchObject([
      { kind: 'sidebar', title: '查询客户', html: '<p>查询</p>' },
      { kind: 'modal', title: '客户备案', width: 600, height: 400 },
    ]);
    expect(() => ui.showSidebar('<p>raw</p>' as never)).toThrow("don't match the method signature");
    expect(() => HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    expect(() => HtmlService.createTemplate('<?= x ?>').evaluate()).toThrow('scriptlet');
  });

  it('lets a test choose the user, a blank email, and the effective user', () => {
    const fake = createFake({ user: 'boss@example.com' });
    const { Session } = fake.globals;
    expect(Session.getActiveUser().getEmail()).toBe('boss@example.com');
    fake.setUser('outsider@gmail.com', { hideEmail: true, effectiveUser: 'boss@example.com' });
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('boss@example.com');
    expect(Session.getTemporaryActiveUserKey()).not.toBe('');
    fake.setUser('');
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getScriptTimeZone()).toBe(SH);
  });

  it('builds edit events and runs installable triggers as their owner', () => {
    const fake = createFake({ user: 'boss@example.com', editors: ['agent@example.com'] });
    const sheet = register(fake);
    fake.globals.ScriptApp.newTrigger('stamp').forSpreadsheet(fake.spreadsheet).onEdit().create();
    const seen: unknown[] = [];
    const ctx = {
      stamp: (e: Record<string, unknown>) =>
        seen.push([
          String(e.authMode),
          e.value,
          e.oldValue,
          fake.globals.Session.getEffectiveUser().getEmail(),
          e.triggerUid,
        ]),
    };
    fake.setUser('agent@example.com');
    const outcomes = fake.edit(ctx, sheet.getRange('B3'), { value: '王女士' });
    expect(outcomes).toEqual([{ handler: 'stamp', user: 'boss@example.com', kind: 'installable', result: 1 }]);
    expect(seen).toEqual([['FULL', '王女士', undefined, 'boss@example.com', fake.triggers[0].uid]]);
    const e = fake.fireEdit(sheet.getRange('A2'));
    expect(e.value).toBe(String(46327)); // 2026-11-01 as a serial day
    expect(e.authMode).toBe(AuthMode.FULL);
    expect(fake.fireEdit(sheet.getRange('A2:B2'))).not.toHaveProperty('value');
  });
});

describe('seeding helpers', () => {
  it('seeds formulas with their values and snapshots values and formulas', () => {
    const fake = createFake();
    const sheet = sheetFromRows(fake.spreadsheet, 'F', [
      ['a', 1],
      ['b', 2],
    ]);
    seedFormula(sheet, 'B3', '=SUM(B1:B2)', 3);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[1], [2], [3]]);
    expect(snapshot(fake.spreadsheet).F).toEqual({
      values: [
        ['a', 1],
        ['b', 2],
        ['', 3],
      ],
      formulas: [
        ['', ''],
        ['', ''],
        ['', '=SUM(B1:B2)'],
      ],
      maxRows: 1000,
      maxColumns: 26,
    });
    expect(fake.values('F')[2]).toEqual(['', 3]);
  });
});

describe('loadBundle', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'guishu-fake-'));
  const bundle = (code: string) => {
    const file = path.join(dir, `Code-${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(file, code);
    return file;
  };

  it('runs a script with only the fake services and JavaScript built-ins', () => {
    const file = bundle(`
      var Guishu = (function () { return { probe: function () {
        return { URL: typeof URL, TextEncoder: typeof TextEncoder, setTimeout: typeof setTimeout,
                 require: typeof require, process: typeof process, atob: typeof atob, fetch: typeof fetch,
                 Buffer: typeof Buffer, JSON: typeof JSON, Intl: typeof Intl,
                 SpreadsheetApp: typeof SpreadsheetApp, console: typeof console }; } }; })();
      function probe() { return Guishu.probe(); }
      function readDate() {
        var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('来访登记').getRange('A2').getValue();
        var rows = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('来访登记').getDataRange().getValues();
        return { isDate: v instanceof Date, isArray: rows instanceof Array,
                 iso: Utilities.formatDate(v, 'Asia/Shanghai', 'yyyy-MM-dd') };
      }
      function failingWrite() {
        try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1, 2, 2).setValues([[1]]); }
        catch (e) { console.log('caught', e instanceof Error, e.message); return String(e); }
      }
      function onOpen(e) {
        var mode = e && e.authMode === ScriptApp.AuthMode.NONE ? 'NONE' : 'OTHER';
        SpreadsheetApp.getUi().createAddonMenu().addItem(mode, 'probe').addToUi();
      }
    `);
    const fake = createFake();
    register(fake);
    const ctx = loadBundle(file, fake);
    expect(plain(ctx.probe())).toEqual({
      URL: 'undefined',
      TextEncoder: 'undefined',
      setTimeout: 'undefined',
      require: 'undefined',
      process: 'undefined',
      atob: 'undefined',
      fetch: 'undefined',
      Buffer: 'undefined',
      JSON: 'object',
      Intl: 'object',
      SpreadsheetApp: 'object',
      console: 'object',
    });
    expect(plain(fake.call(ctx, 'readDate'))).toEqual({ isDate: true, isArray: true, iso: '2026-11-01' });
    // Arrays and Dates of the script's realm still compare with toEqual.
    expect(fake.spreadsheet.getSheetByName('来访登记')?.getRange('A2:B2').getValues()).toEqual([
      [shanghai(2026, 11, 1), '陈先生'],
    ]);
    expect(fake.call(ctx, 'failingWrite')).toBe(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(fake.logs.at(-1)?.text).toMatch(/^caught true The number of rows/);
    fake.open(ctx, 'NONE');
    expect(UiRecords.items(fake.ui.addonMenu)).toEqual([['NONE', 'probe']]);
    expect(fake.ui.missingHandlers(ctx)).toEqual([]);
  });

  it('gives every load fresh globals over the same spreadsheet', () => {
    const file = bundle(`
      var counter = 0;
      function bump() { counter += 1; PropertiesService.getDocumentProperties().setProperty('n', String(counter)); return counter; }
    `);
    const fake = createFake();
    expect(fake.call(loadBundle(file, fake), 'bump')).toBe(1);
    expect(fake.call(loadBundle(file, fake), 'bump')).toBe(1);
    expect(fake.properties.document.get('n')).toBe('1');
  });
});
