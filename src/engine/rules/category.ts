// developer-direct R1–R3: a deal is the developer's direct customer only when a complete
// 甲方确认 was on file on or before the customer's first call or visit, under the same name.
import { engineIssue, M, type Text } from '../messages';
import type { Ctx } from '../context';
import type { State } from '../state';
import type { EventRecord } from '../types';

const MISSING: { key: keyof EventRecord; zh: string; en: string }[] = [
  { key: 'name', zh: '客户姓名', en: 'customer name' },
  { key: 'unit', zh: '房号', en: 'unit' },
  { key: 'area', zh: '面积', en: 'area' },
  { key: 'price', zh: '单价', en: 'price' },
  { key: 'signedByCustomer', zh: '客户签字', en: 'customer signature' },
  { key: 'approvedByDeveloper', zh: '甲方审批', en: 'developer approval' },
  { key: 'approvedByAgency', zh: '乙方审批', en: 'agency approval' },
];

function missing(c: EventRecord): typeof MISSING {
  return MISSING.filter(({ key }) => {
    const v = c[key];
    if (key === 'price') return c.price === null && c.discountPrice === null && c.totalPrice === null;
    return v === null || v === false || v === '';
  });
}

export function categoryOf(ctx: Ctx, _s: State, deal: EventRecord): { category: 'direct' | 'agency'; rules: string[]; text: Text } | null {
  const cat = ctx.policy.category;
  if (!cat) return null;
  const confirm = ctx.events.find((e) => e.kind === 'confirm' && e.day <= deal.day) ?? null;
  const agency = (why: Text, rule = cat.agencyRule) => {
    const source = deal.source?.toLowerCase() ?? null;
    const discount = !!source && cat.discountWords.some((w) => source.includes(w.toLowerCase()));
    return { category: 'agency' as const, rules: discount ? [rule, cat.discountRule] : [rule], text: M.category(false, why) };
  };
  if (!confirm) return agency(M.t('无甲方确认', 'no developer confirmation on file'));
  const first = ctx.events.find((e) => (e.kind === 'visit' || e.kind === 'call') && e.day <= deal.day);
  if (first && confirm.day > first.day) return agency(M.t('甲方确认晚于首次来访', 'the confirmation came after the first visit'));
  const gaps = missing(confirm);
  if (gaps.length) {
    // Repeated per deal; annotate() keeps one copy of identical issues.
    ctx.issues.push(engineIssue(confirm.ref, 'confirm', 'error', M.t(`甲方确认不完整：缺${gaps.map((g) => g.zh).join('、')}`, `the developer confirmation is incomplete: missing ${gaps.map((g) => g.en).join(', ')}`)));
    return agency(M.t(`甲方确认不完整（缺${gaps.map((g) => g.zh).join('、')}）`, `the confirmation is incomplete (missing ${gaps.map((g) => g.en).join(', ')})`));
  }
  if ((confirm.enteredDay ?? confirm.day) > deal.day) return agency(M.t('甲方确认在认购日后才补全', 'the confirmation was completed after the deal day'));
  if (deal.name && confirm.name && deal.name !== confirm.name) {
    return agency(M.t(`成交姓名 ${deal.name} 与确认姓名 ${confirm.name} 不符`, `deal name ${deal.name} differs from the confirmation's ${confirm.name}`));
  }
  return { category: 'direct', rules: [cat.rule], text: M.category(true, M.t('甲方确认齐全且先于首次来访', 'complete confirmation on file before the first visit')) };
}
