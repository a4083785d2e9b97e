// dafang R10 with decide/D7: a customer who booked by phone with an agent is to be received by
// that agent; a first deal closed by someone else stands on 冲突.
import { M } from '../messages';
import type { Ctx } from '../context';
import { conflict, type State } from '../state';
import type { EventRecord } from '../types';

export function bookingConflict(ctx: Ctx, s: State, ev: EventRecord): void {
  const booking = ctx.policy.claim.booking;
  if (!booking || !s.bookedBy || !ev.agent || s.bookedBy.agent === ev.agent) return;
  const text = M.bookingConflict(s.bookedBy.agent, ev.agent);
  conflict(ctx, ev, 'forbidden-contact', [s.bookedBy.agent, ev.agent], [booking, 'decide/D7'], [text]);
}
