// Output order for the long lists (rows by sheet and row, changes by day). Their keys are small
// integers, so a counting sort places them in O(n + range) with no comparisons; it is stable,
// so ties keep the order the fold made them in.

/** Past this many distinct key slots the counting array would outweigh the list: compare instead. */
const MAX_RANGE = 1 << 24;

/** `items` in ascending integer `key` order, stable. */
export function sortByInt<T>(items: readonly T[], key: (item: T, index: number) => number): T[] {
  const n = items.length;
  const keys = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const k = key(items[i], i);
    keys[i] = k;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
    if (!Number.isInteger(k)) integers = false;
  }
  if (n < 2) return items.slice();
  const range = hi - lo + 1;
  if (!integers || range > MAX_RANGE) {
    const order = Array.from(keys, (_, i) => i).sort((a, b) => keys[a] - keys[b]);
    return order.map((i) => items[i]);
  }
  // starts[k - lo] is where key k's first item goes.
  const starts = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) starts[keys[i] - lo + 1]++;
  for (let k = 1; k <= range; k++) starts[k] += starts[k - 1];
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[starts[keys[i] - lo]++] = items[i];
  return out;
}

/** Rows in sheet-name order, then by row number within each sheet. */
export function bySheetAndRow<T extends { readonly ref: { readonly sheet: string; readonly row: number } }>(
  items: readonly T[],
): T[] {
  // Each sheet's rows get their own stretch of keys, the sheets' stretches in name order.
  const spans = new Map<string, Span>();
  const spanOf = new Array<Span>(items.length);
  let last: Span | undefined;
  for (let i = 0; i < items.length; i++) {
    const { sheet, row } = items[i].ref;
    // Neighbours are mostly on the same sheet: the map is asked only when the sheet changes.
    let span = last && last.sheet === sheet ? last : spans.get(sheet);
    if (!span) spans.set(sheet, (span = { sheet, low: row, high: row, base: 0 }));
    else if (row < span.low) span.low = row;
    else if (row > span.high) span.high = row;
    spanOf[i] = last = span;
  }
  let next = 0;
  for (const sheet of [...spans.keys()].sort()) {
    const span = spans.get(sheet) as Span;
    span.base = next - span.low;
    next += span.high - span.low + 1;
  }
  return sortByInt(items, (item, i) => spanOf[i].base + item.ref.row);
}

interface Span {
  readonly sheet: string;
  low: number;
  high: number;
  /** Added to a row number to give its key. */
  base: number;
}
