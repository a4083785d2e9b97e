// What happens to a customer while nothing is written on the register: a departure
// (common/DEPARTED), a report not visited in time, a missed call-back, a window running out.
// Called before each event's day and once for the as-of day; each change is logged on its own day.
import { endOf } from '../calendar';
import { M, type Text } from '../messages';
import { conflict, isHeld, managerOwner, moveTo, POOL, through, type Sink, type State } from '../state';
import type { Day } from '../types';

/** The claim's basis and latest contact: what a manager checks first on the register. */
function evidence(s: State): Text[] {
  return s.text.slice(0, 2);
}

export function advance(sink: Sink, s: State, day: Day): void {
  departure(sink, s, day);
  reportLapse(sink, s, day);
  callbackMissed(sink, s, day);
  windowLapse(sink, s, day);
}

/**
 * common/DEPARTED (widened by the rulebook): all of a leaving agent's customers, with or without
 * a deal, go to the manager (or the preset's target) from the departure day. Past deals stay
 * theirs; a later stage of a purchase made before still carries its split (decide/D11).
 */
function departure(sink: Sink, s: State, day: Day): void {
  const { policy } = sink;
  if (s.owner.kind !== 'agent' || s.owner.name === null || !isHeld(s)) return;
  const left = sink.staff.departedOn(s.owner.name);
  if (left === null || left > day) return;
  const rules = [policy.departed.rule];
  const text = [...evidence(s), M.departed(s.owner.name, left, policy.departed.to)];
  moveTo(sink, s, Math.max(left, s.anchor), { kind: 'company', name: policy.departed.to }, 'company', rules, null);
  s.pending = null;
  s.callback = null;
  s.closed = false;
  s.coOwners = [];
  s.rules = rules;
  s.text = text;
}

/** A report not followed by the required visit in time lapses (park-report R2, channel-confirm R3). */
function reportLapse(sink: Sink, s: State, day: Day): void {
  if (!s.pending || s.pending.visited || s.pending.due >= day) return;
  const due = s.pending.due;
  const rules = [sink.policy.filing.visitRule ?? sink.policy.filing.rejectRule];
  s.pending = null;
  s.rules = rules;
  s.text = [...evidence(s), M.reportLapsed(due)];
  moveTo(sink, s, due + 1, POOL, 'released', rules, null);
}

/** cross-customer R3: after another agent's reception the owner must call back in time. */
function callbackMissed(sink: Sink, s: State, day: Day): void {
  if (!s.callback || s.callback.due >= day || s.closed || !isHeld(s)) return;
  const { due, ref, rule } = s.callback;
  const owner = s.owner.name ?? '';
  s.callback = null;
  const rules = [rule, 'decide/D5'];
  conflict(sink, { ref, day: due }, 'callback-missed', [owner], rules, [M.callbackMissed(owner, due)], due);
  s.rules = rules;
  s.text = [...evidence(s), M.callbackMissed(owner, due), M.toCompany(sink.policy.company)];
  moveTo(sink, s, due + 1, managerOwner(sink.policy), 'company', rules, ref);
  // 「该客户的归属权没收并另行安排」: taken from this owner, whose own contacts do not give it back.
  s.forfeited = { agent: owner, due, ref, rule };
}

/** A protection window ran out: warn (closed customers with a warning phase) or release. */
function windowLapse(sink: Sink, s: State, day: Day): void {
  if (!isHeld(s) || s.status === 'pending-visit' || s.span === null) return;
  const last = through(s);
  if (last === null || last >= day) return;
  // (through() already counts a call-back still due: R3's deadline outranks R4.1, decide/D4.)
  if (s.overlap && !s.closed) {
    // case-field R4: another agent met the customer inside the month; the original keeps it.
    s.span = null;
    return;
  }
  if (s.warnUntil) {
    const warnEnd = endOf(s.anchor, s.warnUntil);
    if (warnEnd >= day) {
      if (s.status !== 'warning') {
        s.rules = [s.windowRule];
        s.text = [...evidence(s), M.lapsed(last)];
        moveTo(sink, s, last + 1, s.owner, 'warning', s.rules, null);
      }
      return;
    }
    s.text = [...evidence(s), M.lapsed(warnEnd)];
    release(sink, s, warnEnd + 1);
    return;
  }
  s.text = [...evidence(s), M.lapsed(last)];
  release(sink, s, last + 1);
}

function release(sink: Sink, s: State, day: Day): void {
  // A lapse of the follow-up window is given up, to the pool; only a missed call-back goes to
  // the manager (cross-customer R4.1 and R3, decide/D5).
  const rules =
    sink.policy.claim.callback && s.lapseTo === 'pool' && !s.closed ? [s.windowRule, 'decide/D5'] : [s.windowRule];
  s.rules = rules;
  s.variant = s.closed ? 'ordered' : s.how === 'filing' ? 'filed' : null;
  s.callback = null;
  s.firstFollowup = null;
  s.lapsedFrom = s.owner.kind === 'agent' ? s.owner.name : null;
  if (s.lapseTo === 'company') {
    s.text = [...s.text, M.toCompany(sink.policy.company)];
    moveTo(sink, s, day, managerOwner(sink.policy), 'company', rules, null);
  } else {
    s.text = [...s.text, M.toPool];
    moveTo(sink, s, day, POOL, 'released', rules, null);
  }
  // A released customer starts afresh: the next claim is a new first contact. A purchase begun
  // before keeps its split for its later stages (decide/D11).
  s.closed = false;
  s.coOwners = [];
}
