// Days left turn colour (issue 13): conditional format rules on each days-left column, red at
// alertDays or fewer, amber at warnDays or fewer. Guishu's rules are found again by their formula
// and colour and replaced on every run, never stacked; a manager's rules are kept as they are.
// API: SpreadsheetApp.newConditionalFormatRule() (ConditionalFormatRuleBuilder), docs/addon-platform.md.
import { columnLetters, DAYS_LEFT_COLOURS, daysLeftFormula, isDaysLeftFormula } from '../table/colours';
import type { DaysLeftBands } from '../table/standing';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** One days-left column: 1-based first data row and column. */
export interface DaysLeftTarget {
  readonly sheet: Sheet;
  readonly row: number;
  readonly column: number;
}

const OURS = new Set(
  [DAYS_LEFT_COLOURS.red.background, DAYS_LEFT_COLOURS.amber.background].map((c) => c.toLowerCase()),
);

function isOurs(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA') return false;
  const [formula] = condition.getCriteriaValues();
  const background = (condition as unknown as { getBackground(): string | null }).getBackground();
  return typeof formula === 'string' && isDaysLeftFormula(formula) && OURS.has(String(background ?? '').toLowerCase());
}

/** Replaces Guishu's colour rules on each target's sheet; one get and one set per sheet. */
export function colourDaysLeft(targets: readonly DaysLeftTarget[], bands: DaysLeftBands): void {
  const bySheet = new Map<number, { sheet: Sheet; targets: DaysLeftTarget[] }>();
  for (const t of targets) {
    const id = t.sheet.getSheetId();
    const entry = bySheet.get(id);
    if (entry) entry.targets.push(t);
    else bySheet.set(id, { sheet: t.sheet, targets: [t] });
  }
  for (const { sheet, targets: mine } of bySheet.values()) {
    const rules = sheet.getConditionalFormatRules();
    const kept = rules.filter((r) => !isOurs(r));
    const old = rules.slice(kept.length);
    const rows = sheet.getMaxRows();
    const added: Rule[] = [];
    for (const t of mine) {
      if (t.row > rows) continue;
      const range = sheet.getRange(t.row, t.column, rows - t.row + 1, 1);
      const top = `${columnLetters(t.column)}${t.row}`;
      // Red first: the first rule that holds paints the cell.
      added.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(daysLeftFormula(top, bands.alertDays))
          .setBackground(DAYS_LEFT_COLOURS.red.background)
          .setRanges([range])
          .build(),
      );
      if (bands.warnDays > bands.alertDays) {
        added.push(
          SpreadsheetApp.newConditionalFormatRule()
            .whenFormulaSatisfied(daysLeftFormula(top, bands.warnDays))
            .setBackground(DAYS_LEFT_COLOURS.amber.background)
            .setRanges([range])
            .build(),
        );
      }
    }
    // Writes follow changes: the same rules after the manager's leave the sheet untouched.
    const same =
      old.length === added.length &&
      kept.every((r, i) => r === rules[i]) &&
      old.every((r, i) => signature(r) === signature(added[i] as Rule));
    if (!same) sheet.setConditionalFormatRules([...kept, ...added]);
  }
}

/** Formula, colour and ranges of one of our rules, to tell whether a run changes anything. */
function signature(rule: Rule): string {
  const condition = rule.getBooleanCondition();
  const background = condition ? (condition as unknown as { getBackground(): string | null }).getBackground() : null;
  return [
    condition?.getCriteriaValues().join(),
    String(background ?? '').toLowerCase(),
    rule
      .getRanges()
      .map((r) => r.getA1Notation())
      .join(),
  ].join('|');
}
