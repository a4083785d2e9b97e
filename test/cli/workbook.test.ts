// The xlsx reader and patcher on their own: the getValues shape, and text that stays text.
// Fixtures are written, and copies read back, with exceljs: an independent implementation.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { closeWorkbook, loadWorkbook, saveAnnotated } from '../../src/cli/workbook';
import type { AnnotationBlock, OwnSheet } from '../../src/table/render';
import { readXlsx, tempDir, writeXlsx } from './helpers';

async function gridsOf(file: string) {
  const { workbook, grids } = await loadWorkbook(file);
  closeWorkbook(workbook);
  return grids;
}

const rowsOf = (values: string[][]) => ({ length: values.length, row: (i: number) => values[i] as string[] });

/** Patches `input` into `out` and reads the copy back with exceljs. */
async function annotateInto(input: string, out: string, blocks: AnnotationBlock[], own: OwnSheet[]) {
  const { workbook } = await loadWorkbook(input);
  try {
    const notes = await saveAnnotated(
      workbook,
      blocks.map(({ values, ...b }) => ({ ...b, rows: rowsOf(values) })),
      own.map((o) => ({ name: o.name, rows: rowsOf(o.values) })),
      out,
    );
    return { notes, back: await readXlsx(out) };
  } finally {
    closeWorkbook(workbook);
  }
}

const FORMULA_LIKE = ['=HYPERLINK("x")', '=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '-2+3', '＝1'];

describe('loadWorkbook: cells as Range.getValues gives them', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it('reads dates, numbers, formulas, rich text, hyperlinks, errors and merges', async () => {
    const file = path.join(tmp.dir, 'cells.xlsx');
    await writeXlsx(file, [
      {
        name: 'S',
        rows: [
          ['标题', null, null],
          [new Date(Date.UTC(2026, 10, 3)), 13800138000, { formula: 'B2*2', result: 27600276000 }],
          [
            { richText: [{ text: '王' }, { text: '先生' }] },
            { text: '链接', hyperlink: 'http://x' },
            { error: '#N/A' },
          ],
          [
            { formula: 'NA()', result: { error: '#N/A' } },
            true,
            { formula: 'A1', result: undefined } as ExcelJS.CellValue,
          ],
        ],
        merges: [[1, 1, 1, 3]],
      },
    ]);
    const [grid] = await gridsOf(file);
    expect(grid.name).toBe('S');
    expect(grid.values[0]).toEqual(['标题', '', '']);
    const date = grid.values[1][0] as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2026-11-03T00:00:00.000Z');
    expect(grid.values[1].slice(1)).toEqual([13800138000, 27600276000]);
    expect(grid.values[2]).toEqual(['王先生', '链接', '#N/A']);
    expect(grid.values[3]).toEqual(['#N/A', true, '']);
  });

  it('gives a rectangle with blanks as empty strings', async () => {
    const file = path.join(tmp.dir, 'sparse.xlsx');
    await writeXlsx(file, [{ name: 'S', rows: [['a'], [], [null, null, 'c']] }]);
    const [grid] = await gridsOf(file);
    expect(grid.values).toEqual([
      ['a', '', ''],
      ['', '', ''],
      ['', '', 'c'],
    ]);
  });
});

describe('saveAnnotated: every string Guishu writes is a string cell', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it("writes formula-like text as text, keeps manager formulas, never takes a manager's 问题 sheet for its own (issue 16.4)", async () => {
    const input = path.join(tmp.dir, 'in.xlsx');
    await writeXlsx(input, [
      {
        name: '来访登记',
        rows: [
          ['日期', '客户姓名', '备注'],
          ['2026-11-01', '陈先生', { formula: 'LEN(B2)', result: 3 }],
        ],
      },
      { name: '问题', rows: [['old']] },
    ]);
    const { notes, back } = await annotateInto(
      input,
      path.join(tmp.dir, 'out.xlsx'),
      [{ sheet: '来访登记', headerRow: 1, firstColumn: 3, values: [['归属人', '判定依据'], FORMULA_LIKE.slice(0, 2)] }],
      [{ name: '问题', values: [['表', '说明'], ...FORMULA_LIKE.map((s) => ['来访登记', s])] }],
    );
    expect(notes.skippedMerged).toBe(0);
    const reg = back.getWorksheet('来访登记')!;
    expect(reg.getCell('C2').formula).toBe('LEN(B2)');
    expect(reg.getCell('D1').value).toBe('归属人');
    for (const address of ['D2', 'E2']) {
      const cell = reg.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(reg.getCell('D2').value).toBe(FORMULA_LIKE[0]);
    // The manager's sheet named 问题 stays the manager's; Guishu's goes beside it, marked.
    expect(back.getWorksheet('问题')!.getCell('A1').value).toBe('old');
    const issues = back.getWorksheet('问题 (归属)')!;
    expect(issues.getCell('A1').value).toBe('表');
    FORMULA_LIKE.forEach((s, i) => {
      const cell = issues.getCell(i + 2, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(s);
    });
    expect(back.worksheets.filter((w) => w.name === '问题')).toHaveLength(1);
  });

  it("leaves a manager's merged cells alone", async () => {
    const input = path.join(tmp.dir, 'merged.xlsx');
    await writeXlsx(input, [
      {
        name: '来访登记',
        rows: [
          ['日期', '客户姓名'],
          ['说明', null, null, null],
        ],
        merges: [[2, 1, 2, 4]],
      },
    ]);
    const { notes, back } = await annotateInto(
      input,
      path.join(tmp.dir, 'merged-out.xlsx'),
      [{ sheet: '来访登记', headerRow: 1, firstColumn: 2, values: [['归属人'], ['张三']] }],
      [],
    );
    expect(notes.skippedMerged).toBe(1);
    const reg = back.getWorksheet('来访登记')!;
    expect(reg.getCell('A2').value).toBe('说明');
    expect(reg.getCell('C1').value).toBe('归属人');
    expect(reg.getCell('C2').isMerged).toBe(true);
    expect(reg.getCell('C2').value).toBe('说明');
  });

  it('clears own-column cells an earlier run left below the data', async () => {
    const input = path.join(tmp.dir, 'rerun.xlsx');
    await writeXlsx(input, [
      {
        name: '来访登记',
        rows: [
          ['日期', '归属人'],
          ['2026-11-01', '旧'],
          [null, '旧'],
        ],
      },
    ]);
    const { back } = await annotateInto(
      input,
      path.join(tmp.dir, 'rerun-out.xlsx'),
      [{ sheet: '来访登记', headerRow: 1, firstColumn: 1, values: [['归属人'], ['张三']] }],
      [],
    );
    expect(back.getWorksheet('来访登记')!.getCell('B2').value).toBe('张三');
    expect(back.getWorksheet('来访登记')!.getCell('B3').value).toBeNull();
  });
});
