// The preset numbers of 设置: which numbers a manager may change, the overrides they make, and
// their labels. Pure, so they are tested without a browser.
import type { Policy } from '../policy';
import { has, t, type Key } from './i18n';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The preset with overrides applied as parsePolicy merges them: objects merge, the rest replaces. */
export function merged(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over;
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = base[k] === null || v === null ? v : merged(base[k], v);
  return out;
}

/** Every number a manager may change, as a path into the policy (the server's walk). */
export function numberPaths(policy: unknown): { path: string; value: number }[] {
  const out: { path: string; value: number }[] = [];
  const walk = (v: unknown, path: string[]): void => {
    if (typeof v === 'number') out.push({ path: path.join('.'), value: v });
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else if (Array.isArray(v) && path[path.length - 1] === 'byOther')
      v.forEach((x, i) => walk(x, [...path, String(i)]));
  };
  walk(policy, []);
  return out;
}

function getAt(obj: unknown, path: string[]): unknown {
  let v = obj;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Json)[p];
  }
  return v;
}

function setAt(obj: Json, path: string[], value: unknown): void {
  let o: Json = obj;
  path.slice(0, -1).forEach((p) => {
    if (!isObject(o[p])) o[p] = {};
    o = o[p] as Json;
  });
  o[path[path.length - 1]] = value;
}

function deleteAt(obj: Json, path: string[]): void {
  if (path.length === 1) {
    delete obj[path[0]];
    return;
  }
  const child = obj[path[0]];
  if (!isObject(child)) return;
  deleteAt(child, path.slice(1));
  if (Object.keys(child).length === 0) delete obj[path[0]];
}

/** The overrides after the numbers the manager typed: a number equal to the preset's is dropped;
 *  a number inside the deal-split list overrides the whole list (lists replace when merged). */
export function withNumbers(preset: Policy, overrides: Json, values: ReadonlyMap<string, unknown>): Json {
  const out = clone(overrides);
  for (const [path, value] of values) {
    const parts = path.split('.');
    const at = parts.indexOf('byOther');
    if (at >= 0) {
      const listPath = parts.slice(0, at + 1);
      const list = clone((getAt(out, listPath) ?? getAt(preset, listPath)) as unknown[]);
      let o = list as unknown as Json;
      const rest = parts.slice(at + 1);
      rest.slice(0, -1).forEach((p) => (o = o[p] as Json));
      o[rest[rest.length - 1]] = value;
      setAt(out, listPath, list);
    } else if (value === getAt(preset, parts)) {
      deleteAt(out, parts);
    } else {
      setAt(out, parts, value);
    }
  }
  return out;
}

/** The label of a number's path in the page's language (`claim.window.days` -> 保护期（天）). */
export function numberLabel(path: string): string {
  const parts = path.split('.');
  const word = (k: string): string => (has(`num.${k}`) ? t(`num.${k}` as Key) : k);
  if (parts[0] === 'deals' && parts[1] === 'byOther') {
    return t('num.split', { n: Number(parts[2]) + 1, share: word(parts[3] ?? ''), who: word(parts[4] ?? '') });
  }
  const unit = ['days', 'months', 'minutes'].includes(parts[parts.length - 1]) ? parts[parts.length - 1] : null;
  const head = (unit ? parts.slice(0, -1) : parts).join('.');
  const label = has(`num.${head}`) ? t(`num.${head}` as Key) : head;
  return unit ? t('num.withUnit', { label, unit: t(`unit.${unit}` as Key) }) : label;
}

/** Why a number is refused, in the page's language (zod's own words are English only). */
export function numberProblem(path: string): Key {
  if (/\.(performance|commission)\.(owner|closer)$/.test(path)) return 'setup.err.share';
  if (/\.rate$/.test(path)) return 'setup.err.fraction';
  return 'setup.err.count';
}
