// `guishu demo` and the example workbook it runs on.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO, ensureBuilt, guishu, readXlsx, ROOT, sha256, tempDir } from './helpers';

const tmp = tempDir();
beforeAll(ensureBuilt);
afterAll(tmp.cleanup);

describe('guishu demo', () => {
  it('annotates the example into out/ of the current directory and prints a summary', () => {
    const before = sha256(DEMO);
    const run = guishu(['demo'], { cwd: tmp.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cross-customer');
    expect(run.stdout).toContain('判定日 2026-11-30');
    expect(run.stdout).toMatch(/客户 \d+ 位/);
    expect(run.stdout).toMatch(/冲突 \d+ 条，问题 \d+ 条/);
    expect(run.stdout).toContain(path.join('out', 'demo.guishu.xlsx'));
    expect(run.stdout).toContain(path.join('out', 'demo.report.json'));
    expect(existsSync(path.join(tmp.dir, 'out', 'demo.guishu.xlsx'))).toBe(true);
    const report = JSON.parse(readFileSync(path.join(tmp.dir, 'out', 'demo.report.json'), 'utf8'));
    expect(report.asOf).toBe('2026-11-30');
    expect(report.preset).toBe('cross-customer');
    expect(sha256(DEMO)).toBe(before);
  });

  it('is repeatable: the same report every run', () => {
    const a = readFileSync(path.join(tmp.dir, 'out', 'demo.report.json'), 'utf8');
    expect(guishu(['demo'], { cwd: tmp.dir }).code).toBe(0);
    expect(readFileSync(path.join(tmp.dir, 'out', 'demo.report.json'), 'utf8')).toBe(a);
  });

  it('speaks English with --lang en', () => {
    const run = guishu(['demo', '--lang', 'en'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('as of 2026-11-30');
    expect(run.stdout).toContain('Annotated copy');
  });
});

describe('examples/demo.xlsx', () => {
  // Zip entries carry the time they were written, so compare what the sheets hold, not bytes.
  const contents = async (file: string) =>
    (await readXlsx(file)).worksheets.map((ws) => ({
      name: ws.name,
      values: JSON.stringify(ws.getSheetValues()),
      merges: ws.model.merges,
    }));

  it('is what examples/make-demo.mjs generates (regenerate with npm run make-demo)', async () => {
    const fresh = path.join(tmp.dir, 'fresh.xlsx');
    execFileSync(process.execPath, [path.join(ROOT, 'examples', 'make-demo.mjs'), fresh], { stdio: 'pipe' });
    expect(await contents(fresh)).toEqual(await contents(DEMO));
  });

  it('looks like a real register: title, 填表人 line, 300+ rows, the four sheets', async () => {
    const wb = await readXlsx(DEMO);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['来访登记', '客户备案', '人员', '裁决']);
    const reg = wb.getWorksheet('来访登记')!;
    expect(reg.getCell('A1').value).toMatch(/项目来访客户登记表$/);
    expect(reg.getCell('A2').value).toMatch(/^填表人：前台/);
    expect(reg.rowCount).toBeGreaterThan(300);
  });
});
