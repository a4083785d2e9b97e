// Presets by id, and --policy files / saved settings: a preset id plus overrides, merged and
// validated by the one schema. Anything unknown or invalid is refused whole, with the path.
import { describeZodError, policySchema, PRESET_IDS, type Policy } from './schema';
import { PRESETS } from './presets';
import { clause, clauseIds } from './clauses';
import { phraseJoin } from '../vocab/text';
import { NUMBER_WORDS, type NumberKey } from '../vocab/numbers';
export { clauseIds, durationWords, splitWords } from './clauses';

export type { Policy, PresetId } from './schema';
export { PRESET_IDS, policySchema } from './schema';

const byId = new Map<string, Policy>(PRESETS.map((p) => [p.id, p]));

export function presetIds(): readonly string[] {
  return PRESET_IDS;
}

export function getPreset(id: string): Policy | null {
  return byId.get(id) ?? null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep merge: objects merge, arrays and scalars replace. Unknown keys are collected. */
function merge(base: unknown, over: unknown, path: string, unknown: string[]): unknown {
  if (!isObject(over) || !isObject(base)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const p = path ? `${path}.${k}` : k;
    if (!(k in base)) {
      unknown.push(p);
      continue;
    }
    out[k] = base[k] === null || v === null ? v : merge(base[k], v, p, unknown);
  }
  return out;
}

export type PolicyError = { zh: string; en: string };

/** A policy file: `{ "preset": "<id>", ...overrides }` (also accepts `id` for `preset`). */
export function parsePolicy(json: unknown): { ok: true; policy: Policy } | { ok: false; error: PolicyError } {
  if (!isObject(json)) return fail('策略文件应为 JSON 对象', 'the policy file must be a JSON object');
  const { preset, ...rest } = json as { preset?: unknown } & Record<string, Json>;
  const id = typeof preset === 'string' ? preset : typeof rest.id === 'string' ? rest.id : null;
  delete rest.id;
  if (id === null) return fail('策略文件缺少 preset（预设编号）', 'the policy file names no preset id ("preset")');
  const base = getPreset(id);
  if (!base)
    return fail(
      `未知预设「${id}」，可用：${PRESET_IDS.join(', ')}`,
      `unknown preset "${id}"; valid ids: ${PRESET_IDS.join(', ')}`,
    );
  const unknown: string[] = [];
  const merged = merge(base, rest, '', unknown);
  if (unknown.length) return fail(`未知设置项：${unknown.join(', ')}`, `unknown settings: ${unknown.join(', ')}`);
  const parsed = policySchema.safeParse(merged);
  if (!parsed.success) {
    // The setting, what it must be and what it is, in each language (never zod's own text).
    return fail(describeZodError(parsed.error, merged, 'zh'), describeZodError(parsed.error, merged, 'en'));
  }
  return { ok: true, policy: parsed.data };
}

function fail(zh: string, en: string): { ok: false; error: PolicyError } {
  return { ok: false, error: { zh, en } };
}

const span = (d: { days?: number; months?: number } | null): string =>
  d === null ? '—' : [d.months ? `${d.months}m` : '', d.days ? `${d.days}d` : ''].filter(Boolean).join('') || '0d';

/** Lines for `guishu presets`: id, title and the numbers a manager may change, named as the setup
 *  page names them (src/vocab/numbers.ts). */
export function describePolicy(policy: Policy, lang: 'zh' | 'en'): string[] {
  const nums: string[] = [];
  const add = (key: NumberKey, value: string) => nums.push(`${NUMBER_WORDS[key][lang]} ${value}`);
  if (policy.claim.window) add('claim.window', span(policy.claim.window));
  if (policy.claim.callWindow) add('claim.callWindow', span(policy.claim.callWindow));
  if (policy.filing.visitWithin) add('filing.visitWithin', span(policy.filing.visitWithin));
  if (policy.filing.window) add('filing.window', span(policy.filing.window));
  if (policy.closed.window) add('closed.window', span(policy.closed.window));
  if (policy.closed.warnUntil) add('closed.warnUntil', span(policy.closed.warnUntil));
  if (policy.claim.callback) add('claim.callback', `${policy.claim.callback.days}d`);
  if (policy.claim.firstFollowup) add('claim.firstFollowup', `${policy.claim.firstFollowup.days}d`);
  if (policy.deals.lateEvidence) add('deals.lateEvidence', `${policy.deals.lateEvidence.days}d`);
  if (policy.owed) add('owed.rate', `${policy.owed.rate * 100}%`);
  for (const r of policy.deals.byOther) {
    if (typeof r.performance === 'object')
      nums.push(
        `${{ zh: '分成', en: 'split' }[lang]} ${r.performance.owner * 100}/${r.performance.closer * 100} (${r.rule})`,
      );
  }
  return [
    `${policy.id}  ${policy.title[lang]}`,
    `  ${phraseJoin(nums, lang) || { zh: '无期限', en: 'no expiry' }[lang]}`,
  ];
}

/** A rule's clause in words with the numbers of the policy in force (issue 15): null for an unknown id. */
export function ruleClause(id: string, policy: Policy, lang: 'zh' | 'en'): string | null {
  return clause(id, policy, lang, (preset) => getPreset(preset));
}
export {
  BUSINESS_KIND_LABELS,
  BUSINESS_KINDS,
  businessKind,
  describeParts,
  describeWhatItDoes,
  presetsByKind,
  sourceNote,
  type BusinessKind,
} from './describe';

/** The rule ids a policy's own words speak of: its preset's rules, then the common rules. */
export function rulesOfPreset(policy: Policy): string[] {
  const ids = clauseIds();
  return [...ids.filter((id) => id.startsWith(`${policy.id}/`)), ...ids.filter((id) => id.startsWith('common/'))];
}
