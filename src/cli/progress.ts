// One progress line on standard error for long work (issue 16.9): shown only on a terminal and
// only once a run has taken about two seconds, replaced in place as work goes on, and erased at
// the end. Standard output (a `--json -` report) never sees it, nor does a pipe or a file.
import type { Lang } from '../table/labels';

export type Stage = 'read' | 'judge' | 'write';

export interface ProgressSink {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const WORDS: Record<Stage, { zh: string; en: string }> = {
  read: { zh: '读取', en: 'Reading' },
  judge: { zh: '判定', en: 'Judging' },
  write: { zh: '写出', en: 'Writing' },
};
const ROWS = (n: string) => ({ zh: `${n} 行`, en: `${n} rows` });

export class Progress {
  private readonly start: number;
  private shown = false;
  private last = -Infinity;

  constructor(
    private readonly lang: Lang,
    private readonly sink: ProgressSink = process.stderr,
    private readonly now: () => number = Date.now,
    /** Nothing is shown before this many milliseconds. */
    private readonly delay = 2000,
  ) {
    this.start = now();
  }

  /** Where the work is: a stage, how far through it (0..1, when known), and rows so far. */
  update(stage: Stage, fraction: number | null, rows: number | null, force = false): void {
    if (!this.sink.isTTY) return;
    const t = this.now();
    if (t - this.start < this.delay) return;
    // A few times a second is enough for a person, and cheap for a million rows.
    if (!force && t - this.last < 150) return;
    this.last = t;
    const parts = [`guishu: ${WORDS[stage][this.lang]}`];
    if (fraction !== null) parts.push(`${Math.min(100, Math.max(0, Math.floor(fraction * 100)))}%`);
    if (rows !== null) parts.push(ROWS(rows.toLocaleString('en-US'))[this.lang]);
    this.sink.write(`\r${parts.join(' ')}…\u001b[K`);
    this.shown = true;
  }

  /** Erases the line, if one was shown, before anything else is printed. */
  end(): void {
    if (this.shown) this.sink.write('\r\u001b[K');
    this.shown = false;
  }
}

/** The run's progress line; a silent one until a verb starts its own. */
let current: Progress | null = null;

export function startProgress(lang: Lang, sink?: ProgressSink): Progress {
  current = new Progress(lang, sink);
  return current;
}

export function progress(stage: Stage, fraction: number | null, rows: number | null, force = false): void {
  current?.update(stage, fraction, rows, force);
}

export function endProgress(): void {
  current?.end();
  current = null;
}
