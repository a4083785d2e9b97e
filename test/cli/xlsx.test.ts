// The package reader and patcher against hand-written xlsx parts: the variations real writers
// produce (namespace prefixes, cells and rows without `r`, phonetic guides, inline strings,
// ISO dates, the 1904 system, zh date formats) and what the patcher must leave alone.
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { closeWorkbook, loadWorkbook, saveAnnotated } from '../../src/cli/workbook';
import { openZip } from '../../src/cli/xlsx/zip';
import type { AnnotationPlan, OwnSheetPlan } from '../../src/table/render';
import { tempDir } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Writes the parts as a zip, in the order given. */
async function writePackage(file: string, parts: Record<string, string>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(parts)) zip.addBuffer(Buffer.from(text, 'utf8'), name);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.once('close', resolve);
    out.once('error', reject);
    zip.outputStream.pipe(out);
  });
}

async function partsOf(file: string): Promise<Map<string, string>> {
  const zip = await openZip(file);
  try {
    const out = new Map<string, string>();
    for (const name of zip.names) out.set(name, await zip.text(name));
    return out;
  } finally {
    zip.close();
  }
}

async function gridsOf(file: string) {
  const { workbook, grids } = await loadWorkbook(file);
  closeWorkbook(workbook);
  return new Map(grids.map((g) => [g.name, g.values]));
}

const rowsOf = (values: string[][]) => ({ length: values.length, row: (i: number) => values[i] as string[] });

/** A workbook in the shape many writers use: the `x:` prefix, sheets `sheet1.xml`, `sheet2.xml`. */
function prefixedBook(options: { date1904?: boolean; calcChain?: boolean } = {}): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      (options.calcChain
        ? '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML}<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}">` +
      (options.date1904 ? '<x:workbookPr date1904="1"/>' : '<x:workbookPr/>') +
      '<x:sheets><x:sheet name="来访登记" sheetId="1" r:id="rId1"/><x:sheet name="备注" sheetId="2" r:id="rId2"/><x:sheet name="空表" sheetId="3" r:id="rId3"/></x:sheets></x:workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML}<Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      (options.calcChain ? `<Relationship Id="rId6" Type="${REL}/calcChain" Target="calcChain.xml"/>` : '') +
      '</Relationships>',
    // Styles: 0 general, 1 built-in date (14), 2 zh built-in 年月日 (58), 3 custom 年月日,
    // 4 custom number with a quoted "d" (not a date), 5 custom date and time.
    'xl/styles.xml':
      `${XML}<x:styleSheet xmlns:x="${MAIN}">` +
      '<x:numFmts count="3"><x:numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
      '<x:numFmt numFmtId="177" formatCode="0.00&quot; d&quot;"/><x:numFmt numFmtId="178" formatCode="yyyy/m/d\\ h:mm"/></x:numFmts>' +
      '<x:fonts count="1"><x:font><x:sz val="11"/><x:name val="宋体"/></x:font></x:fonts>' +
      '<x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills>' +
      '<x:borders count="1"><x:border/></x:borders>' +
      '<x:cellXfs count="6"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="14" fontId="0"/><x:xf numFmtId="58" fontId="0"/>' +
      '<x:xf numFmtId="176" fontId="0"/><x:xf numFmtId="177" fontId="0"/><x:xf numFmtId="178" fontId="0"/></x:cellXfs>' +
      '</x:styleSheet>',
    'xl/sharedStrings.xml':
      `${XML}<x:sst xmlns:x="${MAIN}" count="4" uniqueCount="4">` +
      '<x:si><x:t>日期</x:t></x:si>' +
      '<x:si><x:t>客户姓名</x:t></x:si>' +
      // Rich text in runs, with a phonetic guide that must not join the text.
      '<x:si><x:r><x:t>王</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">先生 </x:t></x:r><x:rPh sb="0" eb="1"><x:t>ワン</x:t></x:rPh></x:si>' +
      // Escapes: an entity, a carriage return as _x000D_, and a literal _x005F_ escape.
      '<x:si><x:t>A&amp;B_x000D_第二行 _x005F_x0041_</x:t></x:si>' +
      '</x:sst>',
    // Rows and cells without `r` (positions follow on), then with `r` again.
    'xl/worksheets/sheet1.xml':
      `${XML}<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:F5"/><x:sheetData>` +
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c s="1"><x:v>46000</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c s="4"><x:v>3.5</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="A4" s="2"><x:v>46001</x:v></x:c><x:c r="B4" t="s"><x:v>3</x:v></x:c><x:c r="D4" t="inlineStr"><x:is><x:t>=SUM(1)</x:t></x:is></x:c>' +
      '<x:c r="E4" t="d"><x:v>2026-03-07T00:00:00</x:v></x:c><x:c r="F4" s="5"><x:v>46001.5</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="A5" s="3"><x:v>46002</x:v></x:c><x:c r="B5" t="str"><x:f>A1&amp;""</x:f><x:v>算出</x:v></x:c>' +
      '<x:c r="C5" t="b"><x:v>1</x:v></x:c><x:c r="D5" t="e"><x:v>#N/A</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>',
    'xl/worksheets/sheet2.xml':
      `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>不动</t></is></c></row></sheetData>` +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    'xl/worksheets/sheet3.xml': `${XML}<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData/></worksheet>`,
  };
  if (options.calcChain) parts['xl/calcChain.xml'] = `${XML}<calcChain xmlns="${MAIN}"><c r="B5" i="1"/></calcChain>`;
  return parts;
}

const utc = (iso: string): Date => new Date(`${iso}Z`);

describe('reading a package as written by other tools', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('reads prefixed XML, rows and cells without r, and every kind of cell value', async () => {
    const file = path.join(tmp.dir, 'prefixed.xlsx');
    await writePackage(file, prefixedBook());
    const grids = await gridsOf(file);
    expect([...grids.keys()]).toEqual(['来访登记', '备注', '空表']);
    expect(grids.get('来访登记')).toEqual([
      ['日期', '客户姓名', '', '', '', ''],
      // Serial 46000 in a built-in date style; a number whose format only quotes a "d" stays a number.
      [utc('2025-12-09T00:00:00'), '王先生 ', 3.5, '', '', ''],
      ['', '', '', '', '', ''],
      // zh built-in 58, the _x000D_ escape decoded and _x005F_ kept literal, inline text as is,
      // an ISO t="d" cell, a custom date-and-time format.
      [
        utc('2025-12-10T00:00:00'),
        'A&B\r第二行 _x0041_',
        '',
        '=SUM(1)',
        utc('2026-03-07T00:00:00'),
        utc('2025-12-10T12:00:00'),
      ],
      // A custom 年月日 format; a formula's cached string; a boolean; an error code.
      [utc('2025-12-11T00:00:00'), '算出', true, '#N/A', '', ''],
    ]);
    expect(grids.get('备注')).toEqual([['不动']]);
    expect(grids.get('空表')).toEqual([]);
  });

  it('counts serial dates from 1904 when the workbook says so', async () => {
    const file = path.join(tmp.dir, 'd1904.xlsx');
    await writePackage(file, prefixedBook({ date1904: true }));
    const register = (await gridsOf(file)).get('来访登记') as unknown[][];
    // 1462 days later than the same serial in the 1900 system.
    expect(register[1][0]).toEqual(utc('2029-12-10T00:00:00'));
  });
});

describe('patching a package', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  const register = (values: string[][]): AnnotationPlan[] => [
    { sheet: '来访登记', headerRow: 1, firstColumn: 6, rows: rowsOf(values) },
  ];
  const own = (name: string, values: string[][]): OwnSheetPlan => ({ name, rows: rowsOf(values) });

  async function patch(input: string, out: string, blocks: AnnotationPlan[], sheets: OwnSheetPlan[]) {
    const { workbook } = await loadWorkbook(input);
    try {
      return await saveAnnotated(workbook, blocks, sheets, out);
    } finally {
      closeWorkbook(workbook);
    }
  }

  it('keeps parts it does not own byte for byte and drops the calculation chain', async () => {
    const input = path.join(tmp.dir, 'chain.xlsx');
    const out = path.join(tmp.dir, 'chain-out.xlsx');
    await writePackage(input, prefixedBook({ calcChain: true }));
    await patch(input, out, register([['归属人'], ['张三']]), [own('问题', [['表', '说明']])]);
    const before = await partsOf(input);
    const after = await partsOf(out);
    for (const name of [
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/sharedStrings.xml',
      '_rels/.rels',
    ]) {
      expect(after.get(name)).toBe(before.get(name));
    }
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(after.get('[Content_Types].xml')).not.toMatch(/calcChain/);
    expect(after.get('xl/_rels/workbook.xml.rels')).not.toMatch(/calcChain/);
    // The styles gain one bold font and one cell style; the rest is as it was.
    const styles = after.get('xl/styles.xml') as string;
    expect(styles).toContain('<x:fonts count="2">');
    expect(styles).toContain('<x:cellXfs count="7">');
    expect(styles).toContain('formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"');
  });

  it("writes own cells with the sheet's prefix, keeps the manager's cells, and reads back the same", async () => {
    const input = path.join(tmp.dir, 'cells.xlsx');
    const out = path.join(tmp.dir, 'cells-out.xlsx');
    await writePackage(input, prefixedBook());
    await patch(input, out, register([['归属人'], ['张三'], [''], ['=1+1'], ['a\u0001b_x0041_']]), []);
    const sheet = (await partsOf(out)).get('xl/worksheets/sheet1.xml') as string;
    expect(sheet).toContain(
      '<x:c r="G1" s="6" t="inlineStr"><x:is><x:t xml:space="preserve">归属人</x:t></x:is></x:c>',
    );
    expect(sheet).not.toMatch(/<c\b/); // no unprefixed cell in a prefixed sheet
    expect(sheet).toContain('<x:dimension ref="A1:G5"/>');
    const grid = (await gridsOf(out)).get('来访登记') as unknown[][];
    expect(grid.map((r) => r[6])).toEqual(['归属人', '张三', '', '=1+1', 'ab_x0041_']);
    // The manager's cells, including those without `r` in the input, are where they were.
    expect(grid.map((r) => r.slice(0, 6))).toEqual((await gridsOf(input)).get('来访登记'));
    // Formula-like text is an inline string, never a formula.
    expect(sheet).toContain('<x:c r="G4" t="inlineStr"><x:is><x:t xml:space="preserve">=1+1</x:t></x:is></x:c>');
  });

  it('replaces its own sheets on a second run instead of adding them again', async () => {
    const input = path.join(tmp.dir, 'rerun.xlsx');
    const first = path.join(tmp.dir, 'rerun-1.xlsx');
    const second = path.join(tmp.dir, 'rerun-2.xlsx');
    await writePackage(input, prefixedBook());
    await patch(input, first, register([['归属人'], ['张三']]), [
      own('问题', [
        ['表', '说明'],
        ['来访登记', '第一次'],
      ]),
      own('冲突', [['客户']]),
    ]);
    await patch(first, second, register([['归属人'], ['李四']]), [
      own('问题', [
        ['表', '说明'],
        ['来访登记', '第二次'],
      ]),
      own('冲突', [['客户']]),
    ]);
    const grids = await gridsOf(second);
    expect([...grids.keys()]).toEqual(['来访登记', '备注', '空表', '问题', '冲突']);
    // Own sheets are passed over by the reader (the table layer never reads them).
    expect(grids.get('问题')).toEqual([]);
    expect((grids.get('来访登记') as unknown[][])[0][6]).toBe('归属人');
    const parts = await partsOf(second);
    expect(parts.get('xl/worksheets/sheet4.xml')).toContain('第二次');
    expect(parts.get('xl/worksheets/sheet4.xml')).not.toContain('第一次');
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('李四');
    expect(parts.get('xl/worksheets/sheet1.xml')).not.toContain('张三');
    const workbook = parts.get('xl/workbook.xml') as string;
    expect(workbook.match(/name="问题"/g)).toHaveLength(1);
    expect(parts.get('[Content_Types].xml')?.match(/sheet4\.xml/g)).toHaveLength(1);
    // The bold header style added by the first run is reused, not added again.
    expect(parts.get('xl/styles.xml')).toBe((await partsOf(first)).get('xl/styles.xml'));
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('<x:c r="G1" s="6" t="inlineStr">');
    // The new sheets are declared with the workbook's own prefix and relationship namespace.
    expect(workbook).toMatch(/<x:sheet name="问题" sheetId="4" r:id="rIdGuishu1"\/>/);
  });

  it('fills a sheet that had no rows at all', async () => {
    const input = path.join(tmp.dir, 'empty.xlsx');
    const out = path.join(tmp.dir, 'empty-out.xlsx');
    await writePackage(input, prefixedBook());
    await patch(
      input,
      out,
      [{ sheet: '空表', headerRow: 1, firstColumn: 0, rows: rowsOf([['归属人'], ['张三']]) }],
      [],
    );
    expect((await gridsOf(out)).get('空表')).toEqual([['归属人'], ['张三']]);
  });
});
