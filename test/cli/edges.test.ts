// Issue 16: the command line on every office's file, at every edge. Workbooks are written by
// exceljs (an independent implementation), by hand, and by LibreOffice (soffice --convert-to);
// annotated copies are read back with exceljs and converted back with LibreOffice.
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import yazl from 'yazl';
import { closeWorkbook, loadWorkbook } from '../../src/cli/workbook';
import { fsFailure, M, say } from '../../src/cli/messages';
import { openZip } from '../../src/cli/xlsx/zip';
import { BIN, ensureBuilt, expectOneLine, guishu, readXlsx, smallRegister, tempDir, writeXlsx } from './helpers';
import { REGISTER_OWN_ZH } from '../helpers/ownColumns';

// The register's own columns: today's standing, then the judgment at the row (issue 13).
const OWN_ZH = REGISTER_OWN_ZH;
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
/** LibreOffice converts `file` into `dir` as `format` (its own profile there, so runs never share one). */
function loConvert(file: string, format: string, dir: string): void {
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', format, '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

function viaLibreOffice(file: string, sheet: number, dir: string): string[] {
  // Filter options: comma, quote, UTF-8, first line 1, default formats; then the sheet number.
  loConvert(file, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`, dir);
  const base = path.basename(file).replace(/\.\w+$/, '');
  // LibreOffice names the file after the sheet (`base-汇总.csv`) when one sheet is asked for.
  const found = readdirSync(dir).filter((f) => f.startsWith(base) && f.endsWith('.csv'));
  expect(found).toHaveLength(1);
  return readFileSync(path.join(dir, found[0] as string), 'utf8')
    .split(/\r?\n/)
    .filter(Boolean);
}

describe("issue 16.1: a column the manager inserts among Guishu's columns survives a rerun", () => {
  it('keeps the inserted column and its values, and own columns stay found by header', async () => {
    const book = at('insert.xlsx');
    await writeXlsx(book, smallRegister());
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', at('insert.1.xlsx')]).code).toBe(0);
    // The manager inserts 经理批注 between 当时状态 (L) and 业绩分成 (M).
    const wb = await readXlsx(at('insert.1.xlsx'));
    const ws = wb.getWorksheet('来访登记') as ExcelJS.Worksheet;
    expect(ws.getCell(1, 8).value).toBe('当前归属');
    ws.spliceColumns(13, 0, ['经理批注', '已电话', '未接', '已电话', '约看房', '', '', '再联系']);
    await wb.xlsx.writeFile(at('insert.2.xlsx'));
    const run = guishu(['annotate', at('insert.2.xlsx'), '--as-of', '2026-11-30', '--out', at('insert.3.xlsx')]);
    expect(run.code).toBe(0);
    const back = (await readXlsx(at('insert.3.xlsx'))).getWorksheet('来访登记') as ExcelJS.Worksheet;
    const header = Array.from({ length: 18 }, (_, i) => back.getCell(1, i + 1).value);
    expect(header.slice(7)).toEqual([
      '当前归属',
      '当前状态',
      '剩余天数',
      '当时归属',
      '当时状态',
      '经理批注',
      '业绩分成',
      '佣金分成',
      '当时保护到期',
      '判定依据',
      null,
    ]);
    expect(back.getCell(2, 13).value).toBe('已电话');
    expect(back.getCell(5, 13).value).toBe('约看房');
    expect(back.getCell(2, 11).value).toBe('张三');
    expect(String(back.getCell(2, 17).value)).toMatch(/^\[/);
  });
});

describe('issue 16.5: own columns never land in hidden or grouped columns', () => {
  it('places new own columns after a hidden range and a grouped range', async () => {
    const book = at('hidden.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('来访登记');
    smallRegister()[0].rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)),
    );
    // H hidden, I..J grouped (outline level 1), both empty.
    ws.getColumn(8).hidden = true;
    ws.getColumn(9).outlineLevel = 1;
    ws.getColumn(10).outlineLevel = 1;
    await wb.xlsx.writeFile(book);
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', at('hidden.out.xlsx')]).code).toBe(0);
    const back = (await readXlsx(at('hidden.out.xlsx'))).getWorksheet('来访登记') as ExcelJS.Worksheet;
    expect([8, 9, 10].map((c) => back.getCell(1, c).value)).toEqual([null, null, null]);
    expect(Array.from({ length: OWN_ZH.length }, (_, i) => back.getCell(1, 11 + i).value)).toEqual(OWN_ZH);
    expect(back.getColumn(11).hidden).toBe(false);
  });
});

describe('issue 16.2: formulas show fresh values', () => {
  it('asks Excel to recalculate on open and leaves LibreOffice no stale result to show', async () => {
    const book = at('formula.xlsx');
    const wb = new ExcelJS.Workbook();
    const reg = wb.addWorksheet('来访登记');
    smallRegister()[0].rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (reg.getCell(r + 1, c + 1).value = v)),
    );
    // The manager's count over Guishu's 当前归属 column, with the stale result of an older run.
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
      const count = Array.from({ length: 8 }, (_, r) => zhang.getCell(r + 2, 8).value).filter(
        (v) => v === '张三',
      ).length;
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

describe("issue 16.7: every failure in one plain line, in the user's language", () => {
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
    loConvert(book, 'ods', tmp.dir);
    const run = guishu(['annotate', at('fail.ods')]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/OpenDocument 表格（\.ods）.*请另存为 \.xlsx/);
  }, 120_000);

  it('a file open in Excel (EBUSY/EPERM) reads 文件被占用，请关闭后重试', () => {
    for (const code of ['EBUSY', 'EPERM']) {
      const error = Object.assign(new Error(`${code}: resource busy or locked, open 'x.xlsx'`), { code });
      expect(say('zh', fsFailure(error, 'x.xlsx', M.cannotWrite('x.xlsx')))).toBe('文件被占用，请关闭后重试：x.xlsx');
    }
    expect(
      say('zh', fsFailure(Object.assign(new Error('?'), { code: 'EWHAT' }), 'x.xlsx', M.cannotWrite('x.xlsx'))),
    ).toBe('无法写入：x.xlsx');
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
    expect(expectOneLine(guishu(['annotate', book, '--policy', at('cut.json'), '--lang', 'en']))).toMatch(
      /near line 1, column 29\)$/,
    );
  });

  it('a closed pipe ends quietly: annotate --json - | head', () => {
    const out = execFileSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" "${BIN}" annotate "${book}" --as-of 2026-11-30 --out "${at('pipe.xlsx')}" --json - 2>"${at('pipe.err')}" | head -c 20 >/dev/null; echo "rc=$?"`,
      ],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('rc=0');
    const err = readFileSync(at('pipe.err'), 'utf8');
    expect(err).not.toMatch(/EPIPE|Error|\s+at\s/);
  });

  it('files are written before the terminal lines: diff --out and month --json survive `| head -n 1`', async () => {
    const cases = [
      {
        args: `diff "${book}" --preset cross-customer --preset dafang --as-of 2026-11-30 --out "${at('pipe-diff.xlsx')}"`,
        file: at('pipe-diff.xlsx'),
      },
      {
        args: `month "${book}" 2026-11 --out "${at('pipe-month.xlsx')}" --json "${at('pipe-month.json')}"`,
        file: at('pipe-month.json'),
      },
    ];
    for (const c of cases) {
      for (let i = 0; i < 3; i++) {
        const out = execFileSync(
          'bash',
          ['-c', `"${process.execPath}" "${BIN}" ${c.args} | head -n 1 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`],
          { encoding: 'utf8' },
        );
        expect(out.trim()).toBe('rc=0');
        expect(readFileSync(c.file).length).toBeGreaterThan(100);
      }
    }
    expect((await readXlsx(at('pipe-diff.xlsx'))).worksheets.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(at('pipe-month.json'), 'utf8')).preset).toBe('cross-customer');
  });

  it('an empty lookup query is a usage error (exit 2)', () => {
    for (const query of ['', '   ']) {
      const run = guishu(['lookup', book, query]);
      expect(run.code).toBe(2);
      expect(expectOneLine(run)).toMatch(/要查询的电话或姓名是空的/);
    }
  });

  it("no library text: an argument parse failure names the option, not node's message", () => {
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
    await repack(
      plain,
      xlsm,
      (name, data) => {
        if (name === '[Content_Types].xml') {
          return Buffer.from(
            data
              .toString('utf8')
              .replace(
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
                'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
              )
              .replace(
                '</Types>',
                '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
              ),
          );
        }
        if (name === 'xl/_rels/workbook.xml.rels') {
          return Buffer.from(
            data
              .toString('utf8')
              .replace(
                '</Relationships>',
                '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
              ),
          );
        }
        return data;
      },
      { 'xl/vbaProject.bin': vba },
    );
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

  it("a bordered template keeps its format where Guishu writes nothing; Guishu's cells share one style", async () => {
    const book = at('template.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('来访登记');
    smallRegister()[0].rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)),
    );
    const thin = { style: 'thin' as const };
    // A template bordered down to row 30 and across H..M, where Guishu's columns will go.
    for (let r = 1; r <= 30; r++)
      for (let c = 1; c <= 13; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
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
    for (let r = 2; r <= 8; r++)
      for (let c = 8; c <= 13; c++)
        if (back.getCell(r, c).value !== null) written.push(JSON.stringify(back.getCell(r, c).style ?? {}));
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
async function repack(
  from: string,
  to: string,
  change: (name: string, data: Buffer) => Buffer,
  extra: Record<string, Buffer> = {},
): Promise<void> {
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
  it("reads the LibreOffice-written register and LibreOffice shows Guishu's values in the copy", async () => {
    const src = at('lo-src.xlsx');
    await writeXlsx(src, smallRegister());
    const lo = tempDir();
    try {
      loConvert(src, 'xlsx', lo.dir);
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

describe('issue 16.6: XML read as XML', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const DECL = "<?xml version='1.0' encoding='UTF-8'?>\n";

  /** A register as a hand-rolled writer might make it: single quotes, odd prefixes, entities, CDATA, comments. */
  function oddPackage(): Record<string, string> {
    return {
      '[Content_Types].xml':
        `${DECL}<ct:Types xmlns:ct='http://schemas.openxmlformats.org/package/2006/content-types'>` +
        "<ct:Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>" +
        "<ct:Default Extension='xml' ContentType='application/xml'/>" +
        "<ct:Override PartName='/xl/workbook.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'/>" +
        "<ct:Override PartName='/xl/worksheets/s1.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'/>" +
        "<ct:Override PartName='/xl/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'/>" +
        "<ct:Override PartName='/xl/calcChain.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml'/>" +
        '</ct:Types>',
      '_rels/.rels': `${DECL}<Relationships xmlns='${PKG}'><Relationship Target='xl/workbook.xml' Id='rId1' Type='${REL}/officeDocument'/></Relationships>`,
      'xl/workbook.xml':
        `${DECL}<s:workbook xmlns:s='${MAIN}' xmlns:rel='${REL}'><s:workbookPr date1904='false'/>` +
        // A name with an entity, and an attribute value holding `>` and `/>`.
        "<s:sheets><s:sheet name='来访登记' sheetId='1' rel:id='rIdA' s:note='a > b /> c'/></s:sheets><s:calcPr calcId='0'/></s:workbook>",
      'xl/_rels/workbook.xml.rels':
        `${DECL}<Relationships xmlns='${PKG}'>` +
        `<Relationship Id='rIdA' Type='${REL}/worksheet' Target='worksheets/s1.xml'/>` +
        `<Relationship Id='rIdS' Type='${REL}/styles' Target='styles.xml'/>` +
        `<Relationship Id='rIdC' Type='${REL}/calcChain' Target='calcChain.xml'/>` +
        '</Relationships>',
      'xl/styles.xml':
        `${DECL}<s:styleSheet xmlns:s='${MAIN}'><s:fonts count='1'><s:font><s:sz val='11'/></s:font></s:fonts>` +
        "<s:cellXfs count='2'><s:xf numFmtId='0' fontId='0'/><s:xf numFmtId='14' fontId='0'/></s:cellXfs></s:styleSheet>",
      'xl/calcChain.xml': `${DECL}<calcChain xmlns='${MAIN}'><c r='A1' i='1'/></calcChain>`,
      'xl/worksheets/s1.xml':
        `${DECL}<s:worksheet xmlns:s='${MAIN}'><s:dimension ref='A1:E3'/><s:cols><s:col min='1' max='1' width='12' s:tip='x > y'/></s:cols><s:sheetData>` +
        "<!-- written by hand --><s:row r='1' spans='1:5'>" +
        "<s:c r='A1' t='inlineStr'><s:is><s:t>日期</s:t></s:is></s:c><s:c r='B1' t='inlineStr'><s:is><s:t><![CDATA[客户姓名]]></s:t></s:is></s:c>" +
        "<s:c r='C1' t='inlineStr'><s:is><s:t>联系&#30005;话</s:t></s:is></s:c><s:c r='D1' t='inlineStr'><s:is><s:t>置业顾问</s:t></s:is></s:c>" +
        "<s:c r='E1' t='inlineStr'><s:is><s:t>备&#x6CE8;</s:t></s:is></s:c></s:row>\n" +
        "<s:row r='2'><s:c r='A2' s='1'><s:v>46327</s:v></s:c><s:c r='B2' t='inlineStr'><s:is><s:t>陈&amp;陈</s:t></s:is></s:c>" +
        "<s:c r='C2' t='inlineStr'><s:is><s:t>13800138000</s:t></s:is></s:c><s:c r='D2' t='inlineStr'><s:is><s:t xml:space='preserve'>张三</s:t></s:is></s:c>" +
        "<s:c r='E2' t='str'><s:f>B2&amp;\"!\"</s:f><s:v>陈&amp;陈!</s:v></s:c></s:row>" +
        '<!-- a comment between rows -->' +
        "<s:row r='3'><s:c r='A3' s='1'><s:v>46330</s:v></s:c><s:c r='B3' t='inlineStr'><s:is><s:t>王&lt;五&gt;</s:t></s:is></s:c>" +
        "<s:c r='C3' t='inlineStr'><s:is><s:t>13700137000</s:t></s:is></s:c><s:c r='D3' t='inlineStr'><s:is><s:t>李四</s:t></s:is></s:c></s:row>" +
        "</s:sheetData><s:mergeCells count='0'/></s:worksheet>",
    };
  }

  it('reads single quotes, prefixes, entities, character references, CDATA and comments, and writes a copy a real XML parser reads', async () => {
    const file = at('odd.xlsx');
    const zip = new yazl.ZipFile();
    for (const [name, text] of Object.entries(oddPackage())) zip.addBuffer(Buffer.from(text, 'utf8'), name);
    zip.end();
    await new Promise<void>((resolve, reject) => {
      const sink = createWriteStream(file);
      sink.once('close', resolve);
      sink.once('error', reject);
      zip.outputStream.pipe(sink);
    });
    const out = at('odd.guishu.xlsx');
    const run = guishu(['annotate', file, '--as-of', '2026-11-30', '--json', at('odd.json')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(at('odd.json'), 'utf8'));
    expect(report.customers.map((c: { name: string }) => c.name).sort()).toEqual(['王<五>', '陈&陈']);
    // Every part of the copy is well-formed to a real XML parser (saxes, namespace-aware).
    const copy = await openZip(out);
    try {
      for (const name of copy.names) {
        const parser = new SaxesParser({ xmlns: true });
        let failed: Error | null = null;
        parser.on('error', (e) => {
          failed ??= e;
        });
        parser.write(await copy.text(name)).close();
        expect([name, failed]).toEqual([name, null]);
      }
    } finally {
      copy.close();
    }
    // And read back: own columns after the manager's, values decoded.
    const { workbook: wb, grids } = await loadWorkbook(out);
    closeWorkbook(wb);
    const grid = grids[0]?.values as unknown[][];
    expect(grid[0]?.slice(5)).toEqual(OWN_ZH);
    expect(grid[1]?.slice(1, 5)).toEqual(['陈&陈', '13800138000', '张三', '陈&陈!']);
    // 当时归属, the owner right after that row (today's standing comes first).
    expect(grid[1]?.[8]).toBe('张三');
    const workbook = await part(out, 'xl/workbook.xml');
    expect(workbook).toMatch(/<s:calcPr calcId='0' fullCalcOnLoad="1"\/>/);
    expect(await part(out, '[Content_Types].xml')).not.toContain('calcChain');
    expect(await part(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await part(out, 'xl/worksheets/s1.xml')).toMatch(/<s:dimension ref="A1:N3"\/>/);
    expect(await part(out, 'xl/styles.xml')).toMatch(/<s:fonts count='2'>.*<s:cellXfs count='3'>/s);
  });
});

describe('issue 16.6: a stray value at XFD or on row 1,048,576 neither crashes nor costs gigabytes', () => {
  /** Peak resident memory of one `guishu` run, in MB, from the process itself. */
  function measured(args: string[]): { code: number | null; stderr: string; mb: number } {
    const probe = `process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(args)}]; require(${JSON.stringify(BIN)});`;
    const r = spawnSync(process.execPath, ['-e', probe], {
      encoding: 'utf8',
      env: { ...process.env, GUISHU_DEBUG: '' },
    });
    const kb = Number(/RSS (\d+)/.exec(r.stderr)?.[1]);
    return { code: r.status, stderr: r.stderr.replace(/\nRSS \d+\n/, ''), mb: kb / 1024 };
  }

  it('a 20k-row register with values at row 1,048,576 and a notes sheet with one at XFD1048576: under 1 GB', async () => {
    const plain = at('stray-src.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plain });
    const reg = writer.addWorksheet('来访登记');
    reg.addRow(['日期', '客户姓名', '联系电话', '置业顾问']).commit();
    for (let i = 0; i < 20_000; i++)
      reg
        .addRow([
          new Date(Date.UTC(2026, i % 12, 1 + (i % 28))),
          `客户${i}`,
          String(13_000_000_000 + i),
          `顾问${i % 7}`,
        ])
        .commit();
    reg.commit();
    const notes = writer.addWorksheet('备注');
    notes.addRow(['说明']).commit();
    notes.commit();
    await writer.commit();
    // The stray cells, as a slip of the hand leaves them: the last row, the last column.
    const stray = (ref: string, text: string) =>
      `<row r="1048576"><c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`;
    const file = at('stray.xlsx');
    await repack(plain, file, (name, data) => {
      if (name === 'xl/worksheets/sheet1.xml')
        return Buffer.from(data.toString('utf8').replace('</sheetData>', stray('B1048576', '迷路的值')));
      if (name === 'xl/worksheets/sheet2.xml')
        return Buffer.from(data.toString('utf8').replace('</sheetData>', stray('XFD1048576', '最远的格')));
      return data;
    });
    const run = measured(['annotate', file, '--as-of', '2026-11-30', '--out', at('stray.out.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.mb).toBeLessThan(1024);
  }, 240_000);

  it('a stray value at XFD on the register itself: one plain line, no crash', async () => {
    const file = at('xfd.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('来访登记');
    smallRegister()[0].rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)),
    );
    ws.getCell(4, 16_384).value = 'x';
    await wb.xlsx.writeFile(file);
    const run = measured(['annotate', file, '--as-of', '2026-11-30', '--out', at('xfd.out.xlsx')]);
    expect(run.code).toBe(1);
    expect(expectOneLine({ code: run.code, stdout: '', stderr: run.stderr })).toMatch(/最后一列（XFD）/);
    expect(run.mb).toBeLessThan(1024);
  }, 120_000);
});

describe("issue 16.4: a manager's sheet is never taken for Guishu's", () => {
  const sheetNames = async (file: string) => (await readXlsx(file)).worksheets.map((w) => w.name);

  it("keeps a manager's 问题 and 冲突, writes its own beside them, marked, and finds them again after a LibreOffice round trip", async () => {
    const book = at('own.xlsx');
    await writeXlsx(book, [
      ...smallRegister(),
      { name: '问题', rows: [['经理的问题清单'], ['停车位不够']] },
      { name: '冲突', rows: [['经理记的冲突']] },
    ]);
    const first = at('own.1.xlsx');
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', first]).code).toBe(0);
    expect(await sheetNames(first)).toEqual([
      '来访登记',
      '问题',
      '冲突',
      '客户归属总表',
      '冲突 (归属)',
      '问题 (归属)',
      '变更日志',
      '规则说明',
    ]);
    const wb = await readXlsx(first);
    expect(wb.getWorksheet('问题')!.getCell('A2').value).toBe('停车位不够');
    expect(wb.getWorksheet('问题 (归属)')!.getCell('A1').value).toBe('表');
    const marks = await part(first, 'xl/workbook.xml');
    expect(marks).toContain(
      '<definedName name="_guishu_issues" localSheetId="5" hidden="1">\'问题 (归属)\'!$A$1</definedName>',
    );
    expect(marks).toContain('name="_guishu_customers" localSheetId="3"');

    // A rerun replaces its own sheets (found by their marks), never the manager's.
    const second = at('own.2.xlsx');
    expect(guishu(['annotate', first, '--as-of', '2026-11-30', '--out', second]).code).toBe(0);
    expect(await sheetNames(second)).toEqual(await sheetNames(first));
    expect((await readXlsx(second)).getWorksheet('问题')!.getCell('A2').value).toBe('停车位不够');

    // Marks survive LibreOffice: it keeps hidden sheet-scoped names when it saves an xlsx.
    const lo = tempDir();
    try {
      loConvert(second, 'xlsx', lo.dir);
      const viaLo = path.join(lo.dir, 'own.2.xlsx');
      expect(await part(viaLo, 'xl/workbook.xml')).toMatch(/_guishu_issues/);
      const third = at('own.3.xlsx');
      const run = guishu(['annotate', viaLo, '--as-of', '2026-11-30', '--out', third]);
      expect(run.stderr).toBe('');
      expect(await sheetNames(third)).toEqual(await sheetNames(first));
    } finally {
      lo.cleanup();
    }
  }, 180_000);

  it("takes an unmarked sheet written before marks for its own only when its head is exactly Guishu's", async () => {
    const book = at('legacy.xlsx');
    await writeXlsx(book, [
      ...smallRegister(),
      {
        name: '问题',
        rows: [
          ['表', '行', '字段', '级别', '说明'],
          ['来访登记', 9, '日期', '错误', '旧的'],
        ],
      },
    ]);
    const out = at('legacy.out.xlsx');
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', out]).code).toBe(0);
    const names = await sheetNames(out);
    expect(names.filter((n) => n.startsWith('问题'))).toEqual(['问题']);
    expect(await part(out, 'xl/workbook.xml')).toContain(
      '<definedName name="_guishu_issues" localSheetId="1" hidden="1">',
    );
  });
});

describe('issue 16.10: several files, one history', () => {
  it('judges two workbooks as one history: one customer across files, evidence names its file, one copy per input, one report', async () => {
    const [reg] = smallRegister();
    const head = reg!.rows[0]!;
    // The year's first visits in one file, the deal in another (a file per site or per period).
    await writeXlsx(at('site-a.xlsx'), [{ name: '来访登记', rows: [head, ...reg!.rows.slice(1, 3)] }]);
    await writeXlsx(at('site-b.xlsx'), [{ name: '来访登记', rows: [head, ...reg!.rows.slice(3)] }]);
    const outDir = at('multi-out');
    const run = guishu([
      'annotate',
      at('site-a.xlsx'),
      at('site-b.xlsx'),
      '--as-of',
      '2026-11-30',
      '--out',
      outDir,
      '--json',
      at('multi.json'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(path.join(outDir, 'site-a.guishu.xlsx'))).toBe(true);
    expect(existsSync(path.join(outDir, 'site-b.guishu.xlsx'))).toBe(true);
    const report = JSON.parse(readFileSync(at('multi.json'), 'utf8'));
    const chen = report.customers.filter((c: { phones: string[] }) => c.phones.includes('13800138000'));
    expect(chen).toHaveLength(1);
    const rows = report.rows
      .filter((r: { customerId: string }) => r.customerId === chen[0].id)
      .map((r: { sheet: string; row: number }) => `${r.sheet}#${r.row}`);
    expect(rows).toEqual(
      expect.arrayContaining(['[site-a.xlsx]来访登记#2', '[site-a.xlsx]来访登记#3', '[site-b.xlsx]来访登记#4']),
    );
    // The deal in site-b is judged with site-a's first visit: 张三 keeps the customer.
    const b = (await readXlsx(path.join(outDir, 'site-b.guishu.xlsx'))).getWorksheet('来访登记') as ExcelJS.Worksheet;
    expect(b.getCell(1, 11).value).toBe('当时归属');
    expect(b.getCell(4, 11).value).toBe('张三');
    // The same whole-history own sheets in each copy.
    const a = await readXlsx(path.join(outDir, 'site-a.guishu.xlsx'));
    expect(a.getWorksheet('客户归属总表')!.rowCount).toBe(
      (await readXlsx(path.join(outDir, 'site-b.guishu.xlsx'))).getWorksheet('客户归属总表')!.rowCount,
    );
    // A single-file run keeps sheet names as they are (the contract).
    expect(
      guishu(['annotate', at('site-a.xlsx'), '--as-of', '2026-11-30', '--json', '-', '--out', at('single.xlsx')])
        .stdout,
    ).toContain('"sheet": "来访登记"');
  });
});
