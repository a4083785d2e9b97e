// decide/D13 (rulebook §10): a year-less date takes its year from, in order: the sheet's name or
// title; the row's entry stamp (the latest such day on or before it); the year putting it nearest
// the sheet's latest full date; else the latest such day on or before the as-of day.
import { annotate } from '../../src/engine';
import { getPreset } from '../../src/policy';
import { issueMessage, readWorkbook } from '../../src/table';
import { yearOf } from '../../src/table/dates';
import { jsonReport } from '../../src/table/report';
import { day, grid } from './helpers';

const HEAD = ['日期', '客户姓名', '联系电话', '置业顾问', '录入时间'];
const row = (date: unknown, entered: unknown = '', n = 1) => [date, `客户${n}`, `1392222001${n}`, '张三', entered];
const readAt = (asOf: string, name: string, rows: unknown[][], title: unknown[][] = []) =>
  readWorkbook([grid(name, [...title, HEAD, ...rows])], { asOf: day(asOf) });
const dayOfRow = (input: ReturnType<typeof readAt>['input'], r: number) =>
  input.events.find((e) => e.ref.row === r)?.day;

describe('decide/D13 step 1: the sheet’s name or title', () => {
  it('the name’s year wins over the entry stamp, the sheet’s latest full date and as-of', () => {
    const { input } = readAt('2028-03-01', '来访登记 2026年12月', [
      row('2027-11-30', '', 1),
      row('12月28日', '2027-01-02', 2),
    ]);
    expect(dayOfRow(input, 3)).toBe(day('2026-12-28'));
    const note = input.issues.find((i) => i.code === 'year-inferred');
    expect(note).toMatchObject({ row: 3, rules: ['decide/D13'], params: expect.objectContaining({ basis: 'name' }) });
    expect(note?.message).toBe('“12月28日”未写年份，按表名或标题中的年份读作 2026-12-28（decide/D13）');
    expect(issueMessage(note!, 'en')).toBe(
      '"12月28日" has no year; read as 2026-12-28 from the year in the sheet\'s name or title (decide/D13)',
    );
  });

  it('a title row above the header gives the year when the name has none', () => {
    const { input } = readAt(
      '2028-03-01',
      '来访登记',
      [row('2027-11-30', '', 1), row('12月28日', '', 2)],
      [['XX项目来访客户登记表 2026年12月']],
    );
    expect(dayOfRow(input, 4)).toBe(day('2026-12-28'));
  });
});

describe('decide/D13 step 2: the row’s entry stamp', () => {
  it('the latest such day on or before the entry, over the sheet’s latest full date', () => {
    const { input } = readAt('2028-03-01', '来访登记', [row('2027-12-30', '', 1), row('12月28日', '2027-01-02', 2)]);
    expect(dayOfRow(input, 3)).toBe(day('2026-12-28'));
    expect(input.issues.find((i) => i.code === 'year-inferred')?.params).toMatchObject({ basis: 'entered' });
  });

  it('on the entry day itself, and the year before when entered the day before', () => {
    expect(dayOfRow(readAt('2028-03-01', '来访登记', [row('12月28日', '2026-12-28 09:00', 2)]).input, 2)).toBe(
      day('2026-12-28'),
    );
    expect(dayOfRow(readAt('2028-03-01', '来访登记', [row('12月28日', '2026-12-27', 2)]).input, 2)).toBe(
      day('2025-12-28'),
    );
  });
});

describe('decide/D13 step 3: nearest the sheet’s latest full date', () => {
  it('the latest full date anywhere on the sheet, not the row above', () => {
    const { input } = readAt('2028-03-01', '来访登记', [
      row('2025-06-01', '', 1),
      row('12月28日', '', 2),
      row('2027-01-05', '', 3),
    ]);
    expect(dayOfRow(input, 3)).toBe(day('2026-12-28'));
    expect(input.issues.find((i) => i.code === 'year-inferred')?.params).toMatchObject({ basis: 'sheet' });
  });

  it('across the year boundary both ways', () => {
    expect(yearOf(1, 3, { nameYear: null, asOf: null }, null, day('2026-12-28'))).toEqual({
      day: day('2027-01-03'),
      basis: 'sheet',
    });
    expect(yearOf(12, 30, { nameYear: null, asOf: null }, null, day('2027-01-02'))).toEqual({
      day: day('2026-12-30'),
      basis: 'sheet',
    });
  });
});

describe('decide/D13 step 4: on or before the as-of day', () => {
  it.each([
    ['2027-01-05', '2026-12-28'],
    ['2026-12-28', '2026-12-28'],
    ['2026-12-27', '2025-12-28'],
  ])('as of %s, 12月28日 is %s', (asOf, expected) => {
    const { input } = readAt(asOf, '来访登记', [row('12月28日', '', 2)]);
    expect(dayOfRow(input, 2)).toBe(day(expected));
    expect(input.issues[0]).toMatchObject({
      code: 'year-inferred',
      rules: ['decide/D13'],
      params: expect.objectContaining({ basis: 'asOf' }),
    });
  });

  it('with no as-of day the row cannot be dated, and the line cites decide/D13', () => {
    const { input } = readWorkbook([grid('来访登记', [HEAD, row('12月28日', '', 2)])]);
    expect(input.events).toEqual([]);
    expect(input.issues).toEqual([expect.objectContaining({ code: 'year-unknown', rules: ['decide/D13'] })]);
  });
});

describe('decide/D13 reaches the report', () => {
  it('the JSON report’s issue carries the rule id', () => {
    const { input } = readAt('2027-01-05', '来访登记', [row('12月28日', '', 2)]);
    const policy = getPreset('cross-customer')!;
    const report = jsonReport(annotate(input, policy, day('2027-01-05')), policy, 'zh');
    expect(report.issues).toEqual([expect.objectContaining({ sheet: '来访登记', row: 2, rules: ['decide/D13'] })]);
  });
});

describe('decide/D13 step 3 reads every full date of the sheet', () => {
  it('with year-less visit dates only, a full 成交日期 elsewhere on the sheet gives the year', () => {
    const head = ['日期', '客户姓名', '联系电话', '置业顾问', '成交日期'];
    const { input } = readWorkbook(
      [
        grid('来访登记', [
          head,
          ['12月28日', '王先生', '13922220013', '张三', ''],
          ['1月2日', '李女士', '13922220014', '张三', '2027-01-02'],
        ]),
      ],
      { asOf: day('2028-06-01') },
    );
    expect(dayOfRow(input, 2)).toBe(day('2026-12-28'));
    expect(dayOfRow(input, 3)).toBe(day('2027-01-02'));
    expect(input.issues.filter((i) => i.code === 'year-inferred').map((i) => i.params?.basis)).toEqual([
      'sheet',
      'sheet',
    ]);
  });
});
