// Entry time (src/engine/entry.ts, rulebook §3, §8).
import { backdated, enteredFirst, enteredOn, enteredText } from '../../src/engine/entry';
import { day, events, run } from '../helpers/scenario';

describe('entry time', () => {
  const [honest, late, early] = events([
    ['V', '11-01', '张三', 'C1'],
    ['V', '11-01', '李四', 'C1', { entered: '11-05' }],
    ['V', '11-03', '王五', 'C1', { entered: '11-02' }],
  ]);
  test('a row without a stamp is entered on its own date', () => {
    expect([enteredOn(honest), backdated(honest)]).toEqual([day('11-01'), false]);
  });
  test('a back-dated row counts as entered on its stamp, and says so', () => {
    expect([enteredOn(late), backdated(late)]).toEqual([day('11-05'), true]);
    expect(enteredText(late).zh).toBe('该行登记日期 2026-11-01，录入于 2026-11-05');
  });
  test('a stamp before the row’s date (typed ahead) never makes it earlier than its date', () => {
    expect([enteredOn(early), backdated(early)]).toEqual([day('11-03'), false]);
  });
  test('who was first goes by entry time', () => {
    expect(enteredFirst(early, late)).toBeLessThan(0);
    expect(enteredFirst(honest, late)).toBeLessThan(0);
  });
});

describe('entry time on 变更日志 (decide/D12)', () => {
  test('a change made by a back-dated row carries its entry day', () => {
    const r = run(
      {
        preset: 'cross-customer',
        rows: [
          ['V', '11-01', '张三', 'C1', { entered: '11-05' }],
          ['F', '11-03', '张三', 'C1'],
        ],
      },
      '11-06',
    );
    expect(r.changes.map((c) => [c.entered ?? null, c.rules.includes('decide/D12')])).toEqual([[day('11-05'), true]]);
  });
});
