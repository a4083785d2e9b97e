// Entry stamps (rulebook §3, §8): when a register or filing row was first entered, keyed by the
// row's content (date, phone or name, agent, kind) and its occurrence, not by its row number,
// so sorting or inserting rows keeps them.
import { isoOfDay } from '../engine/calendar';
import { bySheetAndRow } from '../engine/order';
import type { Day, EventRecord } from '../engine/types';

export function stampKey(e: Pick<EventRecord, 'day' | 'phone' | 'name' | 'agent' | 'kind'>): string {
  return [isoOfDay(e.day), e.phone ?? `name:${e.name ?? ''}`, e.agent ?? '', e.kind].join('|');
}

/** Stamps per key, in the order they were made. */
export type StampBook = ReadonlyMap<string, readonly Day[]>;

/**
 * The events with `enteredDay` from the stamps: the n-th row (in sheet order) with a key gets the
 * n-th stamp of that key. A stamp wins over a typed 录入时间; rows without one keep their own.
 */
export function applyStamps(events: readonly EventRecord[], stamps: StampBook): EventRecord[] {
  if (stamps.size === 0) return [...events];
  const seen = new Map<string, number>();
  const order = bySheetAndRow(events.map((e, i) => ({ ref: e.ref, e, i })));
  const out = [...events];
  for (const { e, i } of order) {
    const key = stampKey(e);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const day = stamps.get(key)?.[n];
    if (day !== undefined) out[i] = { ...e, enteredDay: day };
  }
  return out;
}

/** Which of the given (edited) events still need a stamp, given the stamps already made. */
export function unstamped(events: readonly EventRecord[], stamps: StampBook): EventRecord[] {
  const seen = new Map<string, number>();
  const out: EventRecord[] = [];
  for (const e of events) {
    const key = stampKey(e);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if ((stamps.get(key)?.length ?? 0) <= n) out.push(e);
  }
  return out;
}
