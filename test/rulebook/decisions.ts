// Rule tests for the decisions of rulebook §10 on timing and evidence (decide/D1, D2, D4, D5,
// D7, D10, D12, D14, D15, D16, D18, D19, D20) and issue 12's points 3–6 and 8, in the table form
// of table.ts. Each name starts with the decision or rule it proves.
import type { Case } from './table';
import { FILINGS } from '../helpers/scenario';

const all = (who: string) => ({ [who]: 1 });
const half = (a: string, b: string) => ({ [a]: 0.5, [b]: 0.5 });

export const DECISIONS: Case[] = [
  // decide/D1: 提前半天 on dates alone when a row has no time.
  {
    name: 'decide/D1: a same-day report without times is late; the receiving agent owns',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A' }],
      ['V', '11-10', '张三', 'C1', { time: '20:00' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { conflict: 'report-rejected', rule: 'decide/D1', without: 'decide/D12' },
    ],
  },
  {
    name: 'decide/D1: a report dated the day before is half a day ahead, whatever the hour',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A', time: '23:00' }],
      ['V', '11-11', '张三', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '渠道A', ownerKind: 'channel' },
      { row: 2, rule: 'decide/D1' },
    ],
  },
  // decide/D2 and point 3: the latest call or visit by anyone judges a report.
  {
    name: 'decide/D2: an agent’s claim holds 21 days after the owner’s own latest contact',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-22', customer: 'C1', owner: '张三', status: 'protected' },
      { asOf: '11-23', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'decide/D2: a report within 21 days of anyone’s visit is rejected though the claim lapsed',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['Rep', '12-05', null, 'C1', { channel: '渠道A' }],
    ],
    checks: [
      { asOf: '12-05', customer: 'C1', status: 'released', ownerKind: 'pool' },
      { asOf: '12-05', conflict: 'report-rejected', rule: 'decide/D2' },
    ],
  },
  {
    name: 'decide/D2: 22 days after the latest visit by anyone, the report is the channel’s',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['Rep', '12-12', null, 'C1', { channel: '渠道A' }],
    ],
    checks: [
      { asOf: '12-12', customer: 'C1', status: 'pending-visit', owner: '渠道A' },
      { asOf: '12-12', noConflict: 'report-rejected' },
    ],
  },
  // decide/D4 and point 8: the call-back follows the reception.
  {
    name: 'decide/D4: a reception on the window’s last day holds the customer through the next day',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-08', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-09', customer: 'C1', owner: '张三', status: 'protected', through: '2026-11-09' },
      { asOf: '11-09', row: 3, rule: 'decide/D4' },
      { asOf: '11-10', customer: 'C1', status: 'company', rule: 'cross-customer/R3' },
    ],
  },
  {
    name: 'decide/D4: the call-back on the next day restarts R4.1',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-08', '李四', 'C1'],
      ['C', '11-09', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-16', customer: 'C1', owner: '张三', status: 'protected' },
      { asOf: '11-17', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'decide/D4: an owner’s contact the same day without times counts as the call-back',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['F', '11-05', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-07', customer: 'C1', owner: '张三', status: 'protected' },
      { asOf: '11-07', row: 3, rule: 'decide/D4' },
    ],
  },
  {
    name: 'cross-customer R3 (point 8): an owner’s contact before the reception’s time is no call-back',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-05', '张三', 'C1', { time: '10:00' }],
      ['V', '11-05', '李四', 'C1', { time: '15:00' }],
    ],
    checks: [{ asOf: '11-07', customer: 'C1', status: 'company', rule: 'cross-customer/R3' }],
  },
  {
    name: 'cross-customer R3 (point 8): an owner’s contact after the reception’s time is the call-back',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1', { time: '10:00' }],
      ['F', '11-05', '张三', 'C1', { time: '15:00' }],
    ],
    checks: [{ asOf: '11-07', customer: 'C1', owner: '张三', status: 'protected' }],
  },
  // decide/D5: R4.1 lapses to the pool; only a missed call-back goes to the manager.
  {
    name: 'decide/D5: seven days without the owner’s follow-up put the customer in the pool',
    preset: 'cross-customer',
    rows: [['V', '11-01', '张三', 'C1']],
    checks: [
      { asOf: '11-08', customer: 'C1', status: 'protected' },
      { asOf: '11-09', customer: 'C1', status: 'released', ownerKind: 'pool', rule: 'decide/D5' },
    ],
  },
  {
    name: 'decide/D5: a missed call-back sends the customer to the manager',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-03', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-04', customer: 'C1', status: 'protected' },
      { asOf: '11-05', customer: 'C1', status: 'company', owner: '销售经理', rule: 'decide/D5' },
      { asOf: '11-05', conflict: 'callback-missed', rule: 'decide/D5' },
    ],
  },
  // decide/D7: dafang's month and its phone bookings.
  {
    name: 'decide/D7: another agent’s contact renews nothing; the month runs from the owner’s deal',
    preset: 'dafang',
    rows: [
      ['D', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
    ],
    checks: [
      { asOf: '12-01', customer: 'C1', owner: '张三', status: 'protected' },
      { asOf: '12-02', customer: 'C1', status: 'released' },
      { asOf: '12-01', row: 3, rule: 'decide/D7' },
    ],
  },
  {
    name: 'decide/D7: a first deal at a visit booked by phone with another agent is the booking agent’s',
    preset: 'dafang',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-05', '李四', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'decide/D7' },
      { conflict: 'forbidden-contact', rule: 'dafang/R10' },
    ],
  },
  {
    name: 'decide/D7: the booking agent resting that day shares 50/50 (R6)',
    preset: 'dafang',
    staff: [['张三', 'rest', '11-05']],
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['D', '11-05', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: half('张三', '李四'), commission: half('张三', '李四'), rule: 'dafang/R6' }],
  },
  {
    name: 'decide/D7: a booking lapses after the month; the closer owns',
    preset: 'dafang',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['D', '12-02', '李四', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '李四' },
      { deal: 'C1', performance: all('李四') },
    ],
  },
  // decide/D10 and point 3: the 12 months from the latest viewing by anyone; the fee to the viewing that earned it.
  {
    name: 'decide/D10: R1’s fee goes to the earliest viewing within 12 months of the deal',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2026-01-10', '张三', 'C1'],
      ['W', '2026-06-01', '李四', 'C1'],
      ['D', '2026-11-01', null, 'C1', { source: '业主自行交易', amount: 1_000_000 }],
    ],
    checks: [{ deal: 'C1', owed: { agent: '张三', amount: 30_000 }, rule: 'decide/D10' }],
  },
  {
    name: 'decide/D10: the 12 months run from the latest viewing by anyone',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2025-10-01', '张三', 'C1'],
      ['W', '2026-03-01', '李四', 'C1'],
      ['D', '2026-11-01', null, 'C1', { source: '业主自行交易', amount: 1_000_000 }],
    ],
    checks: [
      { asOf: '2026-10-31', customer: 'C1', status: 'protected', through: '2027-03-01' },
      { deal: 'C1', owed: { agent: '李四', amount: 30_000 } },
    ],
  },
  {
    name: 'decide/D10: the spouse is a related party (直系亲属 is an open list)',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2026-03-01', '张三', 'C1'],
      ['D', '2026-11-01', null, 'C15', { source: '业主自行交易', amount: 1_000_000, relation: '配偶', linked: 'C1' }],
    ],
    checks: [{ deal: 'C1', owed: { agent: '张三', amount: 30_000 } }],
  },
  {
    name: 'decide/D10: R2’s fee goes to the buyer’s first viewing, not a later one',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2026-02-01', '张三', 'C1'],
      ['W', '2026-05-01', '李四', 'C1'],
      ['D', '2026-11-01', null, 'C1', { source: '他司', amount: 2_000_000 }],
    ],
    checks: [{ deal: 'C1', owed: { agent: '张三', amount: 60_000 }, rule: 'brokerage-viewing/R2' }],
  },
  {
    name: 'decide/D10: R2 owes nothing when the first viewing’s 首次 says 否',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2026-02-01', '张三', 'C1', { first: false }],
      ['D', '2026-11-01', null, 'C1', { source: '他司', amount: 2_000_000 }],
    ],
    checks: [{ deal: 'C1', owed: null }],
  },
  // decide/D12: a back-dated row counts from its date, and says when it was entered.
  {
    name: 'decide/D12: a row entered late counts from its date and says when it was entered',
    preset: 'cross-customer',
    rows: [['V', '11-01', '张三', 'C1', { entered: '11-05' }]],
    checks: [
      { asOf: '11-03', customer: 'C1', owner: '张三' },
      { asOf: '11-03', row: 2, rule: 'decide/D12' },
    ],
  },
  // decide/D14: case-field R4's first appearance.
  {
    name: 'decide/D14: a later deal by the second agent inside the month is the original’s',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['D', '11-25', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'decide/D14' },
      { customer: 'C1', owner: '张三' },
      { conflict: 'deal-by-other', rule: 'case-field/R1' },
    ],
  },
  {
    name: 'decide/D14: a deal after the month by the agent who first showed inside it is the original’s',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'decide/D14' }],
  },
  {
    name: 'decide/D14: only a deal on the first-appearance day takes R4’s split',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['D', '11-20', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('李四'), commission: half('张三', '李四'), rule: 'decide/D14' }],
  },
  // decide/D15: deal-attribution's family cases by where the link shows.
  {
    name: 'decide/D15: the link on the family member’s first row, the deal later: the first agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ['D', '11-15', '李四', 'C2'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'decide/D15' }],
  },
  {
    name: 'decide/D15: the link only on the deal row: the second agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2'],
      ['D', '11-15', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
    ],
    checks: [{ deal: 'C1', performance: all('李四'), commission: all('李四'), rule: 'decide/D15' }],
  },
  {
    name: 'decide/D15: a family member after the first agent’s month is judged by R2, not by the month',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '12-10', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ['D', '12-10', '李四', 'C2'],
    ],
    checks: [{ deal: 'C1', performance: half('张三', '李四'), commission: half('张三', '李四'), rule: 'decide/D15' }],
  },
  {
    name: 'decide/D15: the link on the family member’s first row inside the month, the deal after it lapsed: the first agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ['D', '12-10', '李四', 'C2'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'decide/D15' }],
  },
  {
    name: 'decide/D15: the link only on a later row inside the month, the deal after it lapsed: the second agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C2'],
      ['V', '11-25', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ['D', '12-10', '李四', 'C2'],
    ],
    checks: [{ deal: 'C1', performance: all('李四'), commission: all('李四') }],
  },
  {
    name: 'decide/D15: the same customer after the month is R1’s: the second agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '12-10', '李四', 'C1'],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('李四') }],
  },
  // decide/D16: park-report reports and other agents' visits.
  {
    name: 'decide/D16: another agent bringing a reported customer is the reporter’s visit, listed on 冲突',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-03', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-10', customer: 'C1', owner: '张三', status: 'protected', through: '2027-02-03' },
      { asOf: '11-10', conflict: 'reported-visit', rule: 'decide/D16' },
    ],
  },
  {
    name: 'decide/D16: after the report lapsed the reporter’s own visit counts like any agent’s',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-08', '张三', 'C1'],
    ],
    checks: [{ asOf: '11-10', customer: 'C1', owner: '张三', status: 'protected', through: '2027-02-08' }],
  },
  // decide/D18: marketing-center's call-backs.
  {
    name: 'decide/D18: a call customer who visits owes a first call-back within 2 days of the visit',
    preset: 'marketing-center',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['V', '11-05', '张三', 'C1'],
    ],
    rulings: [['11-01', 'C1', '张三', '来电分配']],
    checks: [
      { asOf: '11-07', customer: 'C1', status: 'protected' },
      { asOf: '11-08', customer: 'C1', status: 'warning', rule: 'marketing-center/R2' },
      { asOf: '11-08', row: 3, rule: 'decide/D18' },
    ],
  },
  {
    name: 'decide/D18: a late first call-back inside the 7 days clears the warning from its day',
    preset: 'marketing-center',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-05', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-04', customer: 'C1', status: 'warning' },
      { asOf: '11-05', customer: 'C1', status: 'protected' },
      { asOf: '11-05', row: 3, rule: 'decide/D18' },
      { asOf: '11-12', customer: 'C1', status: 'protected' },
      { asOf: '11-13', customer: 'C1', status: 'company' },
    ],
  },
  // decide/D19: walk-in-desk R4's 近3天.
  {
    name: 'decide/D19: a follow-up on the visit day counts for the resting owner',
    preset: 'walk-in-desk',
    staff: [['张三', 'rest', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-10', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
      ['D', '11-12', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: half('张三', '李四') },
      { row: 4, rule: 'decide/D19' },
    ],
  },
  {
    name: 'decide/D19: the third day before the visit counts, the fourth does not',
    preset: 'walk-in-desk',
    staff: [['张三', 'rest', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-06', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ],
    checks: [{ customer: 'C1', owner: '李四', rule: 'decide/D19' }],
  },
  {
    name: 'decide/D19: with times, a follow-up after the visit’s time does not count',
    preset: 'walk-in-desk',
    staff: [['张三', 'rest', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1', { time: '10:00' }],
      ['F', '11-10', '张三', 'C1', { time: '15:00' }],
    ],
    checks: [{ customer: 'C1', owner: '李四' }],
  },
  // decide/D20: the month and the household.
  {
    name: 'decide/D20: deal-attribution: each visit the original receives restarts the month',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-25', '张三', 'C1'],
      ['V', '12-10', '李四', 'C1'],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: all('张三') },
      { row: 3, rule: 'decide/D20' },
    ],
  },
  {
    name: 'decide/D20: deal-attribution: a call by the original does not restart the month',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['C', '11-25', '张三', 'C1'],
      ['V', '12-10', '李四', 'C1'],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('李四') }],
  },
  {
    name: 'decide/D20: case-field: a household member first seen inside the month takes R6’s split',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C3', { relation: '配偶', linked: 'C1' }],
      ['D', '12-15', '李四', 'C3'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: half('张三', '李四'), rule: 'decide/D20' }],
  },
  {
    name: 'decide/D20: case-field: a household member first seen after the month is the second agent’s',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '12-05', '李四', 'C3', { relation: '配偶', linked: 'C1' }],
      ['D', '12-10', '李四', 'C3'],
    ],
    checks: [{ deal: 'C1', performance: all('李四'), commission: all('李四') }],
  },

  // cross-customer R3 with decide/D5 (issue 12 review): after a missed call-back the customer waits
  // at the manager, 「该客户的归属权没收并另行安排」; the former owner's deal is counted, never unseen.
  {
    name: 'cross-customer R3 (decide/D5): the owner who missed the call-back closes later: counted for them, on 冲突',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-09', customer: 'C1', owner: '销售经理', status: 'company', rule: 'cross-customer/R3' },
      { asOf: '11-10', deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'cross-customer/R3' },
      { asOf: '11-10', deal: 'C1', rule: 'decide/D5' },
      { asOf: '11-10', conflict: 'deal-by-other', rule: 'cross-customer/R3' },
      { asOf: '11-10', row: 5, rule: 'common/CONFLICT' },
      { asOf: '11-10', customer: 'C1', owner: '张三', status: 'closed' },
    ],
  },
  {
    name: 'cross-customer R3 (decide/D5): the former owner’s own visit does not give the customer back',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['V', '11-10', '张三', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-10', row: 5, rule: 'decide/D5' },
      { asOf: '11-10', deal: 'C1', performance: all('张三'), rule: 'cross-customer/R3' },
      { asOf: '11-10', conflict: 'deal-by-other', rule: 'decide/D5' },
    ],
  },
  {
    name: 'cross-customer R3 (common/RULING): given back by the manager, the former owner’s deal is their own',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    rulings: [['11-08', 'C1', '张三', '重新分配']],
    checks: [
      { asOf: '11-10', deal: 'C1', performance: all('张三'), rule: 'decide/D17' },
      { asOf: '11-10', noConflict: 'deal-by-other' },
    ],
  },
  {
    name: 'cross-customer R3 (decide/D5): another agent takes the forfeited customer; the former owner’s deal is theirs by R3',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['V', '11-08', '王五', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-09', customer: 'C1', owner: '王五', status: 'protected' },
      { asOf: '11-10', deal: 'C1', performance: all('王五'), commission: all('王五') },
      { asOf: '11-10', conflict: 'deal-by-other' },
    ],
  },

  {
    name: 'channel-confirm R4 (point 5): a tie to the filer’s own customer does not hide a tie to another agent’s',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C2', { relation: '兄弟', linked: 'C3' }],
      ['V', '11-02', '王五', 'C1', { relation: '配偶', linked: 'C3' }],
      ['R', '11-05', '张三', 'C3'],
    ],
    checks: [
      { asOf: '11-05', conflict: 'household-cut', rule: 'channel-confirm/R4' },
      { asOf: '11-05', noConflict: 'second-filing' },
      { asOf: '11-05', customer: 'C1', owner: '王五' },
    ],
  },

  // Issue 12 point 4: entry time decides who was first or on time.
  {
    name: 'channel-confirm R1 (point 4): a report entered on the visit day is late, whatever its date',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-08', null, 'C1', { channel: '渠道A', entered: '11-11' }],
      ['V', '11-11', '张三', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { conflict: 'report-rejected', rule: 'channel-confirm/R1' },
      { conflict: 'report-rejected', rule: 'decide/D12', without: 'decide/D1' },
    ],
  },
  {
    name: 'decide/D12: a timed report early by its date but entered on the visit day cites D12, not D1',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-08', null, 'C1', { channel: '渠道A', time: '09:00', entered: '11-11' }],
      ['V', '11-11', '张三', 'C1', { time: '15:00' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { conflict: 'report-rejected', rule: 'decide/D12', without: 'decide/D1' },
    ],
  },
  {
    name: 'decide/D1: a same-day report entered the next day is late by its date; it cites D1, not D12',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-11', null, 'C1', { channel: '渠道A', entered: '11-12' }],
      ['V', '11-11', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-12', customer: 'C1', owner: '张三' },
      { asOf: '11-12', conflict: 'report-rejected', rule: 'decide/D1', without: 'decide/D12' },
    ],
  },
  {
    name: 'decide/D12: a back-dated filing rejected because the honest one was entered first cites D12',
    preset: 'tools-filing',
    rows: [
      ['R', '08-01', '李四', 'C1', { entered: '08-09' }],
      ['R', '08-03', '张三', 'C1'],
    ],
    checks: [{ asOf: '08-10', conflict: 'second-filing', rule: 'decide/D12' }],
  },
  {
    name: 'daily-chem-filing R1 (point 4): a back-dated filing never beats an honest earlier one',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '李四', 'C1', { entered: '08-20' }],
      ['R', '08-05', '张三', 'C1'],
    ],
    checks: [
      { asOf: '08-21', customer: 'C1', owner: '张三' },
      { asOf: '08-21', conflict: 'second-filing', rule: 'daily-chem-filing/R1' },
      { asOf: '08-21', row: 2, sheet: FILINGS, rule: 'decide/D12' },
    ],
  },
  {
    name: 'daily-chem-filing R1 (point 4): judged before the honest filing, the back-dated one holds',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '李四', 'C1', { entered: '08-20' }],
      ['R', '08-05', '张三', 'C1'],
    ],
    checks: [{ asOf: '08-03', customer: 'C1', owner: '李四' }],
  },
  {
    name: 'park-report R1 (point 4): the report entered first is the report',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '李四', 'C1', { entered: '11-04' }],
      ['R', '11-02', '张三', 'C1'],
      ['V', '11-05', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-10', customer: 'C1', owner: '张三', status: 'protected' },
      { asOf: '11-10', conflict: 'second-filing', rule: 'park-report/R1' },
    ],
  },
  {
    name: 'tools-filing R1 (point 4): a filing entered later but dated earlier is rejected',
    preset: 'tools-filing',
    rows: [
      ['R', '08-01', '李四', 'C1', { entered: '08-09' }],
      ['R', '08-03', '张三', 'C1'],
    ],
    checks: [
      { asOf: '08-10', customer: 'C1', owner: '张三' },
      { asOf: '08-10', conflict: 'second-filing', rule: 'tools-filing/R1' },
    ],
  },
  {
    name: 'developer-direct R1 (point 4): a confirmation entered after the first visit is agency',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { entered: '11-05' }],
      ['V', '11-02', '张三', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [{ deal: 'C1', category: 'agency', rule: 'decide/D12' }],
  },
  // Issue 12 point 5: a family tie counts from either side.
  {
    name: 'channel-confirm R4 (point 5): 切客 when the tie is written on the held customer’s row',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C1', { relation: '兄弟', linked: 'C13' }],
      ['Rep', '11-10', null, 'C13', { channel: '渠道A' }],
    ],
    checks: [{ conflict: 'household-cut', rule: 'channel-confirm/R4' }],
  },
  {
    name: 'channel-confirm R4 (point 5): a spouse tied on the held customer’s row is 切客 too',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C1', { relation: '配偶', linked: 'C10' }],
      ['Rep', '11-10', null, 'C10', { channel: '渠道A' }],
    ],
    checks: [
      { conflict: 'household-cut', rule: 'channel-confirm/R4' },
      { customer: 'C1', owner: '张三' },
    ],
  },
  {
    name: 'common/ID-FAMILY (point 5): a tie written on the existing customer’s row merges the new one',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1', { relation: '配偶', linked: 'C8' }],
      ['V', '11-04', '李四', 'C8'],
    ],
    checks: [
      { asOf: '11-04', customer: 'C8', owner: '张三' },
      { asOf: '11-04', row: 3, rule: 'cross-customer/R4.5' },
    ],
  },
  // Issue 12 point 6: a correction replaces what it corrects.
  {
    name: 'developer-direct R1 (point 6): a later complete confirmation by the deal day completes an incomplete one',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { unit: null }],
      ['V', '11-02', '张三', 'C1'],
      ['Conf', '11-08', null, 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [{ deal: 'C1', category: 'direct', rule: 'developer-direct/R1' }],
  },
  {
    name: 'channel-confirm R5 (point 6): the slip signed on a later row of the same report makes the claim effective',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A', confirmed: false }],
      ['V', '11-11', '张三', 'C1'],
      ['Rep', '11-13', null, 'C1', { channel: '渠道A', confirmed: true }],
    ],
    checks: [
      { asOf: '11-12', customer: 'C1', status: 'pending-visit' },
      { asOf: '11-13', customer: 'C1', owner: '渠道A', status: 'protected' },
      { asOf: '11-13', row: 3, sheet: FILINGS, rule: 'channel-confirm/R5' },
    ],
  },
  {
    name: 'developer-direct R1 (point 6): completed only after the deal day it stays agency',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { unit: null }],
      ['V', '11-02', '张三', 'C1'],
      ['Conf', '11-08', null, 'C1', { entered: '11-12' }],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [{ asOf: '11-12', deal: 'C1', category: 'agency', rule: 'developer-direct/R2' }],
  },
];
