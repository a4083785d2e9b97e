// Small helpers for the table tests: ISO days and literal grids.
import { dayOfIso } from '../../src/engine/calendar';
import type { Day } from '../../src/engine/types';
import type { SheetGrid } from '../../src/table';

export function day(iso: string): Day {
  const d = dayOfIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

export function grid(name: string, values: unknown[][]): SheetGrid {
  return { name, values };
}

/** A Date whose UTC fields are the given wall-clock time (what the default cellDate reads). */
export function utc(iso: string): Date {
  return new Date(`${iso}${iso.length === 10 ? 'T00:00:00' : ''}Z`);
}
