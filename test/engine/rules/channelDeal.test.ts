// channelDeal (rules/channelDeal.ts, decide/D3). Boundary: a visit on the report's last valid
// day (R3: 3 days) makes a channel customer; the day after it is the agent's own; override: 4 days.
import { dealsOf, run, view, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (visit: string): Row[] => [
  ['Rep', '11-10', null, 'C1', { channel: '渠道A' }],
  ['V', visit, '张三', 'C1'],
  ['D', visit, '张三', 'C1'],
];

test('decide/D3: visited on the last day, the deal is 100% the receiving agent’s and the owner stays the channel', () => {
  const r = run({ preset: 'channel-confirm', rows: rows('11-13') });
  expect(dealsOf(r, 'C1')[0]).toMatchObject({ performance: { 张三: 1 }, commission: { 张三: 1 } });
  expect(dealsOf(r, 'C1')[0].rules).toContain('decide/D3');
  expect(view(r, 'C1')).toMatchObject({ owner: '渠道A', ownerKind: 'channel', status: 'closed' });
});

test('channel-confirm R3: the day after, the report lapsed and the agent owns', () => {
  const r = run({ preset: 'channel-confirm', rows: rows('11-14') });
  expect(view(r, 'C1')).toMatchObject({ owner: '张三', ownerKind: 'agent' });
  expect(dealsOf(r, 'C1')[0].rules).not.toContain('decide/D3');
});

test('override: with 4 days to visit the day after is still the channel’s', () => {
  const p = policy({ preset: 'channel-confirm', filing: { visitWithin: { days: 4 } } });
  expect(view(run({ preset: 'channel-confirm', rows: rows('11-14'), policy: p }), 'C1').ownerKind).toBe('channel');
});
