// Turning a split rule into shares that sum to 1 (rulebook §5: performance and commission
// are two separate shares).
import type { ShareSpec } from '../../policy/schema';
import type { Shares } from '../types';

export interface Parties {
  readonly owners: readonly string[];
  readonly closer: string | null;
  readonly team: string | null;
}

function equally(names: readonly string[]): Shares {
  const unique = [...new Set(names)];
  const out: Record<string, number> = {};
  for (const n of unique) out[n] = 1 / unique.length;
  return out;
}

export function sharesOf(spec: ShareSpec, p: Parties): Shares {
  if (spec === 'team' && p.team) return { [p.team]: 1 };
  if (spec === 'closer' && p.closer) return { [p.closer]: 1 };
  if (spec === 'equal') return equally(p.closer ? [...p.owners, p.closer] : p.owners);
  if (typeof spec === 'object' && p.closer && !p.owners.includes(p.closer)) {
    const out: Record<string, number> = {};
    for (const o of p.owners) out[o] = spec.owner / p.owners.length;
    out[p.closer] = (out[p.closer] ?? 0) + spec.closer;
    return out;
  }
  return equally(p.owners.length ? p.owners : p.closer ? [p.closer] : []);
}

/** The party with the largest share; ties keep the current owner. */
export function topShare(shares: Shares, current: string | null): string | null {
  let best: string | null = current !== null && current in shares ? current : null;
  for (const [name, share] of Object.entries(shares)) {
    if (best === null || share > (shares[best] ?? 0) + 1e-9) best = name;
  }
  return best;
}

export function formatShares(shares: Shares): string {
  return Object.entries(shares)
    .map(([n, v]) => `${n} ${Math.round(v * 1000) / 10}%`)
    .join(' / ');
}
