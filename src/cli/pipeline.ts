// The one path every verb shares: workbook file -> grids -> records -> engine -> values to write.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { annotate, dealTally, isoOfDay, STATUSES, tallyText, type Day, type EngineInput, type EngineResult } from '../engine';
import type { Policy } from '../policy';
import { utcCellDate } from '../table/dates';
import { STATUS_LABELS, type Lang } from '../table/labels';
import { formatIssue } from '../table/messages';
import { hasRecordSheet, readWorkbook, type WorkbookLayout } from '../table/read';
import { annotationPlans, ownSheetPlans, type OwnSheetPlan } from '../table/render';
import { jsonReport } from '../table/report';
import { bandsOf } from '../table/standing';
import { fail, M, say } from './messages';
import { closeWorkbook, loadWorkbook, saveAnnotated, type Workbook } from './workbook';

export interface Run {
  readonly file: string;
  readonly workbook: Workbook;
  readonly layout: WorkbookLayout;
  readonly result: EngineResult;
  readonly policy: Policy;
}

/**
 * Reads and judges a workbook; exit 1 when it has neither a register nor a filing sheet to judge. The records are kept only
 * when asked (lookup lists a customer's events): a million of them are a third of the memory.
 */
export async function judgeWorkbook(file: string, policy: Policy, asOf: Day): Promise<Run>;
export async function judgeWorkbook(file: string, policy: Policy, asOf: Day, keepInput: true): Promise<Run & { input: EngineInput }>;
export async function judgeWorkbook(file: string, policy: Policy, asOf: Day, keepInput = false): Promise<Run | (Run & { input: EngineInput })> {
  const { workbook, grids } = await loadWorkbook(file);
  // Date cells are read as UTC-based Dates: read their UTC fields, so no zone shift applies.
  // The grids are not kept: the records hold what the engine needs.
  const { input, layout } = readWorkbook(grids, { cellDate: utcCellDate, asOf });
  grids.length = 0;
  if (!hasRecordSheet(layout)) {
    closeWorkbook(workbook);
    // Say what each sheet was taken for, so the manager sees why none is a register or filing sheet.
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

/** `visits.xlsx` -> `visits.guishu.xlsx` beside it; an explicit --out must not be the input. */
export function outPathFor(input: string, out: string | undefined): string {
  const target = out ?? path.join(path.dirname(input), `${path.basename(input).replace(/\.xlsx$/i, '')}.guishu.xlsx`);
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
export async function writeCopy(run: Run, out: string, lang: Lang, more: readonly OwnSheetPlan[] = []): Promise<string[]> {
  let notes;
  try {
    // Rows are rendered as the writer reaches them: no sheet's values are held whole.
    notes = await saveAnnotated(
      run.workbook,
      annotationPlans(run.layout, run.result, lang),
      // The command line's copy belongs to whoever ran it: phones in full (rulebook §2.5).
      [...ownSheetPlans(run.result, lang, { maskPhones: false }), ...more],
      out,
      bandsOf(run.policy),
    );
  } finally {
    closeWorkbook(run.workbook);
  }
  return notes.skippedMerged ? [say(lang, M.skippedMerged(notes.skippedMerged))] : [];
}

/** Writes the JSON report to a file, or returns it for standard output when the file is `-`. */
export function writeReport(run: Run, file: string, lang: Lang): string | null {
  const text = `${JSON.stringify(jsonReport(run.result, run.policy, lang), null, 2)}\n`;
  if (file === '-') return text;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    fail(1, M.cannotWrite(file, error instanceof Error ? error.message : String(error)));
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
    // Stages of one purchase (定金, 签约 …) are one deal (rulebook §5); weak and repeated deal
    // rows are said (decide/D22, D23).
    say(lang, M.summaryCounts(tallyText(dealTally(result)), result.conflicts.length, result.issues.length)),
  ];
}
