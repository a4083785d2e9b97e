// guishuLookup(query): the front desk's "whose customer is this?". Phones are masked for
// non-managers (a blank email counts as a non-manager) and every lookup is logged.
import { findCustomers, lookupMatch, type LookupMatch } from '../table/lookup';
import { maskId, maskPhone } from '../table/render';
import { reminderJson, reminders } from '../table/standing';
import { isoOfDay } from '../engine/calendar';
import type { MyReminders } from './api';
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
  const loaded = loadSettings(lang);
  if (!loaded.ok) {
    // The page's language, else the one still readable in the stored settings (issue 14).
    const said = pageLang(lang, loaded.fallback?.lang ?? 'zh');
    return { matches: [], manager: false, notes: [pick(NOTE.badSettingsLookup(loaded.error), said)], clauses: {} };
  }
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
  logLookup(ss, settings, email, [
    stamp,
    email || pick(NOTE.unknownUser, stored.lang),
    text,
    found.map((f) => (manager ? f.id : maskId(f.id))).join(', ') || '—',
  ]);
  return { matches, manager, notes, clauses: clausesOf(JSON.stringify(matches), policy, settings.lang) };
}

/**
 * The signed-in agent's own 到期提醒 (issue 13): found by their email on the staff sheet. Phones
 * are masked for non-managers, as everywhere in the sidebar.
 */
export function myReminders(lang?: unknown): MyReminders {
  const loaded = loadSettings();
  if (!loaded.ok) return { agent: null, asOf: '', horizon: 0, customers: [] };
  const { settings: stored, policy } = loaded;
  const settings = { ...stored, lang: pageLang(lang, stored.lang) };
  const email = currentEmail();
  const manager = isManager(settings, email);
  const c = compute(theSpreadsheet(), settings, policy);
  const agent = email
    ? (c.input.staff.find((s) => s.email?.toLowerCase() === email.toLowerCase())?.name ?? null)
    : null;
  if (agent === null) return { agent, asOf: isoOfDay(c.asOf), horizon: 0, customers: [] };
  const list = reminderJson(reminders(c.result, c.input.events, policy), settings.lang, manager ? (p) => p : maskPhone);
  const mine = list.agents.find((a) => a.agent === agent)?.customers ?? [];
  return {
    agent,
    asOf: list.asOf,
    horizon: list.horizon,
    customers: mine.map((r) => (manager ? r : { ...r, customerId: maskId(r.customerId) })),
  };
}
