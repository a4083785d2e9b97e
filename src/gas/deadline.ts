// Inside six minutes: Apps Script stops any execution after 6 minutes (docs/addon-platform.md
// §9), and a killed run cannot roll back what it wrote. Every entry point starts the clock; every
// run checks the time left before it writes, and with less than a minute left writes nothing
// and says so. The clock starts when Guishu's entry point is called, a little after the
// execution began: the one-minute margin covers that too.
const LIMIT_MS = 6 * 60_000;
export const WRITE_MARGIN_MS = 60_000;
let started = 0;

/** Called first by every entry point (src/gas/index.ts). */
export function startClock(): void {
  started = Date.now();
}

export function timeLeft(): number {
  if (started === 0) startClock();
  return started + LIMIT_MS - Date.now();
}

/** Whether there is time to write (at least the margin left). */
export function timeToWrite(): boolean {
  return timeLeft() >= WRITE_MARGIN_MS;
}
