// Conditional format rules (SpreadsheetApp.newConditionalFormatRule, Sheet.get/set/
// clearConditionalFormatRules), kept apart from the other views: installed onto their
// prototypes by installConditionalFormats(). Boolean conditions only (what the add-on builds):
// a custom formula or a number comparison, with background and font colours.
// Reference: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import { makeEnum } from './enums';
import type { SheetModel } from './model';
import { type Range, rangeOn } from './range';
import { Sheet, SpreadsheetApp } from './spreadsheet';

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CUSTOM_FORMULA',
  'NUMBER_BETWEEN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
] as const);
type CriteriaName = keyof typeof BooleanCriteria;

interface RuleData {
  readonly criteria: CriteriaName | null;
  readonly values: readonly unknown[];
  readonly background: string | null;
  readonly fontColor: string | null;
  /** Ranges as sheet and rectangle, so a rule outlives the Range objects it was built from. */
  readonly ranges: readonly { sheet: SheetModel; r: number; c: number; nr: number; nc: number }[];
}

const EMPTY: RuleData = { criteria: null, values: [], background: null, fontColor: null, ranges: [] };

/** The rules of each sheet, in order. */
const rulesOf = new WeakMap<SheetModel, RuleData[]>();

export class BooleanCondition {
  constructor(private readonly _d: RuleData) {}
  getCriteriaType(): unknown {
    return this._d.criteria === null ? null : BooleanCriteria[this._d.criteria];
  }
  getCriteriaValues(): unknown[] {
    return [...this._d.values];
  }
  getBackground(): string | null {
    return this._d.background;
  }
  getFontColor(): string | null {
    return this._d.fontColor;
  }
  toString(): string {
    return 'BooleanCondition';
  }
}

export class ConditionalFormatRule {
  constructor(
    readonly _d: RuleData,
    private readonly _env: SheetModel['env'],
  ) {}
  getBooleanCondition(): BooleanCondition | null {
    return this._d.criteria === null ? null : this._env.expose(new BooleanCondition(this._d), 'BooleanCondition');
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return this._d.ranges.map((x) => rangeOn(x.sheet, x.r + 1, x.c + 1, x.nr, x.nc));
  }
  copy(): ConditionalFormatRuleBuilder {
    return this._env.expose(new ConditionalFormatRuleBuilder(this._env, this._d), 'ConditionalFormatRuleBuilder');
  }
  toString(): string {
    return 'ConditionalFormatRule';
  }
}

export class ConditionalFormatRuleBuilder {
  constructor(
    private readonly _env: SheetModel['env'],
    private _d: RuleData = EMPTY,
  ) {}
  whenFormulaSatisfied(formula: unknown): ConditionalFormatRuleBuilder {
    if (typeof formula !== 'string' || !formula.startsWith('=')) throw this._env.error('Invalid argument: formula');
    this._d = { ...this._d, criteria: 'CUSTOM_FORMULA', values: [formula] };
    return this;
  }
  whenNumberBetween(start: unknown, end: unknown): ConditionalFormatRuleBuilder {
    this._d = { ...this._d, criteria: 'NUMBER_BETWEEN', values: [start, end] };
    return this;
  }
  whenNumberLessThanOrEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    this._d = { ...this._d, criteria: 'NUMBER_LESS_THAN_OR_EQUAL_TO', values: [n] };
    return this;
  }
  setBackground(color: unknown): ConditionalFormatRuleBuilder {
    this._d = { ...this._d, background: color === null ? null : String(color) };
    return this;
  }
  setFontColor(color: unknown): ConditionalFormatRuleBuilder {
    this._d = { ...this._d, fontColor: color === null ? null : String(color) };
    return this;
  }
  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges)) throw this._env.error('Invalid argument: ranges');
    this._d = {
      ...this._d,
      ranges: ranges.map((x: unknown) => {
        const r = x as Range;
        const m = (r as unknown as { _sheet: SheetModel })._sheet;
        return { sheet: m, r: r.getRow() - 1, c: r.getColumn() - 1, nr: r.getNumRows(), nc: r.getNumColumns() };
      }),
    };
    return this;
  }
  build(): ConditionalFormatRule {
    if (this._d.criteria === null) throw this._env.error('A conditional format rule needs a condition.');
    if (!this._d.ranges.length) throw this._env.error('A conditional format rule needs at least one range.');
    return this._env.expose(new ConditionalFormatRule(this._d, this._env), 'ConditionalFormatRule');
  }
  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }
}

/** Unwraps an exposed rule (a Proxy) to its data. */
function dataOf(rule: unknown): RuleData {
  const d = (rule as { _d?: RuleData })._d;
  if (!d) throw new Error('not a ConditionalFormatRule');
  return d;
}

let installed = false;

/** Adds the conditional format methods to the fake's Sheet and SpreadsheetApp. */
export function installConditionalFormats(): void {
  if (installed) return;
  installed = true;
  const sheet = Sheet.prototype as unknown as Record<string, unknown>;
  sheet.getConditionalFormatRules = function (this: Sheet): ConditionalFormatRule[] {
    const m = this._m;
    m.assertAlive();
    return (rulesOf.get(m) ?? []).map((d) =>
      m.env.expose(new ConditionalFormatRule(d, m.env), 'ConditionalFormatRule'),
    );
  };
  sheet.setConditionalFormatRules = function (this: Sheet, rules: unknown): void {
    const m = this._m;
    m.assertAlive();
    m.book.assertCanChangeSheet(m);
    if (!Array.isArray(rules)) throw m.env.error('Invalid argument: rules');
    const list = rules.map(dataOf);
    if (list.some((d) => d.ranges.some((x) => x.sheet !== m)))
      throw m.env.error('A conditional format rule cannot reference a different sheet.');
    rulesOf.set(m, list);
  };
  sheet.clearConditionalFormatRules = function (this: Sheet): void {
    rulesOf.set(this._m, []);
  };
  const app = SpreadsheetApp.prototype as unknown as Record<string, unknown>;
  app.newConditionalFormatRule = function (this: { _env: SheetModel['env'] }): ConditionalFormatRuleBuilder {
    return this._env.expose(new ConditionalFormatRuleBuilder(this._env), 'ConditionalFormatRuleBuilder');
  };
  Object.defineProperty(SpreadsheetApp.prototype, 'BooleanCriteria', {
    get: () => BooleanCriteria,
    configurable: true,
  });
}

/** For tests: a sheet's rules as plain data (A1 ranges, condition, colours). */
export function conditionalRules(
  sheet: unknown,
): { ranges: string[]; criteria: string | null; values: unknown[]; background: string | null }[] {
  const m = (sheet as { _m: SheetModel })._m;
  return (rulesOf.get(m) ?? []).map((d) => ({
    ranges: d.ranges.map((x) => rangeOn(x.sheet, x.r + 1, x.c + 1, x.nr, x.nc).getA1Notation()),
    criteria: d.criteria,
    values: [...d.values],
    background: d.background,
  }));
}
