// Issue 12 point 1 in the add-on: a document whose only record sheet is a filing sheet is
// recomputed like any register (the built dist/Code.js in node:vm over the fake).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createFake, plain, sheetFromRows, snapshot, type Fake } from './fake';
import { STATUS_WORDS } from '../../src/vocab/statuses';
import { cellDate, loadAt, MANAGER, manifestScopes, settings } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'Code.js')))
    execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

type Counts = { customers: number; rows: number; notes: string[] };

function filingDocument(sheets: Record<string, unknown[][]>): Fake {
  const first = Object.keys(sheets)[0] ?? 'Sheet1';
  const fake = createFake({ user: MANAGER, scopes: manifestScopes(), firstSheetName: first });
  for (const [name, rows] of Object.entries(sheets)) sheetFromRows(fake.spreadsheet, name, rows);
  return fake;
}

const FILINGS: unknown[][] = [
  ['报备日期', '客户姓名', '联系电话', '报备人'],
  [cellDate('2026-11-01'), '王先生', '13922220013', '张三'],
  [cellDate('2026-11-20'), '李女士', '13922220014', '李四'],
];

describe('issue 12 point 1: a filing sheet alone is a register (add-on)', () => {
  test('park-report: a document with only 报备 recomputes; pending-visit, then released when the window passes', () => {
    const fake = filingDocument({ 报备: FILINGS });
    settings(fake, { preset: 'park-report' });
    const r = plain<Counts>(fake.call(loadAt(fake, '2026-11-21T10:00:00'), 'guishuRecompute'));
    expect(r.notes.join(' ')).not.toMatch(/没有找到/);
    expect(r.customers).toBe(2);
    const values = fake.values('报备');
    const status = values[0].indexOf('当时备案状态');
    expect(status).toBeGreaterThan(3);
    expect(values[1][status]).toBe(STATUS_WORDS['pending-visit'].zh);
    expect(values[2][status]).toBe(STATUS_WORDS['pending-visit'].zh);

    const statusOf = (name: string): unknown => {
      const sheet = fake.values('客户归属总表');
      const row = sheet.find((r) => r[1] === name);
      return row?.[sheet[0].indexOf('状态')];
    };
    expect(statusOf('李女士')).toBe(STATUS_WORDS['pending-visit'].zh);
    expect(statusOf('王先生')).toBe(STATUS_WORDS.released.zh);

    // 李女士's report lapses too once its days to visit have passed (the row keeps what it said then).
    const later = plain<Counts>(fake.call(loadAt(fake, '2027-03-01T10:00:00'), 'guishuRecompute'));
    expect(later.customers).toBe(2);
    expect(statusOf('王先生')).toBe(STATUS_WORDS.released.zh);
    expect(statusOf('李女士')).toBe(STATUS_WORDS.released.zh);
  });

  test('a document with neither a register nor a filing sheet writes nothing and says so', () => {
    const fake = filingDocument({
      Sheet1: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    });
    settings(fake, {});
    const before = snapshot(fake.spreadsheet);
    const r = plain<Counts>(fake.call(loadAt(fake, '2026-11-25T10:00:00'), 'guishuRecompute'));
    expect(r.notes.join(' ')).toMatch(/没有找到来访登记表或客户备案表/);
    expect(snapshot(fake.spreadsheet)).toEqual(before);
  });
});
