// Issue 12 point 1 on the command line: a workbook whose only record sheet is a filing sheet is
// a complete input for the presets whose claims start with a filing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STATUS_WORDS } from '../../src/vocab/statuses';
import { ensureBuilt, expectOneLine, guishu, readXlsx, tempDir, writeXlsx } from './helpers';

const tmp = tempDir();
afterAll(tmp.cleanup);
beforeAll(ensureBuilt);

const FILINGS = [
  ['XX产业园客户报备表'],
  ['报备日期', '客户姓名', '联系电话', '报备人'],
  ['2026-11-01', '王先生', '(+86)139 2222 0013', '张三'],
  ['2026-11-20', '李女士', '13922220014', '李四'],
];

type Report = { customers: { name: string; status: string; owner: string | null }[] };

describe('issue 12 point 1: a filing sheet alone is a register (command line)', () => {
  it.each(['客户备案', '报备', '备案'])(
    'park-report on a workbook with only %s: exit 0, annotated, pending-visit and released',
    async (sheet) => {
      const book = path.join(tmp.dir, `${sheet}.xlsx`);
      await writeXlsx(book, [{ name: sheet, rows: FILINGS }]);
      const json = path.join(tmp.dir, `${sheet}.json`);
      const out = path.join(tmp.dir, `${sheet}.guishu.xlsx`);
      const run = guishu([
        'annotate',
        book,
        '--preset',
        'park-report',
        '--as-of',
        '2026-11-21',
        '--out',
        out,
        '--json',
        json,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
      const status = Object.fromEntries(report.customers.map((c) => [c.name, c.status]));
      expect(status).toEqual({ 王先生: 'released', 李女士: 'pending-visit' });
      const ws = (await readXlsx(out)).getWorksheet(sheet)!;
      // Today's standing first, then the filing's status at that row (issue 13).
      expect(ws.getCell(2, 5).value).toBe('当前归属');
      expect(ws.getCell(2, 8).value).toBe('当时备案状态');
      expect(ws.getCell(4, 6).value).toBe(STATUS_WORDS['pending-visit'].zh);
      expect(ws.getCell(4, 8).value).toBe(STATUS_WORDS['pending-visit'].zh);
      expect(String(ws.getCell(4, 10).value)).toMatch(/park-report\/R2/);
    },
  );

  it('channel-confirm on a 报备 sheet alone: a channel report waits for the visit', async () => {
    const book = path.join(tmp.dir, 'channel.xlsx');
    await writeXlsx(book, [
      {
        name: '报备',
        rows: [
          ['报备时间', '客户姓名', '联系电话', '渠道公司', '渠道经纪人'],
          ['2026-11-20 10:00', '赵先生', '0086 139 2222 0015', '渠道A', '小王'],
        ],
      },
    ]);
    const run = guishu(['annotate', book, '--preset', 'channel-confirm', '--as-of', '2026-11-20', '--json', '-']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.customers.map((c) => c.status)).toEqual(['pending-visit']);
  });

  it('exit 1 only when neither a register nor a filing sheet is there', async () => {
    const book = path.join(tmp.dir, 'staff-only.xlsx');
    await writeXlsx(book, [
      {
        name: '人员',
        rows: [
          ['姓名', '状态'],
          ['张三', '在职'],
        ],
      },
    ]);
    const run = guishu(['annotate', book]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/没有找到来访登记表或客户备案表.*人员/);
  });

  it('errors point 6, issue 15.6: the sheets are listed with role words (never a role key), and the names looked for are the same list in both languages', async () => {
    const book = path.join(tmp.dir, 'staff-rulings.xlsx');
    await writeXlsx(book, [
      {
        name: '人员',
        rows: [
          ['姓名', '状态'],
          ['张三', '在职'],
        ],
      },
      {
        name: '裁决',
        rows: [
          ['裁决日期', '客户', '新归属人'],
          ['2026-11-01', '陈先生', '张三'],
        ],
      },
    ]);
    const zh = expectOneLine(guishu(['annotate', book]));
    const en = expectOneLine(guishu(['annotate', book, '--lang', 'en']));
    expect(zh).toMatch(/现有工作表：人员（人员表）、裁决（裁决表）$/);
    expect(en).toMatch(/sheets: 人员 \(Staff\), 裁决 \(Rulings\)$/);
    expect(zh).not.toMatch(/（(staff|rulings|register|filing)）/);
    const namesZh = /按表名 (.*?) 或按表头/.exec(zh)?.[1];
    const namesEn = /looked for sheets named (.*?), or with/.exec(en)?.[1];
    expect(namesZh).toContain('Visits');
    expect(namesZh).toContain('Filings');
    expect(namesZh).toBe(namesEn);
  });

  it('errors point 6: guishu month --help names --tz, which it accepts', () => {
    for (const lang of ['zh', 'en']) {
      const run = guishu(['month', '--help', '--lang', lang]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^  --tz </m);
    }
  });
});
