// The deal count a manager reads first (command line summary, the add-on's recompute notes):
// purchases counted once (rulebook §5), how many of them await a check (decide/D22) and how many
// repeated rows were left out (decide/D23). One wording for both doors.
import { M, type Text } from './messages';
import type { EngineResult } from './types';

export interface DealTally {
  /** Purchases and orders: a later stage of one purchase is not counted again. */
  readonly deals: number;
  /** Of those, weak rows counted for their agent until checked (decide/D22). */
  readonly unverified: number;
  /** Deal rows repeating another, listed and not counted (decide/D23). */
  readonly duplicates: number;
  /** Customers seen but never owned (decide/D24). */
  readonly unowned: number;
}

export function dealTally(result: EngineResult): DealTally {
  let deals = 0;
  let unverified = 0;
  for (const d of result.deals) {
    if (d.purchaseOf !== null) continue;
    deals += 1;
    if (d.unverified) unverified += 1;
  }
  const unowned = result.customers.filter((c) => c.status === 'unowned').length;
  return { deals, unverified, duplicates: (result.duplicates ?? []).length, unowned };
}

/** 成交 17 笔，其中 1 笔待核实（另有 2 行重复登记，未重复计入） */
export function tallyText(t: DealTally): Text {
  // Read once, into plain strings: callers keep and copy the tally's text.
  const text = M.tally(t.deals, t.unverified, t.duplicates);
  return { zh: text.zh, en: text.en };
}
