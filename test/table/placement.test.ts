// Issue 16 points 1 and 5: one placement rule for both doors (src/table/placement.ts).
import { placeBlock, placeColumns } from '../../src/table/placement';
import type { LayoutSheet } from '../../src/table/render';

const sheet = (ownColumns: LayoutSheet['ownColumns'], lastManagerColumn: number, role: LayoutSheet['role'] = 'register'): LayoutSheet => ({
  name: '来访登记',
  role,
  headerRow: 1,
  ownColumns,
  lastManagerColumn,
  dataRows: [2],
});

describe('issue 16.1: own columns found by header, a manager column inserted among them kept', () => {
  it('appends after the manager\'s last column the first time', () => {
    expect(placeColumns(sheet({}, 6))).toEqual([7, 8, 9, 10, 11, 12]);
    expect(placeColumns(sheet({}, 3, 'filing'))).toEqual([4, 5, 6]);
  });

  it('writes each own column where its header is when the manager inserted a column among them', () => {
    // 归属人 G, 归属状态 H, manager's column I, then ours J..M.
    const s = sheet({ owner: 6, status: 7, performance: 9, commission: 10, protectedThrough: 11, reason: 12 }, 8);
    expect(placeColumns(s)).toEqual([6, 7, 9, 10, 11, 12]);
    const block = { sheet: s.name, headerRow: 1, firstColumn: 6, values: [['a', 'b', 'c', 'd', 'e', 'f']] };
    expect(placeBlock(block, s)).toEqual([
      { row: 1, column: 7, values: [['a', 'b']] },
      { row: 1, column: 10, values: [['c', 'd', 'e', 'f']] },
    ]);
  });

  it('puts a deleted own column after everything else, never on a manager column', () => {
    const s = sheet({ owner: 6, status: 7, commission: 9, protectedThrough: 10, reason: 11 }, 12);
    expect(placeColumns(s)).toEqual([6, 7, 13, 9, 10, 11]);
  });
});

describe('issue 16.5: own columns are visible', () => {
  it('skips hidden or grouped columns when placing new own columns', () => {
    const hidden = new Set([7, 8, 10]);
    expect(placeColumns(sheet({}, 6), { avoid: (c) => hidden.has(c) })).toEqual([9, 11, 12, 13, 14, 15]);
  });

  it('leaves an own column the manager hid where it is (the manager chose to hide it)', () => {
    const s = sheet({ owner: 6, status: 7, performance: 8, commission: 9, protectedThrough: 10, reason: 11 }, 5);
    expect(placeColumns(s, { avoid: (c) => c === 7 })).toEqual([6, 7, 8, 9, 10, 11]);
  });
});
