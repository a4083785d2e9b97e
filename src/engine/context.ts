// What a rule may ask about the world beyond the customer it is folding (other customers'
// owners for referrals and households) and where it reports: passed in as plain functions.
import type { Text } from './messages';
import type { Sink, State } from './state';
import type { Day, DealResult, EventRecord, Owner, SourceRef } from './types';

export interface Lookups {
  /** The customer a phone or a referrer's name points at, if exactly one. */
  customerOf(phoneOrName: string): string | null;
  /** That customer's holding owner at the end of a day (agents, channels, teams only);
   *  with `buyersOnly`, only when the customer had bought by then. */
  ownerAt(customerId: string, day: Day, buyersOnly?: boolean): Owner | null;
  /** That customer has any row on that day (an old customer came along). */
  hasRowOn(customerId: string, day: Day): boolean;
  displayName(customerId: string): string;
  /** Rows of any customer that name this phone as a linked phone (关联电话) with a relation:
   *  a family tie written on the other side (channel-confirm R4). */
  linksTo(phone: string): readonly EventRecord[];
  /** The first row of each customer bearing that name (a weak deal names them, decide/D22). */
  namesakes(name: string): readonly SourceRef[];
}

export interface Ctx extends Sink, Lookups {
  /** Every event of this customer in timeline order. */
  readonly events: readonly EventRecord[];
  readonly deals: DealResult[];
  /** Adds to the reason of the row being folded. */
  note(rules: readonly string[], text: readonly Text[]): void;
  /** The deal (index into `deals`) the row being folded produced. */
  markDeal(index: number): void;
  /** Hands over and clears the row's reason. */
  takeNote(): { rules: readonly string[]; text: readonly Text[]; deal: number | null };
  /**
   * The state just before `deal` as if rows entered after `deadline` were not on the register,
   * or null when no such row exists (cross-customer R4.2, first-receptionist R4).
   */
  refold(deal: EventRecord, deadline: Day): State | null;
}
