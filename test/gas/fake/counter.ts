// Every call a script makes on a fake service goes through CallCounter.hit: it is counted under
// `Type.method` ('Range.getValues', 'SpreadsheetApp.getActiveSpreadsheet', …) and may be made to
// fail on purpose (failOn), so a test can assert "one getValues per sheet" or "a failed write
// leaves the sheet as it was".

export interface FailOnOptions {
  /** How many calls succeed first: `after: 2` makes the third call from now throw. Default 0. */
  readonly after?: number;
  /** The error to throw: an Error, or a message (wrapped in an Error of the script's realm). */
  readonly error?: unknown;
  /** How many calls fail once failing starts. Default 1; Infinity for every later call. */
  readonly times?: number;
}

interface FailRule {
  readonly method: string;
  readonly after: number;
  times: number;
  readonly error: unknown;
  seen: number;
}

/** The message Apps Script gives for a transient backend failure. */
export const DEFAULT_FAILURE = 'Service Spreadsheets failed while accessing document with id fake-spreadsheet.';

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private rules: FailRule[] = [];
  private paused = 0;
  private hooks: Array<{ method: string; after: number; seen: number; fn: () => void }> = [];
  /** Cells written by setValues/setValue/setFormula(s) since the last reset. */
  cells = 0;

  /** Counts cells a write changed (called by the fake's Range). */
  addCells(n: number): void {
    if (this.paused === 0) this.cells += n;
  }

  /** Runs fn once, just before the (after+1)-th call of method from now: another user's run
   *  that lands in the middle of this one (two agents saving at the same moment). */
  before(method: string, fn: () => void, options: { after?: number } = {}): void {
    this.hooks.push({ method, after: options.after ?? 0, seen: 0, fn });
  }

  /** Counts one call; returns the error to throw when a failOn rule fires. */
  hit(method: string): { error: unknown } | undefined {
    if (this.paused > 0) return undefined;
    const hook = this.hooks.find((h) => h.method === method && h.seen++ >= h.after);
    if (hook) {
      this.hooks = this.hooks.filter((h) => h !== hook);
      hook.fn();
    }
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    for (const rule of this.rules) {
      if (rule.method !== method || rule.times <= 0) continue;
      rule.seen += 1;
      if (rule.seen > rule.after) {
        rule.times -= 1;
        return { error: rule.error };
      }
    }
    return undefined;
  }

  /** Calls of one method (`'Range.setValues'`), 0 when never called. */
  get(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Sum of the calls whose name starts with prefix (`'Range.'`); every call without one. */
  total(prefix = ''): number {
    let n = 0;
    for (const [name, count] of this.counts) if (name.startsWith(prefix)) n += count;
    return n;
  }

  /** A plain copy, sorted by name: `{ 'Range.getValues': 3, … }`. */
  all(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of [...this.counts.keys()].sort()) out[name] = this.counts.get(name) ?? 0;
    return out;
  }

  /** Forgets the counts (failure rules stay: use clearFailures for those). */
  reset(): void {
    this.counts.clear();
    this.cells = 0;
  }

  failOn(method: string, options: FailOnOptions = {}): void {
    if (!/^[A-Za-z]+\.[A-Za-z]+$/.test(method)) throw new Error(`failOn: expected 'Type.method', got '${method}'`);
    this.rules.push({
      method,
      after: options.after ?? 0,
      times: options.times ?? 1,
      error: options.error ?? DEFAULT_FAILURE,
      seen: 0,
    });
  }

  clearFailures(): void {
    this.rules = [];
  }

  /** Runs fn without counting and without failure injection (test-side reads and seeding). */
  uncounted<T>(fn: () => T): T {
    this.paused += 1;
    try {
      return fn();
    } finally {
      this.paused -= 1;
    }
  }
}
