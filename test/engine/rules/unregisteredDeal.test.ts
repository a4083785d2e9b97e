// unregisteredDeal (rules/unregistered.ts, daily-chem-filing R1/R2, decide/D8). Boundary: the
// filer's payment on the filing's last protected day and the day after; override: the window.
import { dealsOf, run, view, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (date: string, who = '张三'): Row[] => [
  ['R', '08-01', '张三', 'C1'],
  ['P', date, who, 'C1'],
];

test('daily-chem-filing R3: a payment on the last protected day keeps the customer ③', () => {
  const r = run({ preset: 'daily-chem-filing', rows: rows('11-01') });
  expect(view(r, 'C1').label).toBe('③正合作有客户保护');
  expect(dealsOf(r, 'C1')[0].rules).not.toContain('decide/D8');
});

test('decide/D8: the filer’s payment the day after the lapse makes it ③ again', () => {
  const r = run({ preset: 'daily-chem-filing', rows: rows('11-02') });
  expect(view(r, 'C1')).toMatchObject({ owner: '张三', label: '③正合作有客户保护' });
  expect(dealsOf(r, 'C1')[0].rules).toContain('decide/D8');
});

test('decide/D8: another agent’s payment after the lapse is theirs; the customer stays ②', () => {
  const r = run({ preset: 'daily-chem-filing', rows: rows('11-02', '李四') });
  expect(view(r, 'C1').label).toBe('②已登记未合作无客户保护');
  expect(dealsOf(r, 'C1')[0].performance).toEqual({ 李四: 1 });
});

test('daily-chem-filing R1: a payment on a customer never filed is ①', () => {
  expect(view(run({ preset: 'daily-chem-filing', rows: [['P', '08-01', '李四', 'C2']] }), 'C2').label).toBe(
    '①未登记潜在客户',
  );
});

test('override: a 4-month filing window still covers the day after', () => {
  const p = policy({
    preset: 'daily-chem-filing',
    filing: { window: { months: 4 } },
    claim: { window: { months: 4 } },
  });
  const r = run({ preset: 'daily-chem-filing', rows: rows('11-02'), policy: p });
  expect(dealsOf(r, 'C1')[0].rules).not.toContain('decide/D8');
});
