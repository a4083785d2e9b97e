// The staff sheet as a calendar (rulebook §2.3, common/ABSENT, common/DEPARTED).
// 离职 lasts from its date on; 休息, 请假, 公出 cover their date, or through the end date.
import type { Day, StaffRecord } from './types';

export interface StaffCalendar {
  /** The day the agent left, or null. */
  departedOn(agent: string): Day | null;
  /** The staff sheet says the agent was off (rest, leave, business) on that day. */
  isOff(agent: string, day: Day): boolean;
}

export function staffCalendar(records: readonly StaffRecord[]): StaffCalendar {
  const departed = new Map<string, Day>();
  const off = new Map<string, { from: Day; to: Day }[]>();
  for (const r of records) {
    if (r.status === 'departed') {
      const from = r.from ?? Number.MIN_SAFE_INTEGER;
      const prev = departed.get(r.name);
      departed.set(r.name, prev === undefined ? from : Math.min(prev, from));
    } else if (r.status !== 'active' && r.from !== null) {
      const list = off.get(r.name) ?? [];
      list.push({ from: r.from, to: r.to ?? r.from });
      off.set(r.name, list);
    }
  }
  return {
    departedOn: (agent) => departed.get(agent) ?? null,
    isOff: (agent, day) => (off.get(agent) ?? []).some((s) => s.from <= day && day <= s.to),
  };
}
