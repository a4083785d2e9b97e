// The one path every verb shares: workbook file -> grids -> records -> engine -> values to write.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { annotate, isoOfDay, STATUSES, type Day, type EngineInput, type EngineResult } from '../engine';
import type { Policy } from '../policy';
import { utcCellDate } from '../table/dates';
import { STATUS_LABELS, type Lang } from '../table/labels';
import { formatIssue } from '../table/messages';
import { readWorkbook, type WorkbookLayout } from '../table/read';
import { placeColumns } from '../table/placement';
import { annotationPlans, ownSheetPlans } from '../table/render';
import { jsonReport } from '../table/report';
import { fail, fsFailure, M, say } from './messages';
import { closeWorkbook, loadWorkbook, saveAnnotated, type Workbook } from './workbook';
import type { KeepCached } from './xlsx/write';

export interface Run {
  readonly file: string;
  readonly workbook: Workbook;
  readonly layout: WorkbookLayout;
  readonly result: EngineResult;
  readonly policy: Policy;
}

/**
 * Reads and judges a workbook; exit 1 when it has no register to judge. The records are kept only
 * when asked (lookup lists a customer's events): a million of them are a third of the memory.
 */
export async function judgeWorkbook(file: string, policy: Policy, asOf: Day): Promise<Run>;
export async function judgeWorkbook(file: string, policy: Policy, asOf: Day, keepInput: true): Promise<Run & { input: EngineInput }>;
export async function judgeWorkbook(file: string, policy: Policy, asOf: Day, keepInput = false): Promise<Run | (Run & { input: EngineInput })> {
  const { workbook, grids } = await loadWorkbook(file);
  // Date cells are read as UTC-based Dates: read their UTC fields, so no zone shift applies.
  // The grids are not kept: the records hold what the engine needs.
  const own = new Set(workbook.sheets.filter((s) => s.own).map((s) => s.name));
  const { input, layout } = readWorkbook(grids, { cellDate: utcCellDate, asOf, ownSheet: (name) => own.has(name) });
  grids.length = 0;
  if (!layout.sheets.some((s) => s.role === 'register')) {
    closeWorkbook(workbook);
    // Say what each sheet was taken for, so the manager sees why none is a register.
    const seen = (lang: Lang) => {
      const note = (name: string, why: string) => (lang === 'zh' ? `${name}（${why}）` : `${name} (${why})`);
      return [
        ...layout.sheets.map((s) => note(s.name, s.role)),
        ...layout.skipped.map((s) => note(s.name, s.code ? formatIssue(s.code, {}, lang) : s.why)),
      ];
    };
    fail(1, { zh: M.noRegister(file, seen('zh')).zh, en: M.noRegister(file, seen('en')).en });
  }
  const run = { file, workbook, layout, result: annotate(input, policy, asOf), policy };
  return keepInput ? { ...run, input } : run;
}

/** Columns of a worksheet (A..XFD). */
const MAX_COLUMNS = 16_384;

const KINDS = ['.xlsx', '.xlsm', '.xltx', '.xltm'];

/**
 * `visits.xlsx` -> `visits.guishu.xlsx` beside it, `macros.xlsm` -> `macros.guishu.xlsm`: the copy
 * keeps the input's kind (Excel opens a macro-enabled package only under .xlsm). An explicit
 * --out must not be the input, nor change a macro-enabled or template kind.
 */
export function outPathFor(input: string, out: string | undefined): string {
  const ext = path.extname(input).toLowerCase();
  const kind = KINDS.includes(ext) ? ext : '.xlsx';
  const base = path.basename(input).slice(0, KINDS.includes(ext) ? -ext.length : undefined);
  const target = out ?? path.join(path.dirname(input), `${base}.guishu${kind}`);
  if (out !== undefined && kind !== '.xlsx' && path.extname(out).toLowerCase() !== kind) fail(2, M.outKind(out, kind));
  if (samePath(input, target)) fail(2, M.outIsInput(target));
  return target;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Writes the annotated copy: own columns on registers and filings, own sheets replaced. */
export async function writeCopy(run: Run, out: string, lang: Lang): Promise<string[]> {
  let notes;
  try {
    // Rows are rendered as the writer reaches them: no sheet's values are held whole.
    notes = await saveAnnotated(
      run.workbook,
      placedPlans(run, lang),
      // The command line's copy belongs to whoever ran it: phones in full (rulebook §2.5).
      ownSheetPlans(run.result, lang, { maskPhones: false }),
      out,
      { recalc: cachedReads(run) },
    );
  } finally {
    closeWorkbook(run.workbook);
  }
  return notes.skippedMerged ? [say(lang, M.skippedMerged(notes.skippedMerged))] : [];
}

/**
 * The formula results Guishu reads itself (the fields of registers and filings, staff and
 * rulings sheets whole): kept. Every other formula is recalculated when the copy is opened.
 */
function cachedReads(run: Run): Map<string, KeepCached> {
  return new Map(run.layout.sheets.map((s): [string, KeepCached] => [
    s.name,
    s.role === 'register' || s.role === 'filing' ? new Set(Object.values(s.columns).map((c) => (c as number) + 1)) : 'all',
  ]));
}

/** Each annotation block with its columns chosen by the table layer's one placement rule. */
function placedPlans(run: Run, lang: Lang) {
  const layouts = new Map(run.layout.sheets.map((s) => [s.name, s]));
  const parts = new Map(run.workbook.sheets.map((s) => [s.name, s]));
  return annotationPlans(run.layout, run.result, lang).map((plan) => {
    const sheet = layouts.get(plan.sheet);
    const veiled = parts.get(plan.sheet)?.veiled ?? [];
    // veiled spans are 1-based; placement counts from 0.
    const avoid = (c: number): boolean => veiled.some((v) => c + 1 >= v.min && c + 1 <= v.max);
    if (!sheet) return plan;
    const columns = placeColumns(sheet, { avoid });
    // Past XFD, the last column of a worksheet: a stray value out there leaves no room.
    if (columns.some((c) => c >= MAX_COLUMNS)) fail(1, M.noRoom(plan.sheet));
    return { ...plan, columns };
  });
}

/** Writes the JSON report to a file, or returns it for standard output when the file is `-`. */
export function writeReport(run: Run, file: string, lang: Lang): string | null {
  const text = `${JSON.stringify(jsonReport(run.result, run.policy, lang), null, 2)}\n`;
  if (file === '-') return text;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    fail(1, fsFailure(error, file, M.cannotWrite(file)));
  }
  return null;
}

/** A few lines a manager reads at a glance: rows read, customers per status, conflicts, issues. */
export function summary(run: Run, lang: Lang): string[] {
  const { result, layout, policy } = run;
  const judged = layout.sheets.filter((s) => s.role === 'register' || s.role === 'filing');
  const rows = judged.reduce((n, s) => n + s.dataRows.length, 0);
  const counts = STATUSES.map((status) => ({
    status,
    n: result.customers.filter((c) => c.status === status).length,
  })).filter((c) => c.n > 0);
  const byStatus = counts.map((c) => `${STATUS_LABELS[c.status][lang]} ${c.n}`).join(lang === 'zh' ? '，' : ', ');
  return [
    say(lang, M.summaryHead(`${policy.id} (${policy.title[lang]})`, isoOfDay(result.asOf), rows, judged.length, layout.sheets.length - judged.length)),
    say(lang, M.summaryCustomers(result.customers.length, byStatus)),
    // Stages of one purchase (定金, 签约 …) are one deal (rulebook §5).
    say(lang, M.summaryCounts(result.deals.filter((d) => d.purchaseOf === null).length, result.conflicts.length, result.issues.length)),
  ];
}
