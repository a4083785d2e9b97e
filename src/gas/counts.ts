// What a run returns (contract: counts, plus notes for the user).
import type { Computed } from './run';
import { isoOfDay } from '../engine/calendar';

export interface RunCounts {
  asOf: string;
  customers: number;
  rows: number;
  deals: number;
  conflicts: number;
  issues: number;
  notes: string[];
  /** Set when the run did not do its work (bad settings, lock busy, no time, a failed write):
   *  the notes say why. Absent on a run that wrote what it computed. */
  failed?: boolean;
}

export function emptyCounts(notes: string[]): RunCounts {
  return { asOf: '', customers: 0, rows: 0, deals: 0, conflicts: 0, issues: 0, notes, failed: true };
}

export function counts(c: Computed, notes: string[]): RunCounts {
  const r = c.result;
  return {
    asOf: isoOfDay(r.asOf),
    customers: r.customers.length,
    rows: r.rows.length,
    deals: r.deals.length,
    conflicts: r.conflicts.length,
    issues: r.issues.length,
    notes,
  };
}
