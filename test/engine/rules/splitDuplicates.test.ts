// splitDuplicates (duplicates.ts, decide/D23): which deal rows are copies.
import { splitDuplicates } from '../../../src/engine/duplicates';
import { events, type Row } from '../../helpers/scenario';

const copies = (rows: Row[]) => splitDuplicates(events(rows)).copies.map((c) => [c.ev.ref.row, c.of.ref.row]);

test('decide/D23: equal date, time, phone, agent, kind, amount and 房号: a copy of the earliest row', () => {
  expect(
    copies([
      ['D', '11-05', '张三', 'C1', { amount: 1 }],
      ['D', '11-05', '张三', 'C1', { amount: 1 }],
      ['D', '11-05', '张三', 'C1', { amount: 1 }],
    ]),
  ).toEqual([
    [3, 2],
    [4, 2],
  ]);
});

test('decide/D23: the day after, another time, amount, agent, 房号 or kind: separate rows', () => {
  const a: Row = ['D', '11-05', '张三', 'C1', { amount: 1, unit: '1-101', time: '10:00' }];
  for (const b of [
    ['D', '11-06', '张三', 'C1', { amount: 1, unit: '1-101', time: '10:00' }],
    ['D', '11-05', '张三', 'C1', { amount: 1, unit: '1-101', time: '11:00' }],
    ['D', '11-05', '张三', 'C1', { amount: 2, unit: '1-101', time: '10:00' }],
    ['D', '11-05', '李四', 'C1', { amount: 1, unit: '1-101', time: '10:00' }],
    ['D', '11-05', '张三', 'C1', { amount: 1, unit: '1-102', time: '10:00' }],
    ['Dp', '11-05', '张三', 'C1', { amount: 1, unit: '1-101', time: '10:00' }],
  ] as Row[])
    expect(copies([a, b])).toEqual([]);
});

test('decide/D23: visits are never copies; rows without a phone are keyed by name', () => {
  expect(
    copies([
      ['V', '11-05', '张三', 'C1'],
      ['V', '11-05', '张三', 'C1'],
    ]),
  ).toEqual([]);
  expect(
    copies([
      ['D', '11-05', '张三', 'C1', { noPhone: true, name: '王' }],
      ['D', '11-05', '张三', 'C1', { noPhone: true, name: '王' }],
    ]),
  ).toEqual([[3, 2]]);
  expect(
    copies([
      ['D', '11-05', '张三', 'C1', { noPhone: true, name: '王' }],
      ['D', '11-05', '张三', 'C1', { noPhone: true, name: '李' }],
    ]),
  ).toEqual([]);
});
