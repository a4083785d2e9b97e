// The Ctx one customer's fold runs with. A class, not an object literal: one is made per
// customer (tens of thousands a run), and a fixed shape keeps every `ctx.policy` or
// `ctx.note(…)` in the rules a fast property read instead of a dictionary lookup.
import type { Policy } from '../policy/schema';
import type { Ctx, Lookups } from './context';
import { isEvent, runFold, type Item } from './fold';
import { withDecisions } from './cite';
import { ruleList, type Text } from './messages';
import { advance } from './rules/advance';
import { initialState, type State } from './state';
import type { StaffCalendar } from './staff';
import type { ChangeResult, ConflictResult, Day, DealResult, EventRecord, InputIssue } from './types';

/** Where a fold reports: the run's lists, or throwaway ones for a scratch refold. */
export interface Outputs {
  readonly conflicts: ConflictResult[];
  readonly changes: ChangeResult[];
  readonly issues: InputIssue[];
  readonly deals: DealResult[];
}

export class FoldContext implements Ctx {
  declare readonly conflicts: ConflictResult[];
  declare readonly changes: ChangeResult[];
  declare readonly issues: InputIssue[];
  declare readonly deals: DealResult[];
  declare readonly customerOf: Lookups['customerOf'];
  declare readonly ownerAt: Lookups['ownerAt'];
  declare readonly hasRowOn: Lookups['hasRowOn'];
  declare readonly displayName: Lookups['displayName'];
  declare readonly linksTo: Lookups['linksTo'];
  declare readonly namesakes: Lookups['namesakes'];
  // The row being folded: its rules, texts and deal, handed over by takeNote.
  private rules: readonly string[] = [];
  private text: readonly Text[] = [];
  private deal: number | null = null;
  private eventList: readonly EventRecord[] | null = null;

  constructor(
    readonly customerId: string,
    private readonly items: readonly Item[],
    readonly policy: Policy,
    readonly asOf: Day,
    readonly staff: StaffCalendar,
    private readonly lookups: Lookups,
    out: Outputs,
  ) {
    // The lists and lookups become own fields, always in the same order: one shape for all.
    Object.assign(this, out, lookups);
  }

  /** Read by few rules (categories): made on first use. */
  get events(): readonly EventRecord[] {
    this.eventList ??= this.items.filter(isEvent);
    return this.eventList;
  }

  note(rules: readonly string[], text: readonly Text[]): void {
    // Most rows are noted once: that note's own lists are kept as they are. No rule changes a
    // list after noting it, so sharing is safe, and a row costs no copy.
    this.rules = this.rules.length ? [...this.rules, ...rules] : rules;
    this.text = this.text.length ? [...this.text, ...text] : text;
  }

  markDeal(index: number): void {
    this.deal = index;
  }

  takeNote(): { rules: readonly string[]; text: readonly Text[]; deal: number | null } {
    // Rule lists are shared (a few hundred distinct ones cite every row).
    const out = { rules: ruleList(withDecisions(this.policy, this.rules)), text: this.text, deal: this.deal };
    this.rules = [];
    this.text = [];
    this.deal = null;
    return out;
  }

  refold(dealEv: EventRecord, deadline: Day): State | null {
    const before = this.items.slice(0, this.items.indexOf(dealEv));
    const timely = before.filter((i) => !isEvent(i) || i.enteredDay === null || i.enteredDay <= deadline);
    if (timely.length === before.length) return null;
    // A scratch run: its conflicts, changes and rows are not the customer's record.
    const scratch = new FoldContext(this.customerId, this.items, this.policy, this.asOf, this.staff, this.lookups, {
      conflicts: [],
      changes: [],
      issues: [],
      deals: [],
    });
    const s = runFold(scratch, timely, () => undefined, initialState());
    advance(scratch, s, dealEv.day);
    return s;
  }
}
