// Issue 16 points 1 and 5: one placement rule for both doors (src/table/placement.ts).
import { placeBlock, placeColumns } from '../../src/table/placement';
import type { LayoutSheet } from '../../src/table/render';

const sheet = (
  ownColumns: LayoutSheet['ownColumns'],
  lastManagerColumn: number,
  role: LayoutSheet['role'] = 'register',
): LayoutSheet => ({
  name: '来访登记',
  role,
  headerRow: 1,
  ownColumns,
  lastManagerColumn,
  dataRows: [2],
});

// The register's own columns (labels.ts OWN_COLUMN_SPECS): today's standing (currentOwner,
// currentStatus, daysLeft), then the judgment at the row (owner, status, performance, commission,
// protectedThrough), then reason: nine. A filing sheet has six.
const ALL_REGISTER = {
  currentOwner: 6,
  currentStatus: 7,
  daysLeft: 8,
  owner: 9,
  status: 10,
  performance: 11,
  commission: 12,
  protectedThrough: 13,
  reason: 14,
};

describe('issue 16.1: own columns found by header, a manager column inserted among them kept', () => {
  it("appends after the manager's last column the first time", () => {
    expect(placeColumns(sheet({}, 6))).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(placeColumns(sheet({}, 3, 'filing'))).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('writes each own column where its header is when the manager inserted a column among them', () => {
    // 当前归属 G, 当前状态 H, manager's column I, then ours J..P.
    const s = sheet(
      {
        currentOwner: 6,
        currentStatus: 7,
        daysLeft: 9,
        owner: 10,
        status: 11,
        performance: 12,
        commission: 13,
        protectedThrough: 14,
        reason: 15,
      },
      8,
    );
    expect(placeColumns(s)).toEqual([6, 7, 9, 10, 11, 12, 13, 14, 15]);
    const block = {
      sheet: s.name,
      headerRow: 1,
      firstColumn: 6,
      values: [['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']],
    };
    expect(placeBlock(block, s)).toEqual([
      { row: 1, column: 7, values: [['a', 'b']] },
      { row: 1, column: 10, values: [['c', 'd', 'e', 'f', 'g', 'h', 'i']] },
    ]);
  });

  it('puts a deleted own column after everything else, never on a manager column', () => {
    const { performance: _gone, ...rest } = ALL_REGISTER;
    const s = sheet(rest, 15);
    expect(placeColumns(s)).toEqual([6, 7, 8, 9, 10, 16, 12, 13, 14]);
  });
});

describe('issue 16.5: own columns are visible', () => {
  it('skips hidden or grouped columns when placing new own columns', () => {
    const hidden = new Set([7, 8, 10]);
    expect(placeColumns(sheet({}, 6), { avoid: (c) => hidden.has(c) })).toEqual([9, 11, 12, 13, 14, 15, 16, 17, 18]);
  });

  it('leaves an own column the manager hid where it is (the manager chose to hide it)', () => {
    const s = sheet(ALL_REGISTER, 5);
    expect(placeColumns(s, { avoid: (c) => c === 7 })).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });
});
