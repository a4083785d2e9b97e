// earlyEnough (src/engine/rules/filing.ts): channel-confirm R1's half a day (decide/D1, §3).
import { earlyEnough } from '../../../src/engine/rules/filing';
import { events } from '../../helpers/scenario';

const pair = (report: Parameters<typeof events>[0][number], visit: Parameters<typeof events>[0][number]) => {
  const [r, v] = events([report, visit]);
  return [r, v] as const;
};

describe('earlyEnough', () => {
  test('with times: exactly 12 hours ahead is enough (boundary)', () => {
    const [r, v] = pair(
      ['Rep', '11-10', null, 'C1', { channel: 'A', time: '19:00' }],
      ['V', '11-11', '张三', 'C1', { time: '07:00' }],
    );
    expect(earlyEnough(r, v, 720)).toBe(true);
  });
  test('with times: one minute less is not', () => {
    const [r, v] = pair(
      ['Rep', '11-10', null, 'C1', { channel: 'A', time: '19:01' }],
      ['V', '11-11', '张三', 'C1', { time: '07:00' }],
    );
    expect(earlyEnough(r, v, 720)).toBe(false);
  });
  test('decide/D1: dates only, the day before counts, the same day does not', () => {
    expect(
      earlyEnough(...pair(['Rep', '11-10', null, 'C1', { channel: 'A' }], ['V', '11-11', '张三', 'C1']), 720),
    ).toBe(true);
    expect(
      earlyEnough(
        ...pair(['Rep', '11-11', null, 'C1', { channel: 'A' }], ['V', '11-11', '张三', 'C1', { time: '20:00' }]),
        720,
      ),
    ).toBe(false);
  });
  test('point 4: a report entered after its date counts from its entry day', () => {
    expect(
      earlyEnough(
        ...pair(
          ['Rep', '11-08', null, 'C1', { channel: 'A', time: '08:00', entered: '11-11' }],
          ['V', '11-11', '张三', 'C1', { time: '21:00' }],
        ),
        720,
      ),
    ).toBe(false);
    expect(
      earlyEnough(
        ...pair(['Rep', '11-08', null, 'C1', { channel: 'A', entered: '11-10' }], ['V', '11-11', '张三', 'C1']),
        720,
      ),
    ).toBe(true);
  });
  test('policy override: a 24-hour lead refuses 20 hours', () => {
    const [r, v] = pair(
      ['Rep', '11-10', null, 'C1', { channel: 'A', time: '12:00' }],
      ['V', '11-11', '张三', 'C1', { time: '08:00' }],
    );
    expect([earlyEnough(r, v, 720), earlyEnough(r, v, 1440)]).toEqual([true, false]);
  });
});
