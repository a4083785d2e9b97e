// guishuLookup(query): the front desk's "whose customer is this?". Phones are masked for
// non-managers (a blank email counts as a non-manager) and every lookup is logged.
import { findCustomers, lookupMatch, type LookupMatch } from '../table/lookup';
import { maskId } from '../table/render';
import { currentEmail, theSpreadsheet } from './document';
import { NOTE, pageLang, pick } from './i18n';
import { logLookup } from './lookupLog';
import { compute } from './run';
import { clausesOf } from './clauses';
import { isManager, loadSettings } from './settings';

export interface LookupAnswer {
  matches: LookupMatch[];
  manager: boolean;
  notes: string[];
  /** Each rule id cited in the matches, in words with the numbers in force (issue 15). */
  clauses: Record<string, string>;
}

const MAX_MATCHES = 20;

export function lookup(query: unknown, lang?: unknown): LookupAnswer {
  const text = typeof query === 'string' ? query.slice(0, 100) : '';
  const loaded = loadSettings();
  if (!loaded.ok) return { matches: [], manager: false, notes: [pick(NOTE.badSettings(loaded.error), 'zh')], clauses: {} };
  const { settings: stored, policy } = loaded;
  const settings = { ...stored, lang: pageLang(lang, stored.lang) };
  const email = currentEmail();
  const manager = isManager(settings, email);
  const notes = email ? [] : [pick(NOTE.noEmail, settings.lang)];
  if (!text.trim()) return { matches: [], manager, notes, clauses: {} };
  const ss = theSpreadsheet();
  const c = compute(ss, settings, policy);
  const found = findCustomers(c.result, text).slice(0, MAX_MATCHES);
  const matches = found.map((customer) => lookupMatch(c.result, c.input, customer, settings.lang, !manager));
  const stamp = Utilities.formatDate(new Date(), c.tz, 'yyyy-MM-dd HH:mm:ss');
  logLookup(ss, settings, email, [stamp, email || '(unknown)', text, found.map((f) => (manager ? f.id : maskId(f.id))).join(', ') || '—']);
  return { matches, manager, notes, clauses: clausesOf(JSON.stringify(matches), policy, settings.lang) };
}
