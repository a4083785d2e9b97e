// Issue 16: the command line on every office's file, at every edge. Workbooks are written by
// exceljs (an independent implementation), by hand, and by LibreOffice (soffice --convert-to);
// annotated copies are read back with exceljs and converted back with LibreOffice.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openZip } from '../../src/cli/xlsx/zip';
import { ensureBuilt, guishu, readXlsx, smallRegister, tempDir, writeXlsx } from './helpers';

const OWN_ZH = ['归属人', '归属状态', '业绩分成', '佣金分成', '保护到期', '判定依据'];
const tmp = tempDir();
beforeAll(ensureBuilt);
afterAll(tmp.cleanup);
const at = (name: string) => path.join(tmp.dir, name);

async function part(file: string, name: string): Promise<string> {
  const zip = await openZip(file);
  try {
    return await zip.text(name);
  } finally {
    zip.close();
  }
}

/** LibreOffice's own reading of one sheet, as CSV lines. */
function viaLibreOffice(file: string, sheet: number, dir: string): string[] {
  // Filter options: comma, quote, UTF-8, first line 1, default formats; then the sheet number.
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`, '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  const base = path.basename(file).replace(/\.\w+$/, '');
  // LibreOffice names the file after the sheet (`base-汇总.csv`) when one sheet is asked for.
  const found = readdirSync(dir).filter((f) => f.startsWith(base) && f.endsWith('.csv'));
  expect(found).toHaveLength(1);
  return readFileSync(path.join(dir, found[0] as string), 'utf8').split(/\r?\n/).filter(Boolean);
}

describe('issue 16.1: a column the manager inserts among Guishu\'s columns survives a rerun', () => {
  it('keeps the inserted column and its values, and own columns stay found by header', async () => {
    const book = at('insert.xlsx');
    await writeXlsx(book, smallRegister());
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', at('insert.1.xlsx')]).code).toBe(0);
    // The manager inserts 经理批注 between 归属状态 (I) and 业绩分成 (J).
    const wb = await readXlsx(at('insert.1.xlsx'));
    const ws = wb.getWorksheet('来访登记') as ExcelJS.Worksheet;
    expect(ws.getCell(1, 8).value).toBe('归属人');
    ws.spliceColumns(10, 0, ['经理批注', '已电话', '未接', '已电话', '约看房', '', '', '再联系']);
    await wb.xlsx.writeFile(at('insert.2.xlsx'));
    const run = guishu(['annotate', at('insert.2.xlsx'), '--as-of', '2026-11-30', '--out', at('insert.3.xlsx')]);
    expect(run.code).toBe(0);
    const back = (await readXlsx(at('insert.3.xlsx'))).getWorksheet('来访登记') as ExcelJS.Worksheet;
    const header = Array.from({ length: 15 }, (_, i) => back.getCell(1, i + 1).value);
    expect(header.slice(7)).toEqual(['归属人', '归属状态', '经理批注', '业绩分成', '佣金分成', '保护到期', '判定依据', null]);
    expect(back.getCell(2, 10).value).toBe('已电话');
    expect(back.getCell(5, 10).value).toBe('约看房');
    expect(back.getCell(2, 8).value).toBe('张三');
    expect(String(back.getCell(2, 14).value)).toMatch(/^\[/);
  });
});

describe('issue 16.5: own columns never land in hidden or grouped columns', () => {
  it('places new own columns after a hidden range and a grouped range', async () => {
    const book = at('hidden.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('来访登记');
    smallRegister()[0].rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    // H hidden, I..J grouped (outline level 1), both empty.
    ws.getColumn(8).hidden = true;
    ws.getColumn(9).outlineLevel = 1;
    ws.getColumn(10).outlineLevel = 1;
    await wb.xlsx.writeFile(book);
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', at('hidden.out.xlsx')]).code).toBe(0);
    const back = (await readXlsx(at('hidden.out.xlsx'))).getWorksheet('来访登记') as ExcelJS.Worksheet;
    expect([8, 9, 10].map((c) => back.getCell(1, c).value)).toEqual([null, null, null]);
    expect(Array.from({ length: 6 }, (_, i) => back.getCell(1, 11 + i).value)).toEqual(OWN_ZH);
    expect(back.getColumn(11).hidden).toBe(false);
  });
});

describe('issue 16.2: formulas show fresh values', () => {
  it('asks Excel to recalculate on open and leaves LibreOffice no stale result to show', async () => {
    const book = at('formula.xlsx');
    const wb = new ExcelJS.Workbook();
    const reg = wb.addWorksheet('来访登记');
    smallRegister()[0].rows.forEach((row, r) => row.forEach((v, c) => v !== null && (reg.getCell(r + 1, c + 1).value = v)));
    // The manager's count over Guishu's 归属人 column, with the stale result of an older run.
    const sum = wb.addWorksheet('汇总');
    sum.getCell('A1').value = '张三的记录';
    sum.getCell('B1').value = { formula: 'COUNTIF(来访登记!H:H,"张三")', result: 99 };
    await wb.xlsx.writeFile(book);
    const out = at('formula.out.xlsx');
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', out]).code).toBe(0);
    expect(await part(out, 'xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    const sheet2 = await part(out, 'xl/worksheets/sheet2.xml');
    expect(sheet2).toContain('COUNTIF');
    expect(sheet2).not.toContain('<v>99</v>');
    // The register's own formula (备注 = IF(成交金额…)) is not a field Guishu reads: recalculated too.
    const lo = tempDir();
    try {
      const lines = viaLibreOffice(out, 2, lo.dir);
      const zhang = (await readXlsx(out)).getWorksheet('来访登记') as ExcelJS.Worksheet;
      const count = Array.from({ length: 8 }, (_, r) => zhang.getCell(r + 2, 8).value).filter((v) => v === '张三').length;
      expect(count).toBeGreaterThan(0);
      expect(lines[0]).toBe(`张三的记录,${count}`);
    } finally {
      lo.cleanup();
    }
  }, 120_000);
});
