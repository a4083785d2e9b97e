// The output orders: a counting sort must give exactly what a stable comparison sort gives.
import fc from 'fast-check';
import { bySheetAndRow, sortByInt } from '../../src/engine/order';

interface Tagged {
  readonly key: number;
  readonly tag: number;
}

const byCompare = <T>(items: readonly T[], key: (t: T) => number): T[] => items.slice().sort((a, b) => key(a) - key(b));

describe('sortByInt', () => {
  it('orders by key and keeps ties in their original order', () => {
    const items: Tagged[] = [
      { key: 3, tag: 0 },
      { key: 1, tag: 1 },
      { key: 3, tag: 2 },
      { key: -2, tag: 3 },
      { key: 1, tag: 4 },
    ];
    expect(sortByInt(items, (i) => i.key).map((i) => i.tag)).toEqual([3, 1, 4, 0, 2]);
  });

  it('returns a new array and leaves its input alone', () => {
    const items = [
      { key: 2, tag: 0 },
      { key: 1, tag: 1 },
    ];
    const out = sortByInt(items, (i) => i.key);
    expect(out).not.toBe(items);
    expect(items.map((i) => i.tag)).toEqual([0, 1]);
    expect(sortByInt([], (i: Tagged) => i.key)).toEqual([]);
  });

  it('falls back to comparing for fractional keys and for ranges too wide to count', () => {
    const fractional = [
      { key: 0.5, tag: 0 },
      { key: 0.25, tag: 1 },
      { key: 0.5, tag: 2 },
    ];
    expect(sortByInt(fractional, (i) => i.key).map((i) => i.tag)).toEqual([1, 0, 2]);
    const wide = [
      { key: 2 ** 40, tag: 0 },
      { key: -(2 ** 40), tag: 1 },
      { key: 0, tag: 2 },
    ];
    expect(sortByInt(wide, (i) => i.key).map((i) => i.tag)).toEqual([1, 2, 0]);
  });

  it('agrees with a stable comparison sort on any integer keys', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), (keys) => {
        const items = keys.map((key, tag) => ({ key, tag }));
        expect(sortByInt(items, (i) => i.key)).toEqual(byCompare(items, (i) => i.key));
      }),
    );
  });
});

describe('bySheetAndRow', () => {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

  it('orders rows too far apart to count by comparing, sheets still in name order', () => {
    const items = [
      { ref: { sheet: '登记', row: 2 ** 30 }, tag: 0 },
      { ref: { sheet: 'B', row: 5 }, tag: 1 },
      { ref: { sheet: '登记', row: 1 }, tag: 2 },
      { ref: { sheet: 'B', row: -(2 ** 30) }, tag: 3 },
    ];
    expect(bySheetAndRow(items).map((i) => i.tag)).toEqual([3, 1, 2, 0]);
  });

  it('agrees with sorting by sheet name, then row, ties kept in order', () => {
    const ref = fc.record({
      sheet: fc.constantFrom('登记', '备案', 'B', 'a', ''),
      row: fc.integer({ min: -3, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(ref), (refs) => {
        const items = refs.map((r, tag) => ({ ref: r, tag }));
        const expected = items.slice().sort((a, b) => cmp(a.ref.sheet, b.ref.sheet) || a.ref.row - b.ref.row);
        expect(bySheetAndRow(items)).toEqual(expected);
      }),
    );
  });
});
