// Shared set-up for the command-line tests: build once if needed, run the built CLI, make
// small workbooks in a temp dir and tear it down.
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'guishu.js');
export const DIST = path.join(ROOT, 'dist', 'cli.js');
export const DEMO = path.join(ROOT, 'examples', 'demo.xlsx');

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli.js when it is missing or older than src/ (build.mjs writes atomically). */
export function ensureBuilt(): void {
  const stale = !existsSync(DIST) || statSync(DIST).mtimeMs < newestUnder(path.join(ROOT, 'src'));
  if (stale) execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'cli'], { cwd: ROOT, stdio: 'pipe' });
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function guishu(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, GUISHU_DEBUG: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One clear line on stderr, and nothing that looks like a stack trace. */
export function expectOneLine(run: CliRun): string {
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at\s/m);
  expect(run.stderr).not.toMatch(/Error:|node:internal/);
  return lines[0];
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guishu-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type SheetSpec = { name: string; rows: ExcelJS.CellValue[][]; merges?: [number, number, number, number][] };

export async function writeXlsx(file: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v)),
    );
    for (const [t, l, b, r] of spec.merges ?? []) ws.mergeCells(t, l, b, r);
  }
  await wb.xlsx.writeFile(file);
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const d = (m: number, day: number) => new Date(Date.UTC(2026, m - 1, day));

/** A small register as a front desk keeps it, with one manager formula and a formula-like name. */
export function smallRegister(): SheetSpec[] {
  return [
    {
      name: '来访登记',
      rows: [
        ['日期', '客户姓名', '联系电话', '接待置业顾问', '来访方式', '成交金额', '备注'],
        [d(11, 1), '陈先生', '13800138000', '张三', '来访', null, null],
        [d(11, 4), '陈先生', '138 0013 8000', '张三', '跟进', null, null],
        [d(11, 5), '=HYPERLINK("http://x","y")', '13700137000', '李四', '来访', null, null],
        [d(11, 6), '+1', '13600136000', '王五', '来访', null, null],
        [
          d(11, 10),
          '陈先生',
          '13800138000',
          '李四',
          '成交',
          1_500_000,
          { formula: 'IF(F6>=1000000,"大单","")', result: '大单' },
        ],
        [null, null, null, null, null, null, null],
        ['11月12日', '@SUM(A1)', '-2+3', '王五', '来访', null, null],
      ],
    },
  ];
}

/** The shared setup of the command-line tests: a built CLI and the small register in a temp dir. */
export function useSmallRegister(): { dir: string; book: string } {
  const tmp = tempDir();
  const book = path.join(tmp.dir, 'visits.xlsx');
  beforeAll(async () => {
    ensureBuilt();
    await writeXlsx(book, smallRegister());
  });
  afterAll(tmp.cleanup);
  return { dir: tmp.dir, book };
}
