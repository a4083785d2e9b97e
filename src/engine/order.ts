// Output order for the long lists (rows by sheet and row, changes by day). Their keys are small
// integers, so a counting sort places them in O(n + range) with no comparisons; it is stable,
// so ties keep the order the fold made them in.

/** Past this many distinct key slots the counting array would outweigh the list: compare instead. */
const MAX_RANGE = 1 << 24;

/** `items` in ascending integer `key` order, stable. */
export function sortByInt<T>(items: readonly T[], key: (item: T) => number): T[] {
  const n = items.length;
  const keys = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const k = key(items[i]);
    keys[i] = k;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
    if (!Number.isInteger(k)) integers = false;
  }
  if (n < 2) return items.slice();
  const range = hi - lo + 1;
  if (!integers || range > MAX_RANGE) return items.slice().sort((a, b) => key(a) - key(b));
  // starts[k - lo] is where key k's first item goes.
  const starts = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) starts[keys[i] - lo + 1]++;
  for (let k = 1; k <= range; k++) starts[k] += starts[k - 1];
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[starts[keys[i] - lo]++] = items[i];
  return out;
}

/** Rows in sheet-name order, then by row number within each sheet. */
export function bySheetAndRow<T extends { readonly ref: { readonly sheet: string; readonly row: number } }>(items: readonly T[]): T[] {
  // Each sheet's rows get their own stretch of keys, the sheets' stretches in name order.
  const span = new Map<string, { low: number; high: number }>();
  for (const item of items) {
    const { sheet, row } = item.ref;
    const seen = span.get(sheet);
    if (!seen) span.set(sheet, { low: row, high: row });
    else if (row < seen.low) seen.low = row;
    else if (row > seen.high) seen.high = row;
  }
  const base = new Map<string, number>();
  let next = 0;
  for (const sheet of [...span.keys()].sort()) {
    const { low, high } = span.get(sheet) as { low: number; high: number };
    base.set(sheet, next - low);
    next += high - low + 1;
  }
  return sortByInt(items, (item) => (base.get(item.ref.sheet) as number) + item.ref.row);
}
