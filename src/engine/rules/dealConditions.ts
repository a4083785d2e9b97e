// The named conditions a preset's deal rules may test (policy `deals.byOther[].when`).
// Each reads only what the register shows about this customer up to the deal.
import type { DealCondition } from '../../policy/schema';
import type { StaffCalendar } from '../staff';
import type { State } from '../state';
import type { EventRecord } from '../types';

export interface DealFacts {
  readonly s: State;
  readonly deal: EventRecord;
  readonly owner: string;
  readonly closer: string;
  readonly staff: StaffCalendar;
}

/** The closer dealt with another member of the family than the owner did (different phones). */
function familyMember({ s, owner, closer }: DealFacts): boolean {
  const mine = s.agents.get(owner)?.phones ?? new Set<string>();
  const theirs = s.agents.get(closer)?.phones ?? new Set<string>();
  if (mine.size === 0 || theirs.size === 0) return false;
  for (const p of theirs) if (mine.has(p)) return false;
  return true;
}

export const DEAL_CONDITION: Record<DealCondition, (f: DealFacts) => boolean> = {
  always: () => true,
  // case-field R10b: the stand-in the manager designated closed.
  standIn: ({ s, closer }) => s.standIn === closer,
  // case-field R5: the named agent was off (staff sheet) and the duty agent closed.
  designatedAbsent: ({ s, owner, deal, staff }) => s.how === 'designation' && staff.isOff(owner, deal.day),
  // deal-attribution R2: the family member named the first agent.
  familyDesignated: (f) => familyMember(f) && (f.s.agents.get(f.closer)?.designates?.has(f.owner) ?? false),
  // deal-attribution R2 (decide/D15): the link was on the family member's first row (接待当次查明)
  // and the deal made that day.
  familyRecognized: (f) => familyMember(f) && linkedOnFirstRow(f) && firstDay(f) === f.deal.day,
  // deal-attribution R2 (decide/D15): linked at the first row, the deal on a later day.
  familyLinkedFirst: (f) => familyMember(f) && linkedOnFirstRow(f),
  familyMember,
  // reception-rotation R4: the first reception only handed out brochures.
  ownerOnlyBrief: ({ s, owner }) => {
    const a = s.agents.get(owner);
    return !!a && a.contacts > 0 && a.nonBrief === 0;
  },
  // cross-customer R4.3: the owner has only spoken to the customer on the phone.
  ownerOnlyCalls: ({ s, owner }) => {
    const a = s.agents.get(owner);
    return !!a && a.contacts > 0 && a.visits === 0;
  },
  // marketing-center R4: the owner had booked the customer to come that day.
  ownerBookedThatDay: ({ s, owner, deal }) => s.agents.get(owner)?.appointmentDays?.has(deal.day) ?? false,
  // marketing-center R4: the closer received the customer that same day.
  sameDayReception: ({ s, closer, deal }) => s.agents.get(closer)?.contactDays.has(deal.day) ?? false,
  // dafang R6: the owner was resting (staff sheet) when another agent closed.
  ownerOff: ({ owner, deal, staff }) => staff.isOff(owner, deal.day),
  // case-field R4 (decide/D14): the deal is on the day the closer first shows on the register.
  closerFirstDay: (f) => firstDay(f) === f.deal.day,
};

/** The closer's first contact with this customer, or null. */
function firstDay({ s, closer }: DealFacts): number | null {
  const days = s.agents.get(closer)?.contactDays;
  if (!days || days.size === 0) return null;
  let first = Infinity;
  for (const day of days) if (day < first) first = day;
  return first;
}

/** The closer's rows recorded the family link on their first day with the customer. */
function linkedOnFirstRow(f: DealFacts): boolean {
  const first = firstDay(f);
  return first !== null && (f.s.agents.get(f.closer)?.linkDays?.has(first) ?? false);
}
