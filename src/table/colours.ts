// The days-left colours (issue 13), shared by the add-on's conditional format rules and the
// command line's <conditionalFormatting>: the same formula, the same two colours.

export const DAYS_LEFT_COLOURS = {
  /** At alertDays or fewer. */
  red: { background: '#F28B82', rgb: 'FFF28B82' },
  /** At warnDays or fewer. */
  amber: { background: '#FDD663', rgb: 'FFFDD663' },
} as const;

/** `K`, `AA` for a 1-based column. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `=AND(ISNUMBER(K2),K2<=3)`: blank cells (lapsed, no expiry) stay uncoloured. */
export function daysLeftFormula(topLeft: string, atMost: number, leadingEquals = true): string {
  return `${leadingEquals ? '=' : ''}AND(ISNUMBER(${topLeft}),${topLeft}<=${atMost})`;
}

/** A formula daysLeftFormula wrote (how Guishu finds its own rules again). */
export function isDaysLeftFormula(formula: string): boolean {
  return /^=?AND\(ISNUMBER\(\$?([A-Z]{1,3})\$?(\d+)\),\$?\1\$?\2<=\d+\)$/.test(formula.trim());
}
