// The one path every verb shares: workbook file -> grids -> records -> engine -> values to write.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  annotate,
  dealTally,
  isoOfDay,
  STATUSES,
  tallyText,
  type Day,
  type EngineInput,
  type EngineResult,
} from '../engine';
import type { Policy } from '../policy';
import { utcCellDate } from '../table/dates';
import type { Lang } from '../table/labels';
import { STATUS_WORDS } from '../vocab/statuses';
import { formatIssue } from '../table/messages';
import { ROLE_WORDS } from '../vocab/roles';
import { aside, phraseJoin } from '../vocab/text';
import type { SheetRole } from '../table/fields';
import type { SheetGrid } from '../table/grid';
import { hasRecordSheet, readWorkbook, type WorkbookLayout } from '../table/read';
import { roleByName } from '../table/roles';
import { placeColumns } from '../table/placement';
import { annotationPlans, ownSheetPlans, type OwnSheetPlan } from '../table/render';
import { jsonReport } from '../table/report';
import { bandsOf } from '../table/standing';
import { fail, fsFailure, M, say } from './messages';
import { progress } from './progress';
import { closeWorkbook, loadWorkbook, saveAnnotated, type Workbook } from './workbook';
import type { KeepCached } from './xlsx/write';

export interface Run {
  readonly file: string;
  readonly workbook: Workbook;
  /**
   * Every input of the run (issue 16.10): one in a single-file run; in a multi-file run each
   * file's sheets are named `[file]sheet` in the layout and the result (the evidence names its file).
   */
  readonly books: readonly { readonly file: string; readonly workbook: Workbook; readonly prefix: string }[];
  readonly layout: WorkbookLayout;
  readonly result: EngineResult;
  readonly policy: Policy;
}

/**
 * Reads and judges a workbook; exit 1 when it has neither a register nor a filing sheet to judge. The records are kept only
 * when asked (lookup lists a customer's events): a million of them are a third of the memory.
 */
export async function judgeWorkbook(file: string, policy: Policy, asOf: Day): Promise<Run>;
export async function judgeWorkbook(
  file: string,
  policy: Policy,
  asOf: Day,
  keepInput: true,
): Promise<Run & { input: EngineInput }>;
export async function judgeWorkbook(
  file: string,
  policy: Policy,
  asOf: Day,
  keepInput = false,
): Promise<Run | (Run & { input: EngineInput })> {
  return judgeWorkbooks([file], policy, asOf, keepInput);
}

/** `[a.xlsx]` before each sheet of a multi-file run, as Excel names a sheet in another book; the
 *  path as given where two inputs share a file name. */
function prefixes(files: readonly string[]): string[] {
  if (files.length === 1) return [''];
  const base = files.map((f) => path.basename(f));
  return files.map((f, i) => `[${base.filter((b) => b === base[i]).length > 1 ? f : base[i]}]`);
}

/**
 * Several workbooks judged as one history (issue 16.10): a year per file, or one per site. A
 * customer seen in two files is one customer; a rule id, a row reference or a conflict names the
 * file as `[a.xlsx]来访登记`. Sheets are recognised by their own names (before the prefix).
 */
export async function judgeWorkbooks(
  files: readonly string[],
  policy: Policy,
  asOf: Day,
  keepInput = false,
): Promise<Run | (Run & { input: EngineInput })> {
  const tags = prefixes(files);
  const books: Run['books'][number][] = [];
  const grids: SheetGrid[] = [];
  const own = new Set<string>();
  const roles: Record<string, SheetRole> = {};
  try {
    for (const [i, file] of files.entries()) {
      const loaded = await loadWorkbook(file);
      const prefix = tags[i] as string;
      books.push({ file, workbook: loaded.workbook, prefix });
      for (const s of loaded.workbook.sheets) if (s.own) own.add(prefix + s.name);
      for (const g of loaded.grids) {
        grids.push(prefix ? { name: prefix + g.name, values: g.values } : g);
        // The name says the role as it would alone (`Visits`, `来访登记 2026`).
        const role = prefix && !loaded.workbook.sheets.find((s) => s.name === g.name)?.own ? roleByName(g.name) : null;
        if (role) roles[prefix + g.name] = role;
      }
    }
  } catch (error) {
    for (const b of books) closeWorkbook(b.workbook);
    throw error;
  }
  const workbook = (books[0] as Run['books'][number]).workbook;
  const file = files.join(', ');
  // Date cells are read as UTC-based Dates: read their UTC fields, so no zone shift applies.
  // The grids are not kept: the records hold what the engine needs.
  const { input, layout } = readWorkbook(grids, {
    cellDate: utcCellDate,
    asOf,
    ownSheet: (name) => own.has(name),
    ...(tags[0] ? { roles } : {}),
  });
  grids.length = 0;
  if (!hasRecordSheet(layout)) {
    for (const b of books) closeWorkbook(b.workbook);
    // Say what each sheet was taken for, so the manager sees why none is a register or filing sheet.
    const seen = (lang: Lang) => {
      return [
        ...layout.sheets.map((s) => aside(s.name, say(lang, M.sheetTakenAs(ROLE_WORDS[s.role])), lang)),
        ...layout.skipped.map((s) => aside(s.name, s.code ? formatIssue(s.code, {}, lang) : s.why, lang)),
      ];
    };
    fail(1, { zh: M.noRegister(file, seen('zh')).zh, en: M.noRegister(file, seen('en')).en });
  }
  // The engine runs in one go: the line says so before it starts.
  progress('judge', null, input.events.length, true);
  const run = { file, workbook, books, layout, result: annotate(input, policy, asOf), policy };
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
export async function writeCopy(
  run: Run,
  out: string,
  lang: Lang,
  more: readonly OwnSheetPlan[] = [],
): Promise<string[]> {
  return writeCopies(run, [out], lang, more);
}

/**
 * One annotated copy per input, `outs` in the inputs' order: each file's own columns, and in
 * each the own sheets of the whole history.
 */
export async function writeCopies(
  run: Run,
  outs: readonly string[],
  lang: Lang,
  /** Sheets a verb adds to the copy (guishu month: 月结 YYYY-MM). */
  more: readonly OwnSheetPlan[] = [],
): Promise<string[]> {
  let skipped = 0;
  try {
    for (const [i, book] of run.books.entries()) {
      // Rows are rendered as the writer reaches them: no sheet's values are held whole.
      const notes = await saveAnnotated(
        book.workbook,
        placedPlans(run, lang, book),
        // The command line's copy belongs to whoever ran it: phones in full (rulebook §2.5).
        [...ownSheetPlans(run.result, lang, { maskPhones: false, policy: run.policy }), ...more],
        outs[i] as string,
        { recalc: cachedReads(run, book.prefix), bands: bandsOf(run.policy) },
      );
      skipped += notes.skippedMerged;
    }
  } finally {
    for (const b of run.books) closeWorkbook(b.workbook);
  }
  return skipped ? [say(lang, M.skippedMerged(skipped))] : [];
}

/**
 * The formula results Guishu reads itself (the fields of registers and filings, staff and
 * rulings sheets whole): kept. Every other formula is recalculated when the copy is opened.
 */
function cachedReads(run: Run, prefix: string): Map<string, KeepCached> {
  return new Map(
    run.layout.sheets
      .filter((s) => s.name.startsWith(prefix))
      .map((s): [string, KeepCached] => [
        s.name.slice(prefix.length),
        s.role === 'register' || s.role === 'filing'
          ? new Set(Object.values(s.columns).map((c) => (c as number) + 1))
          : 'all',
      ]),
  );
}

/** Each annotation block with its columns chosen by the table layer's one placement rule. */
function placedPlans(run: Run, lang: Lang, book: Run['books'][number]) {
  const layouts = new Map(run.layout.sheets.map((s) => [s.name, s]));
  const parts = new Map(book.workbook.sheets.map((s) => [book.prefix + s.name, s]));
  const mine = { sheets: run.layout.sheets.filter((s) => s.name.startsWith(book.prefix)) };
  return annotationPlans(mine, run.result, lang).map((found) => {
    // The writer knows the sheet by its name in its own file.
    const plan = { ...found, sheet: found.sheet.slice(book.prefix.length) };
    const sheet = layouts.get(found.sheet);
    const veiled = parts.get(found.sheet)?.veiled ?? [];
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
  return writeJson(file, jsonReport(run.result, run.policy, lang));
}

/** Any verb's JSON: written to a file (its folder made), or returned for standard output when the file is `-`. */
export function writeJson(file: string, value: unknown): string | null {
  const text = `${JSON.stringify(value, null, 2)}\n`;
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
  const byStatus = phraseJoin(
    counts.map((c) => `${STATUS_WORDS[c.status][lang]} ${c.n}`),
    lang,
  );
  return [
    say(
      lang,
      M.summaryHead(
        `${policy.id} (${policy.title[lang]})`,
        isoOfDay(result.asOf),
        rows,
        judged.length,
        layout.sheets.length - judged.length,
      ),
    ),
    say(lang, M.summaryCustomers(result.customers.length, byStatus)),
    // Stages of one purchase (定金, 签约 …) are one deal (rulebook §5); weak and repeated deal
    // rows are said (decide/D22, D23).
    say(lang, M.summaryCounts(tallyText(dealTally(result)), result.conflicts.length, result.issues.length)),
  ];
}
