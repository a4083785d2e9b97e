// developer-direct R1–R3: a deal is the developer's direct customer only when a complete
// 甲方确认 was on file on or before the customer's first call or visit, under the same name.
import { backdated, enteredFirst, enteredOn, enteredText } from '../entry';
import { engineIssue, M, type Text } from '../messages';
import type { Ctx } from '../context';
import type { State } from '../state';
import type { EventRecord } from '../types';
import { FIELD_WORDS } from '../../vocab/fields';

// The words are the fields' own (src/vocab/fields.ts).
const MISSING: { key: keyof EventRecord; zh: string; en: string }[] = (
  [
    'name',
    'unit',
    'area',
    'price',
    'discountPrice',
    'signedByCustomer',
    'approvedByDeveloper',
    'approvedByAgency',
  ] as const
).map((key) => ({ key, ...FIELD_WORDS[key] }));

/**
 * decide/D9 (developer-direct R1, R2): complete means name, unit, area, 原单价, 优惠后单价, the
 * customer's signature and both approvals. 总价 (优惠后总房款) follows from area × 优惠后单价
 * where the sheet keeps no such column, so it is not asked for on its own.
 */
function missing(c: EventRecord): typeof MISSING {
  return MISSING.filter(({ key }) => {
    const v = c[key];
    return v === null || v === false || v === '';
  });
}

const TITLE = /(先生|女士|小姐|太太)$/;

/**
 * decide/D9: names match when equal, or when surname + title (魏女士) meets a full name starting
 * with that surname (魏丽); another surname or another full name (赵一 / 赵二) does not.
 */
export function sameBuyer(a: string, b: string): boolean {
  if (a === b) return true;
  const [titled, full] = TITLE.test(a) ? [a, b] : TITLE.test(b) ? [b, a] : [null, null];
  if (titled === null || full === null || TITLE.test(full)) return false;
  const surname = titled.replace(TITLE, '');
  return surname.length > 0 && full.startsWith(surname) && full.length > surname.length;
}

export function categoryOf(
  ctx: Ctx,
  _s: State,
  deal: EventRecord,
): { category: 'direct' | 'agency'; rules: string[]; text: Text } | null {
  const cat = ctx.policy.category;
  if (!cat) return null;
  const confirms = ctx.events.filter((e) => e.kind === 'confirm' && e.day <= deal.day);
  const agency = (why: Text, rules: string[] = [cat.agencyRule]) => {
    const source = deal.source?.toLowerCase() ?? null;
    const discount = !!source && cat.discountWords.some((w) => source.includes(w.toLowerCase()));
    return {
      category: 'agency' as const,
      rules: discount ? [...rules, cat.discountRule] : rules,
      text: M.category(false, why),
    };
  };
  if (!confirms.length) return agency(M.noConfirm);
  // Declared: the confirmation first on the register, by entry time (rulebook §3, decide/D12).
  const declared = confirms.reduce((a, b) => (enteredFirst(b, a) < 0 ? b : a));
  const first = ctx.events.find((e) => (e.kind === 'visit' || e.kind === 'call') && e.day <= deal.day);
  if (first && enteredOn(declared) > first.day) {
    return backdated(declared)
      ? agency(M.confirmAfterFirstEntered(enteredText(declared)), [cat.agencyRule, 'decide/D12'])
      : agency(M.confirmAfterFirst);
  }
  // A correction replaces what it corrects: a later complete row, on the register by the deal
  // day, completes an incomplete one (issue 12 point 6; docs/engine.md).
  const onTime = confirms.filter((c) => enteredOn(c) <= deal.day);
  const complete = onTime.find((c) => missing(c).length === 0) ?? null;
  if (!complete) {
    const late = confirms.find((c) => missing(c).length === 0);
    if (late) return agency(M.confirmCompletedLate(enteredText(late)), [cat.agencyRule, 'decide/D12']);
    const latest = confirms[confirms.length - 1];
    const gaps = missing(latest);
    // Repeated per deal; annotate() keeps one copy of identical issues.
    ctx.issues.push(engineIssue(latest.ref, 'confirm', 'error', M.confirmIncompleteIssue(gaps)));
    return agency(M.confirmIncomplete(gaps), [cat.agencyRule, 'decide/D9']);
  }
  if (deal.name && complete.name && !sameBuyer(deal.name, complete.name)) {
    return agency(M.confirmNameDiffers(deal.name, complete.name), [cat.agencyRule, 'decide/D9']);
  }
  const why = complete === declared ? M.confirmComplete : M.confirmCompletedBy(declared.ref, complete.ref);
  return { category: 'direct', rules: [cat.rule, 'decide/D9'], text: M.category(true, why) };
}
