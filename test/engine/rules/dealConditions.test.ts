// DEAL_CONDITION (rules/dealConditions.ts): each named condition a preset's split rules test,
// on the day it holds and the day after.
import { DEAL_CONDITION } from '../../../src/engine/rules/dealConditions';
import { agentStats, initialState, recordFacts } from '../../../src/engine/state';
import { staffCalendar } from '../../../src/engine/staff';
import { day, events, input, type Row } from '../../helpers/scenario';

function facts(rows: Row[], deal: Row, staff: [string, 'rest' | 'departed', string][] = []) {
  const s = initialState();
  for (const ev of events(rows)) recordFacts(s, ev);
  const [dealEv] = events([deal]);
  return {
    s,
    deal: dealEv,
    owner: '张三',
    closer: '李四',
    staff: staffCalendar(input({ preset: 'x', rows: [], staff }).staff),
  };
}

test('ownerBookedThatDay (marketing-center R4): the booked day, not the day after', () => {
  const rows: Row[] = [
    ['V', '11-01', '张三', 'C1'],
    ['A', '11-05', '张三', 'C1'],
  ];
  expect(DEAL_CONDITION.ownerBookedThatDay(facts(rows, ['D', '11-05', '李四', 'C1']))).toBe(true);
  expect(DEAL_CONDITION.ownerBookedThatDay(facts(rows, ['D', '11-06', '李四', 'C1']))).toBe(false);
});

test('sameDayReception (marketing-center R4): the closer received that day, not the day before', () => {
  const rows: Row[] = [
    ['V', '11-01', '张三', 'C1'],
    ['V', '11-05', '李四', 'C1'],
  ];
  expect(DEAL_CONDITION.sameDayReception(facts(rows, ['D', '11-05', '李四', 'C1']))).toBe(true);
  expect(DEAL_CONDITION.sameDayReception(facts(rows, ['D', '11-06', '李四', 'C1']))).toBe(false);
});

test('ownerOff (dafang R6): the owner’s rest day on the staff sheet, not the day after', () => {
  const rows: Row[] = [['D', '11-01', '张三', 'C1']];
  const staff: [string, 'rest', string][] = [['张三', 'rest', '11-15']];
  expect(DEAL_CONDITION.ownerOff(facts(rows, ['D', '11-15', '李四', 'C1'], staff))).toBe(true);
  expect(DEAL_CONDITION.ownerOff(facts(rows, ['D', '11-16', '李四', 'C1'], staff))).toBe(false);
});

test('ownerOnlyBrief (reception-rotation R4) and ownerOnlyCalls (cross-customer R4.3)', () => {
  expect(
    DEAL_CONDITION.ownerOnlyBrief(facts([['V', '11-01', '张三', 'C1', { brief: true }]], ['D', '11-05', '李四', 'C1'])),
  ).toBe(true);
  expect(
    DEAL_CONDITION.ownerOnlyBrief(
      facts(
        [
          ['V', '11-01', '张三', 'C1', { brief: true }],
          ['F', '11-02', '张三', 'C1'],
        ],
        ['D', '11-05', '李四', 'C1'],
      ),
    ),
  ).toBe(false);
  expect(DEAL_CONDITION.ownerOnlyCalls(facts([['C', '11-01', '张三', 'C1']], ['D', '11-05', '李四', 'C1']))).toBe(true);
  expect(
    DEAL_CONDITION.ownerOnlyCalls(
      facts(
        [
          ['C', '11-01', '张三', 'C1'],
          ['V', '11-02', '张三', 'C1'],
        ],
        ['D', '11-05', '李四', 'C1'],
      ),
    ),
  ).toBe(false);
});

test('familyMember, familyDesignated, familyRecognized (deal-attribution R2)', () => {
  const rows: Row[] = [
    ['V', '11-01', '张三', 'C1'],
    ['V', '11-10', '李四', 'C2', { relation: '配偶', linked: 'C1', designated: '张三' }],
  ];
  const f = facts(rows, ['D', '11-10', '李四', 'C2']);
  expect(DEAL_CONDITION.familyMember(f)).toBe(true);
  expect(DEAL_CONDITION.familyDesignated(f)).toBe(true);
  expect(DEAL_CONDITION.familyRecognized(f)).toBe(true);
  expect(DEAL_CONDITION.familyRecognized(facts(rows, ['D', '11-11', '李四', 'C2']))).toBe(false);
  expect(
    DEAL_CONDITION.familyMember(
      facts(
        [
          ['V', '11-01', '张三', 'C1'],
          ['V', '11-10', '李四', 'C1'],
        ],
        ['D', '11-10', '李四', 'C1'],
      ),
    ),
  ).toBe(false);
});

test('standIn (case-field R10b) and designatedAbsent (case-field R5)', () => {
  const f = facts([['V', '11-01', '张三', 'C1']], ['D', '11-05', '李四', 'C1'], [['张三', 'rest', '11-05']]);
  f.s.standIn = '李四';
  expect(DEAL_CONDITION.standIn(f)).toBe(true);
  expect(DEAL_CONDITION.designatedAbsent(f)).toBe(false);
  f.s.how = 'designation';
  expect(DEAL_CONDITION.designatedAbsent(f)).toBe(true);
  expect(DEAL_CONDITION.designatedAbsent({ ...f, deal: { ...f.deal, day: day('11-06') } })).toBe(false);
  expect(DEAL_CONDITION.always(f)).toBe(true);
  void agentStats;
});
