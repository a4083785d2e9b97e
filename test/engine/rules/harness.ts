// Runs one customer's rows through the fold and hands back its context and state, so a single
// rule function can be called on it directly (one test file per rule function).
import { compareItems, runFold, type Item } from '../../../src/engine/fold';
import { FoldContext } from '../../../src/engine/foldContext';
import { initialState, type State } from '../../../src/engine/state';
import { staffCalendar } from '../../../src/engine/staff';
import type { Lookups } from '../../../src/engine/context';
import type { EventRecord } from '../../../src/engine/types';
import { getPreset, parsePolicy } from '../../../src/policy';
import type { Policy } from '../../../src/policy/schema';
import { day, events, input, type Row, type StaffRow } from '../../helpers/scenario';

/** A preset, or a preset with overrides as a --policy file gives them. */
export function policy(id: string, overrides: Record<string, unknown> = {}): Policy {
  if (Object.keys(overrides).length === 0) {
    const p = getPreset(id);
    if (!p) throw new Error(id);
    return p;
  }
  const r = parsePolicy({ preset: id, ...overrides });
  if (!r.ok) throw new Error(r.error.en);
  return r.policy;
}

const NO_LOOKUPS: Lookups = {
  customerOf: () => null,
  linksTo: () => [],
  namesakes: () => [],
  hasRowOn: () => false,
  displayName: (id) => id,
  ownerAt: () => null,
};

export interface Folded {
  ctx: FoldContext;
  s: State;
  /** The rows' events, in the order given (the last one is often the one under test). */
  evs: EventRecord[];
}

/**
 * Folds `rows` (one customer) except the last `keep` events, which are returned unfolded in
 * `evs` for the test to hand to the rule function itself.
 */
export function fold(p: Policy, rows: Row[], opts: { staff?: StaffRow[]; keep?: number; asOf?: string } = {}): Folded {
  const evs = events(rows);
  const staff = staffCalendar(input({ preset: p.id, rows: [], staff: opts.staff }).staff);
  const keep = opts.keep ?? 0;
  const items: Item[] = [...evs].sort(compareItems);
  const folded = items.slice(0, items.length - keep);
  const asOf = opts.asOf ? day(opts.asOf) : Math.max(...evs.map((e) => e.day));
  const ctx = new FoldContext('c-test', items, p, asOf, staff, NO_LOOKUPS, {
    conflicts: [],
    changes: [],
    issues: [],
    deals: [],
  });
  const s = runFold(ctx, folded, () => undefined, initialState());
  ctx.takeNote();
  return { ctx, s, evs };
}

export { day };
