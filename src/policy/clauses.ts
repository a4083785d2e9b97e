// Every rule id the policy can cite, in words a manager reads (issue 15 point 1). The clauses are
// data: a zh and an en sentence per id, written from the seeds as docs/rules.md reads them, with
// `{path}` placeholders that are filled from the policy in force, so an override of 7 to 10 days
// reads "10 天". A rule of another preset is filled from that preset's own numbers.
//
// Placeholders: `{claim.window}` a duration or a plain value at that path of the policy;
// `{owed.rate%}` a fraction as a percentage; `{claim.callback.days:d}` a number of days;
// `{filing.leadMinutes.minutes:h}` minutes as hours; `{split:R2}` the shares of the preset's
// deal rule with that id. A path the policy has switched off (null) reads 不限期 / no limit.
import { type ClauseData, type ClauseText, clauseTexts } from './clauseTexts';
import type { Policy, PresetId, ShareSpec } from './schema';
import { PRESET_IDS } from './schema';

export type Lang = 'zh' | 'en';
export type { ClauseText } from './clauseTexts';

// ---------- filling the numbers ----------

function at(policy: Policy, path: string): unknown {
  let v: unknown = policy;
  for (const key of path.split('.')) {
    if (v === null || v === undefined || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v ?? null;
}

/** "7 天" / "7 days", "3 个月" / "3 months", "1 个月 5 天". */
export function durationWords(d: { days?: number; months?: number } | null, lang: Lang): string {
  if (d === null) return lang === 'zh' ? '不限期' : 'no time limit';
  const parts: string[] = [];
  if (d.months) parts.push(lang === 'zh' ? `${d.months} 个月` : `${d.months} month${d.months === 1 ? '' : 's'}`);
  if (d.days || !parts.length) parts.push(dayWords(d.days ?? 0, lang));
  return parts.join(lang === 'zh' ? ' ' : ' and ');
}

export function dayWords(n: number, lang: Lang): string {
  return lang === 'zh' ? `${n} 天` : `${n} day${n === 1 ? '' : 's'}`;
}

export const percent = (f: number): string => `${Math.round(f * 1000) / 10}%`;

const SHARE_WORDS: Record<string, ClauseText> = {
  owner: { zh: '全归原归属人', en: 'all to the owner' },
  closer: { zh: '全归成交人', en: 'all to the closer' },
  equal: { zh: '双方平分', en: 'split equally' },
  team: { zh: '归项目全体', en: 'to the whole team' },
};

export function shareWords(s: ShareSpec, lang: Lang): string {
  if (typeof s === 'string') return SHARE_WORDS[s]![lang];
  return lang === 'zh'
    ? `原归属人 ${percent(s.owner)}、成交人 ${percent(s.closer)}`
    : `owner ${percent(s.owner)}, closer ${percent(s.closer)}`;
}

/** "业绩与佣金：原归属人 70%、成交人 30%" or the two shares apart when they differ. */
export function splitWords(perf: ShareSpec, comm: ShareSpec, lang: Lang): string {
  const p = shareWords(perf, lang);
  const k = shareWords(comm, lang);
  if (p === k) return lang === 'zh' ? `业绩与佣金${p}` : `performance and commission ${p}`;
  return lang === 'zh' ? `业绩${p}，佣金${k}` : `performance ${p}, commission ${k}`;
}

function splitOf(policy: Policy, key: string, lang: Lang): string {
  const rule = policy.deals.byOther.find((r) => r.rule === `${policy.id}/${key}` || r.when === key);
  if (!rule) return lang === 'zh' ? '（此规则已关闭）' : '(switched off)';
  return splitWords(rule.performance, rule.commission, lang);
}

function fill(text: string, policy: Policy, lang: Lang): string {
  const filled = fillPlaceholders(text, policy, lang);
  // Chinese sets no space between a unit and the word after it: "7 天没有", not "7 天 没有".
  return lang === 'zh' ? filled.replace(/(天|个月|小时|不限期) (?=[\u4e00-\u9fff（])/g, '$1') : filled;
}

function fillPlaceholders(text: string, policy: Policy, lang: Lang): string {
  return text.replace(/\{([^}]+)\}/g, (_, spec: string) => {
    if (spec.startsWith('split:')) return splitOf(policy, spec.slice(6), lang);
    const m = /^([\w.]+?)(%|:d|:h)?$/.exec(spec);
    if (!m) return spec;
    const value = at(policy, m[1]!);
    if (value === null) return lang === 'zh' ? '不限期' : 'no limit';
    if (m[2] === '%') return percent(value as number);
    if (m[2] === ':d') return dayWords(value as number, lang);
    if (m[2] === ':h') {
      const h = (value as number) / 60;
      return lang === 'zh' ? `${h} 小时` : `${h} hour${h === 1 ? '' : 's'}`;
    }
    if (typeof value === 'object') return durationWords(value as { days?: number; months?: number }, lang);
    return String(value);
  });
}

/** The preset a rule id belongs to (`case-field/R4` → case-field), if it names one. */
export function presetOfRule(id: string): PresetId | null {
  const scope = id.split('/')[0] ?? '';
  return (PRESET_IDS as readonly string[]).includes(scope) ? (scope as PresetId) : (clauseTexts()[id]?.preset ?? null);
}

/**
 * A rule's clause in words, the numbers taken from `policy` when the rule is the policy's own
 * (or a common rule), else from `presetOf(id)`'s own preset. Null for an id no rule has.
 */
export function clause(
  id: string,
  policy: Policy,
  lang: Lang,
  presetFor: (id: PresetId) => Policy | null,
): string | null {
  const data: ClauseData | undefined = clauseTexts()[id];
  if (!data) return null;
  const scope = presetOfRule(id);
  const numbers = scope === null || scope === policy.id ? policy : (presetFor(scope) ?? policy);
  return fill(data[lang], numbers, lang);
}

let ids: readonly string[] | null = null;

/** Every rule id that has a clause. */
export function clauseIds(): readonly string[] {
  return (ids ??= Object.keys(clauseTexts()));
}
