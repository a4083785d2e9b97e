// decide/D23 (rulebook §5, 月结): deal rows equal in date, time, phone, agent, kind, amount and
// 房号 are one entry. The copy on the earliest sheet and row is counted; each other copy is
// listed (问题, and the result's `duplicates`) with the row it repeats, and never paid again.
import type { EventRecord, SourceRef } from './types';

const DEAL_KINDS = new Set(['deposit', 'deal', 'payment']);

export interface Copy {
  readonly ev: EventRecord;
  /** The row counted in its place. */
  readonly of: EventRecord;
}

/** The key two copies of one deal row share; a row without a phone is keyed by its name. */
function keyOf(ev: EventRecord): string {
  const who = ev.phone ?? `name:${ev.name ?? ''}`;
  return [ev.day, ev.minute ?? '', who, ev.agent ?? '', ev.kind, ev.stage ?? '', ev.amount ?? '', ev.unit ?? ''].join(
    '\u0000',
  );
}

const before = (a: SourceRef, b: SourceRef): boolean => (a.sheet === b.sheet ? a.row < b.row : a.sheet < b.sheet);

/** The events with every repeated deal row taken out, and the copies taken out. */
export function splitDuplicates(events: readonly EventRecord[]): { kept: EventRecord[]; copies: Copy[] } {
  const first = new Map<string, EventRecord>();
  let repeated = false;
  for (const ev of events) {
    if (!DEAL_KINDS.has(ev.kind)) continue;
    const key = keyOf(ev);
    const seen = first.get(key);
    if (!seen) first.set(key, ev);
    else {
      repeated = true;
      // The earliest row is the one counted, whatever order the rows came in.
      if (before(ev.ref, seen.ref)) first.set(key, ev);
    }
  }
  if (!repeated) return { kept: events as EventRecord[], copies: [] };
  const kept: EventRecord[] = [];
  const copies: Copy[] = [];
  for (const ev of events) {
    const of = DEAL_KINDS.has(ev.kind) ? first.get(keyOf(ev)) : undefined;
    if (of && of !== ev) copies.push({ ev, of });
    else kept.push(ev);
  }
  return { kept, copies };
}
