// Issue 13 on the command line: today's standing on every row, old annotations upgraded, days
// left in colour (rendered by LibreOffice), `guishu remind` and `guishu month`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openZip } from '../../src/cli/xlsx/zip';
import type ExcelJS from 'exceljs';
import { DEMO, ensureBuilt, guishu, readXlsx, ROOT, tempDir } from './helpers';
import { FILING_OWN_ZH, REGISTER_OWN_ZH } from '../helpers/ownColumns';

const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'today');
const OWN_ZH = REGISTER_OWN_ZH;

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  ensureBuilt();
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

type Report = {
  customers: { id: string; status: string; daysLeft: number | null }[];
  rows: {
    sheet: string;
    row: number;
    customerId: string | null;
    currentStatus: string | null;
    daysLeft: number | null;
  }[];
};

/** Header row (1-based) and the 1-based column of each header text, found in the first rows. */
function headerOf(ws: ExcelJS.Worksheet, text: string): { row: number; column: number } {
  for (let r = 1; r <= 10; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === text) return { row: r, column: c };
  }
  throw new Error(`no header ${text} on ${ws.name}`);
}

function rowTexts(ws: ExcelJS.Worksheet, row: number, from: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ws.getCell(row, from + i).value);
}

describe("issue 13 point 1: filtering 当前状态 for 保护中 gives the protected customers' rows", () => {
  it('on the demo workbook, exactly the rows of the customers the summary counts as protected', async () => {
    const out = path.join(tmp.dir, 'demo.xlsx');
    const run = guishu(['annotate', DEMO, '--as-of', '2026-11-30', '--out', out, '--json', '-']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const counted = Number(/保护中 (\d+)/.exec(run.stderr)?.[1]);
    const protectedIds = new Set(report.customers.filter((c) => c.status === 'protected').map((c) => c.id));
    expect(protectedIds.size).toBe(counted);
    expect(counted).toBeGreaterThan(0);

    const wb = await readXlsx(out);
    const customerOf = new Map(report.rows.map((r) => [`${r.sheet}\u0000${r.row}`, r.customerId]));
    const filtered = new Set<string>();
    const rowsFound: string[] = [];
    for (const name of ['来访登记', '客户备案']) {
      const ws = wb.getWorksheet(name)!;
      const { row: top, column } = headerOf(ws, '当前状态');
      const days = headerOf(ws, '剩余天数').column;
      for (let r = top + 1; r <= ws.rowCount; r++) {
        const left = ws.getCell(r, days).value;
        if (left !== null) expect(typeof left).toBe('number'); // sorts and filters as a number
        if (ws.getCell(r, column).value !== '保护中') continue;
        rowsFound.push(`${name}\u0000${r}`);
        filtered.add(customerOf.get(`${name}\u0000${r}`) ?? `no customer at ${name} ${r}`);
      }
    }
    expect([...filtered].sort()).toEqual([...protectedIds].sort());
    // … and every row of those customers is in the filter.
    const expectedRows = report.rows
      .filter((r) => r.customerId !== null && protectedIds.has(r.customerId))
      .map((r) => `${r.sheet}\u0000${r.row}`);
    expect(new Set(rowsFound)).toEqual(new Set(expectedRows));
    // The report says the same on rows (issue 13 point 6).
    for (const r of report.rows)
      expect(r.currentStatus === 'protected').toBe(r.customerId !== null && protectedIds.has(r.customerId));
    const c = report.customers.find((x) => x.status === 'protected')!;
    expect(c.daysLeft).toBeGreaterThan(0);
  });
});

describe('issue 13 point 2: a copy annotated by the previous version is upgraded', () => {
  const OLD = ['归属人', '归属状态', '业绩分成', '佣金分成', '保护到期', '判定依据'];
  const OLD_FILING = ['备案状态', '保护到期', '判定依据'];

  it("renames and rewrites the old own columns in place, keeps the manager's columns, and a rerun changes nothing", async () => {
    // The old block: after the manager's last column (来访登记 P = 16, header row 3; 客户备案 E = 5, row 1).
    const wb = await readXlsx(DEMO);
    const reg = wb.getWorksheet('来访登记')!;
    const fil = wb.getWorksheet('客户备案')!;
    const manager = (ws: ExcelJS.Worksheet, width: number) =>
      Array.from({ length: ws.rowCount }, (_, r) => rowTexts(ws, r + 1, 1, width));
    const before = { reg: manager(reg, 16), fil: manager(fil, 5) };
    for (const [i, h] of OLD.entries()) reg.getCell(3, 17 + i).value = h;
    for (const [i, h] of OLD_FILING.entries()) fil.getCell(1, 6 + i).value = h;
    for (let r = 4; r <= 20; r++) for (const i of OLD.keys()) reg.getCell(r, 17 + i).value = `旧${i}`;
    const old = path.join(tmp.dir, 'old.xlsx');
    await wb.xlsx.writeFile(old);

    const once = path.join(tmp.dir, 'upgraded-1.xlsx');
    const twice = path.join(tmp.dir, 'upgraded-2.xlsx');
    expect(guishu(['annotate', old, '--as-of', '2026-11-30', '--out', once]).code).toBe(0);
    expect(guishu(['annotate', once, '--as-of', '2026-11-30', '--out', twice]).code).toBe(0);
    const a = await readXlsx(once);
    const [ra, fa] = [a.getWorksheet('来访登记')!, a.getWorksheet('客户备案')!];
    expect(rowTexts(ra, 3, 17, 10)).toEqual([...OWN_ZH, null]);
    expect(rowTexts(fa, 1, 6, 7)).toEqual([...FILING_OWN_ZH, null]);
    // No old value left anywhere in the own columns.
    for (let r = 4; r <= ra.rowCount; r++)
      for (const v of rowTexts(ra, r, 17, 9)) expect(String(v ?? '')).not.toMatch(/^旧/);
    expect(manager(ra, 16)).toEqual(before.reg);
    expect(manager(fa, 5)).toEqual(before.fil);
    const b = await readXlsx(twice);
    for (const name of ['来访登记', '客户备案', '客户归属总表'])
      expect(b.getWorksheet(name)!.getSheetValues()).toEqual(a.getWorksheet(name)!.getSheetValues());
  });
});

/** Pixel counts of a PPM (P6) image near each colour. */
function countColours(ppm: Buffer, colours: Record<string, [number, number, number]>): Record<string, number> {
  // Header: P6\n<w> <h>\n<max>\n (comments are not written by pdftoppm).
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[at] as number))) at++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(ppm[at] as number))) s += String.fromCharCode(ppm[at++] as number);
    fields.push(s);
  }
  at++;
  const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
  for (let i = at; i + 2 < ppm.length; i += 3) {
    for (const [name, [r, g, b]] of Object.entries(colours)) {
      if (
        Math.abs((ppm[i] as number) - r) < 14 &&
        Math.abs((ppm[i + 1] as number) - g) < 14 &&
        Math.abs((ppm[i + 2] as number) - b) < 14
      )
        counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return counts;
}

describe('issue 13 point 3: days left turn colour in the annotated copy', () => {
  it('LibreOffice renders red and amber days-left cells (conditional formats, not cell fills)', async () => {
    const policy = path.join(tmp.dir, 'warn7.json');
    writeFileSync(policy, JSON.stringify({ preset: 'cross-customer', warnDays: 7 }));
    const out = path.join(tmp.dir, 'colours.xlsx');
    expect(guishu(['annotate', DEMO, '--as-of', '2026-11-30', '--policy', policy, '--out', out]).code).toBe(0);

    // The rule is in the file as a conditional format with dxf styles, on the days-left column only.
    const wb = await readXlsx(out);
    const reg = wb.getWorksheet('来访登记')!;
    const cf = (
      reg as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }
    ).conditionalFormattings;
    expect(cf.map((c) => [c.ref.replace(/\d+$/, ''), c.rules.map((r) => r.formulae?.[0])])).toEqual([
      ['S4:S', ['AND(ISNUMBER(S4),S4<=3)', 'AND(ISNUMBER(S4),S4<=7)']],
    ]);
    reg.eachRow((row) =>
      row.eachCell((cell) =>
        expect((cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? '').not.toMatch(
          /F28B82|FDD663/i,
        ),
      ),
    );

    const work = path.join(tmp.dir, 'render');
    mkdirSync(work, { recursive: true });
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    const profile = `file://${path.join(work, 'profile')}`;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, out],
      { stdio: 'pipe', timeout: 240_000 },
    );
    const pdf = path.join(work, 'colours.pdf');
    expect(existsSync(pdf)).toBe(true);
    execFileSync('pdftoppm', ['-r', '40', pdf, path.join(work, 'page')], { stdio: 'pipe', timeout: 120_000 });
    const pages = readdirSync(work)
      .filter((f) => f.endsWith('.ppm'))
      .sort();
    const totals = { red: 0, amber: 0 };
    let best = { page: '', score: -1 };
    for (const page of pages) {
      const c = countColours(readFileSync(path.join(work, page)), {
        red: [0xf2, 0x8b, 0x82],
        amber: [0xfd, 0xd6, 0x63],
      });
      totals.red += c.red ?? 0;
      totals.amber += c.amber ?? 0;
      const score = Math.min(c.red ?? 0, c.amber ?? 0);
      if (score > best.score) best = { page, score };
    }
    expect(totals.red).toBeGreaterThan(20);
    expect(totals.amber).toBeGreaterThan(20);
    // The page with both colours is kept as a PNG, a test artefact.
    mkdirSync(ARTIFACTS, { recursive: true });
    const n = pages.indexOf(best.page) + 1;
    execFileSync(
      'pdftoppm',
      [
        '-png',
        '-r',
        '60',
        '-f',
        String(n),
        '-l',
        String(n),
        '-singlefile',
        pdf,
        path.join(ARTIFACTS, 'days-left-colours'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    expect(existsSync(path.join(ARTIFACTS, 'days-left-colours.png'))).toBe(true);
  }, 300_000);
});

describe("issue 13 point 3: the colour rules are Guishu's own", () => {
  it("keeps a manager's conditional format and replaces, never stacks, its own on a rerun", async () => {
    const wb = await readXlsx(DEMO);
    const reg = wb.getWorksheet('来访登记')!;
    reg.addConditionalFormatting({
      ref: 'A4:A40',
      rules: [{ type: 'expression', priority: 1, formulae: ['LEN(A4)>0'], style: { font: { bold: true } } }],
    });
    const input = path.join(tmp.dir, 'manager-cf.xlsx');
    await wb.xlsx.writeFile(input);
    const once = path.join(tmp.dir, 'cf-1.xlsx');
    const twice = path.join(tmp.dir, 'cf-2.xlsx');
    expect(guishu(['annotate', input, '--as-of', '2026-11-30', '--out', once]).code).toBe(0);
    expect(guishu(['annotate', once, '--as-of', '2026-11-30', '--out', twice]).code).toBe(0);
    for (const file of [once, twice]) {
      const ws = (await readXlsx(file)).getWorksheet('来访登记')!;
      const cf = (
        ws as unknown as {
          conditionalFormattings: { ref: string; rules: { formulae?: string[]; priority: number }[] }[];
        }
      ).conditionalFormattings;
      expect(cf.map((c) => [c.ref, c.rules.map((r) => r.formulae?.[0])])).toEqual([
        ['A4:A40', ['LEN(A4)>0']],
        [expect.stringMatching(/^S4:S\d+$/), ['AND(ISNUMBER(S4),S4<=3)']],
      ]);
      const priorities = cf.flatMap((c) => c.rules.map((r) => r.priority));
      expect(new Set(priorities).size).toBe(priorities.length);
    }
  });
});

describe('issue 13 point 4: guishu remind', () => {
  it('prints per agent the customers about to lapse and what keeps them; --json - gives the documented shape', () => {
    const policy = path.join(tmp.dir, 'warn7r.json');
    writeFileSync(policy, JSON.stringify({ preset: 'cross-customer', warnDays: 7 }));
    const text = guishu(['remind', DEMO, '--as-of', '2026-11-30', '--policy', policy]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^到期提醒 截至 2026-11-30/);
    expect(text.stdout).toMatch(/前跟进/);
    expect(text.stdout).toMatch(/经理：逾期未跟进/);
    const json = guishu(['remind', DEMO, '--as-of', '2026-11-30', '--policy', policy, '--json', '-']);
    expect(json.code).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(Object.keys(r)).toEqual(['preset', 'asOf', 'horizon', 'warnDays', 'alertDays', 'agents', 'overdue']);
    expect(r.horizon).toBe(7);
    const all = r.agents.flatMap((a: { customers: unknown[] }) => a.customers);
    expect(all.length).toBeGreaterThan(0);
    for (const c of all) {
      expect(Object.keys(c)).toEqual([
        'customerId',
        'name',
        'phones',
        'agent',
        'status',
        'statusLabel',
        'protectedThrough',
        'daysLeft',
        'lastContact',
        'keep',
        'keepBy',
        'keepText',
        'overdue',
        'rules',
      ]);
      expect(c.daysLeft).toBeLessThanOrEqual(7);
    }
    // The same customers as the annotate report's days left within the horizon.
    const report = JSON.parse(
      guishu([
        'annotate',
        DEMO,
        '--as-of',
        '2026-11-30',
        '--policy',
        policy,
        '--out',
        path.join(tmp.dir, 'r.xlsx'),
        '--json',
        '-',
      ]).stdout,
    ) as Report;
    const due = report.customers
      .filter((c) => c.daysLeft !== null && c.daysLeft <= 7)
      .map((c) => c.id)
      .sort();
    expect(all.map((c: { customerId: string }) => c.customerId).sort()).toEqual(due);
  });

  it('refuses a missing workbook argument with exit 2', () => {
    expect(guishu(['remind']).code).toBe(2);
  });
});

describe('issue 13 point 5: guishu month', () => {
  it('writes 月结 YYYY-MM into the annotated copy and the month as JSON', async () => {
    const out = path.join(tmp.dir, 'month.xlsx');
    const json = path.join(tmp.dir, 'month.json');
    const run = guishu(['month', DEMO, '2026-10', '--out', out, '--json', json]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('判定日 2026-10-31');
    const m = JSON.parse(readFileSync(json, 'utf8'));
    expect(m).toMatchObject({ month: '2026-10', first: '2026-10-01', last: '2026-10-31', sheet: '月结 2026-10' });
    expect(m.agents.length).toBeGreaterThan(0);
    const wb = await readXlsx(out);
    const ws = wb.getWorksheet('月结 2026-10')!;
    expect(String(ws.getCell(1, 1).value)).toMatch(/^月结 2026-10/);
    expect(rowTexts(ws, 2, 1, 3)).toEqual(['顾问', '成交笔数', '业绩分成合计']);
    const agents = Array.from({ length: m.agents.length }, (_, i) => ws.getCell(3 + i, 1).value);
    expect(agents).toEqual(m.agents.map((a: { agent: string }) => a.agent));
    expect(ws.getCell(3, 2).value).toBe(String(m.agents[0].deals));
    // The copy is annotated as of the month's last day.
    expect(wb.getWorksheet('来访登记')).toBeDefined();
  });

  it('marks 月结 with a defined name Excel accepts, and a second run replaces that sheet', async () => {
    const out = path.join(tmp.dir, 'month-marks.xlsx');
    expect(guishu(['month', DEMO, '2026-10', '--out', out]).code).toBe(0);
    const again = path.join(tmp.dir, 'month-again.xlsx');
    expect(guishu(['month', out, '2026-10', '--out', again]).code).toBe(0);
    for (const file of [out, again]) {
      const zip = await openZip(file);
      const xml = await zip.text('xl/workbook.xml');
      zip.close();
      const names = [...xml.matchAll(/<definedName\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]!);
      expect(names).toContain('_guishu_月结_2026_10');
      // Excel's rule: a letter, _ or \ first, then letters, digits, _ and . only.
      for (const name of names) expect(name).toMatch(/^[\p{L}_\\][\p{L}\p{N}_.]*$/u);
    }
    const sheets = (await readXlsx(again)).worksheets.map((w) => w.name);
    expect(sheets.filter((n) => n.startsWith('月结'))).toEqual(['月结 2026-10']);
  });

  it('refuses a month that is not YYYY-MM with exit 2', () => {
    expect(guishu(['month', DEMO, '2026-13']).code).toBe(2);
    expect(guishu(['month', DEMO]).code).toBe(2);
  });
});
