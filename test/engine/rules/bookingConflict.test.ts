// bookingConflict (rules/booking.ts, dafang R10): a first deal by someone other than the agent
// the customer booked with stands on 冲突. Override: a preset without the rule.
import { run, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (closer: string): Row[] => [
  ['C', '11-01', '张三', 'C1'],
  ['D', '11-05', closer, 'C1'],
];

test('dafang R10: another agent’s first deal is flagged', () => {
  expect(run({ preset: 'dafang', rows: rows('李四') }).conflicts.map((c) => c.kind)).toEqual(['forbidden-contact']);
});

test('dafang R10: the booked agent’s own deal is not', () => {
  expect(run({ preset: 'dafang', rows: rows('张三') }).conflicts).toEqual([]);
});

test('override: without the booking rule nothing is flagged', () => {
  const p = policy({ preset: 'dafang', claim: { booking: null } });
  expect(run({ preset: 'dafang', rows: rows('李四'), policy: p }).conflicts).toEqual([]);
});
