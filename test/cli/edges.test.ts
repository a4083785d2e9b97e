// Issue 16: the command line on every office's file, at every edge. Workbooks are written by
// exceljs (an independent implementation), by hand, and by LibreOffice (soffice --convert-to);
// annotated copies are read back with exceljs and converted back with LibreOffice.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { fsFailure, M, say } from '../../src/cli/messages';
import { openZip } from '../../src/cli/xlsx/zip';
import { BIN, ensureBuilt, expectOneLine, guishu, readXlsx, smallRegister, tempDir, writeXlsx } from './helpers';

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

/** A compound file as Office writes a password-protected workbook: EncryptionInfo and EncryptedPackage streams. */
function encryptedWorkbook(file: string): void {
  const sector = (n: number) => Buffer.alloc(512 * n, 0);
  const header = sector(1);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory in sector 1
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76); // the FAT in sector 0
  const fat = sector(1).fill(0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = sector(1);
  const entry = (i: number, name: string, type: number, left: number, right: number, child: number) => {
    const at = i * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(dir, at);
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1;
    dir.writeUInt32LE(left, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(0xfffffffe, at + 116);
  };
  const none = 0xffffffff;
  entry(0, 'Root Entry', 5, none, none, 1);
  entry(1, 'EncryptionInfo', 2, none, 2, none);
  entry(2, 'EncryptedPackage', 2, none, none, none);
  for (const at of [3 * 128 + 68, 3 * 128 + 72, 3 * 128 + 76]) dir.writeUInt32LE(none, at);
  writeFileSync(file, Buffer.concat([header, fat, dir]));
}

describe('issue 16.7: every failure in one plain line, in the user\'s language', () => {
  let book: string;
  beforeAll(async () => {
    book = at('fail.xlsx');
    await writeXlsx(book, smallRegister());
  });

  it('a password-protected workbook', () => {
    encryptedWorkbook(at('locked.xlsx'));
    const run = guishu(['annotate', at('locked.xlsx')]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/工作簿有密码保护：.*locked\.xlsx/);
    expect(expectOneLine(guishu(['annotate', at('locked.xlsx'), '--lang', 'en']))).toMatch(/password-protected/);
  });

  it('a truncated file', () => {
    const bytes = readFileSync(book);
    writeFileSync(at('cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const run = guishu(['annotate', at('cut.xlsx')]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/工作簿不完整或已损坏：.*cut\.xlsx/);
  });

  it('an .ods (written by LibreOffice)', () => {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp.dir}/lo-profile`, '--convert-to', 'ods', '--outdir', tmp.dir, book], { stdio: 'pipe', timeout: 120_000 });
    const run = guishu(['annotate', at('fail.ods')]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/OpenDocument 表格（\.ods）.*请另存为 \.xlsx/);
  }, 120_000);

  it('a file open in Excel (EBUSY/EPERM) reads 文件被占用，请关闭后重试', () => {
    for (const code of ['EBUSY', 'EPERM']) {
      const error = Object.assign(new Error(`${code}: resource busy or locked, open 'x.xlsx'`), { code });
      expect(say('zh', fsFailure(error, 'x.xlsx', M.cannotWrite('x.xlsx')))).toBe('文件被占用，请关闭后重试：x.xlsx');
    }
    expect(say('zh', fsFailure(Object.assign(new Error('?'), { code: 'EWHAT' }), 'x.xlsx', M.cannotWrite('x.xlsx')))).toBe('无法写入：x.xlsx');
  });

  it('an --out into a missing folder creates it', () => {
    const out = at('new/folder/deep/copy.xlsx');
    const run = guishu(['annotate', book, '--as-of', '2026-11-30', '--out', out]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('an --out onto a folder says so plainly', () => {
    mkdirSync(at('a-folder.xlsx'), { recursive: true });
    const run = guishu(['annotate', book, '--as-of', '2026-11-30', '--out', at('a-folder.xlsx')]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/^guishu: (这是一个文件夹|文件被占用|无法写入)/);
  });

  it('a policy file with a JSON syntax error gives its line and column in words', () => {
    writeFileSync(at('policy.json'), '{\n  "preset": "cross-customer",\n  "numbers" {}\n}\n');
    const run = guishu(['annotate', book, '--policy', at('policy.json')]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/策略文件不是有效的 JSON：.*policy\.json（第 3 行第 13 列附近有语法错误）$/);
    writeFileSync(at('cut.json'), '{"preset": "cross-customer",');
    expect(expectOneLine(guishu(['annotate', book, '--policy', at('cut.json'), '--lang', 'en']))).toMatch(/near line 1, column 29\)$/);
  });

  it('a closed pipe ends quietly: annotate --json - | head', () => {
    const out = execFileSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" annotate "${book}" --as-of 2026-11-30 --out "${at('pipe.xlsx')}" --json - 2>"${at('pipe.err')}" | head -c 20 >/dev/null; echo "rc=$?"`], { encoding: 'utf8' });
    expect(out.trim()).toBe('rc=0');
    const err = readFileSync(at('pipe.err'), 'utf8');
    expect(err).not.toMatch(/EPIPE|Error|\s+at\s/);
  });

  it('an empty lookup query is a usage error (exit 2)', () => {
    for (const query of ['', '   ']) {
      const run = guishu(['lookup', book, query]);
      expect(run.code).toBe(2);
      expect(expectOneLine(run)).toMatch(/要查询的电话或姓名是空的/);
    }
  });

  it('no library text: an argument parse failure names the option, not node\'s message', () => {
    const run = guishu(['annotate', book, '--help=yes']);
    expect(run.code).toBe(2);
    expect(expectOneLine(run)).toBe('guishu: 选项 --help 不带值');
  });
});

describe('issue 16.3: macro-enabled and template workbooks', () => {
  it('an .xlsm gives an .xlsm copy: content types and the VBA project kept byte for byte', async () => {
    const plain = at('macro-src.xlsx');
    await writeXlsx(plain, smallRegister());
    // Made macro-enabled the way Excel stores one: the main part's content type and a vbaProject part.
    const xlsm = at('macros.xlsm');
    const vba = Buffer.from('\u00d0\u00cf\u0011\u00e0 a VBA project stands here', 'latin1');
    await repack(plain, xlsm, (name, data) => {
      if (name === '[Content_Types].xml') {
        return Buffer.from(data.toString('utf8')
          .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
          .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
      }
      if (name === 'xl/_rels/workbook.xml.rels') {
        return Buffer.from(data.toString('utf8').replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
      }
      return data;
    }, { 'xl/vbaProject.bin': vba });
    const run = guishu(['annotate', xlsm, '--as-of', '2026-11-30']);
    expect(run.code).toBe(0);
    const out = at('macros.guishu.xlsm');
    expect(existsSync(out)).toBe(true);
    const types = await part(out, '[Content_Types].xml');
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(types).toContain('application/vnd.ms-office.vbaProject');
    const zip = await openZip(out);
    try {
      const chunks: Buffer[] = [];
      for await (const c of await zip.stream('xl/vbaProject.bin')) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).equals(vba)).toBe(true);
    } finally {
      zip.close();
    }
    expect(await part(out, 'xl/_rels/workbook.xml.rels')).toContain('vbaProject.bin');
    // An .xlsm copy named .xlsx would not open in Excel: refused before any work.
    const wrong = guishu(['annotate', xlsm, '--out', at('macros.xlsx')]);
    expect(wrong.code).toBe(2);
    expect(expectOneLine(wrong)).toMatch(/--out 的扩展名须与输入相同（\.xlsm）/);
  });

  it('a bordered template keeps its format where Guishu writes nothing; Guishu\'s cells share one style', async () => {
    const book = at('template.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('来访登记');
    smallRegister()[0].rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    const thin = { style: 'thin' as const };
    // A template bordered down to row 30 and across H..M, where Guishu's columns will go.
    for (let r = 1; r <= 30; r++) for (let c = 1; c <= 13; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    ws.getCell(3, 9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    await wb.xlsx.writeFile(book);
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', at('template.out.xlsx')]).code).toBe(0);
    const back = (await readXlsx(at('template.out.xlsx'))).getWorksheet('来访登记') as ExcelJS.Worksheet;
    // Below the data, and in own cells Guishu leaves empty: the template's border stays.
    expect(back.getCell(20, 9).border?.left?.style).toBe('thin');
    expect(back.getCell(30, 13).border?.bottom?.style).toBe('thin');
    expect(back.getCell(20, 9).value).toBeNull();
    // Every data cell Guishu wrote has one style, whatever the template had there.
    const written: string[] = [];
    for (let r = 2; r <= 8; r++) for (let c = 8; c <= 13; c++) if (back.getCell(r, c).value !== null) written.push(JSON.stringify(back.getCell(r, c).style ?? {}));
    expect(written.length).toBeGreaterThan(5);
    expect(new Set(written).size).toBe(1);
  });
});

describe('issue 16.8: lookup says which preset and as-of day it judged by', () => {
  it('prints them first, and the JSON carries the preset beside asOf', async () => {
    const book = at('lookup.xlsx');
    await writeXlsx(book, smallRegister());
    const run = guishu(['lookup', book, '13800138000', '--as-of', '2026-11-30', '--preset', 'cross-customer']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^按预设 cross-customer（?.*判定日 2026-11-30 判定$/);
    const json = JSON.parse(guishu(['lookup', book, '13800138000', '--as-of', '2026-11-30', '--json']).stdout);
    expect(json).toEqual(expect.objectContaining({ asOf: '2026-11-30', preset: 'cross-customer' }));
  });
});

/** Copies a package entry by entry through `change`, adding `extra` parts. */
async function repack(from: string, to: string, change: (name: string, data: Buffer) => Buffer, extra: Record<string, Buffer> = {}): Promise<void> {
  const zip = await openZip(from);
  const out = new yazl.ZipFile();
  try {
    for (const name of zip.names) {
      const chunks: Buffer[] = [];
      for await (const c of await zip.stream(name)) chunks.push(c as Buffer);
      out.addBuffer(change(name, Buffer.concat(chunks)), name);
    }
  } finally {
    zip.close();
  }
  for (const [name, data] of Object.entries(extra)) out.addBuffer(data, name);
  out.end();
  await new Promise<void>((resolve, reject) => {
    const sink = createWriteStream(to);
    sink.once('close', resolve);
    sink.once('error', reject);
    out.outputStream.pipe(sink);
  });
}

describe('issue 16: a workbook LibreOffice wrote, annotated, and opened again by LibreOffice', () => {
  it('reads the LibreOffice-written register and LibreOffice shows Guishu\'s values in the copy', async () => {
    const src = at('lo-src.xlsx');
    await writeXlsx(src, smallRegister());
    const lo = tempDir();
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${lo.dir}/profile`, '--convert-to', 'xlsx', '--outdir', lo.dir, src], { stdio: 'pipe', timeout: 120_000 });
      const written = path.join(lo.dir, 'lo-src.xlsx');
      expect(await part(written, 'docProps/app.xml')).toMatch(/LibreOffice/);
      const out = at('lo.guishu.xlsx');
      const run = guishu(['annotate', written, '--as-of', '2026-11-30', '--out', out]);
      expect(run.code).toBe(0);
      const lines = viaLibreOffice(out, 1, lo.dir);
      expect(lines[0]?.split(',').slice(7)).toEqual(OWN_ZH);
      expect(lines[1]).toContain('张三');
    } finally {
      lo.cleanup();
    }
  }, 180_000);
});
