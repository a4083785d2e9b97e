// Finding a customer by phone (any format) or name, and the lookup's answer in the JSON report's
// shapes (contract: guishuLookup). Shared by the command line and the add-on's sidebar.
import { isoOfDay } from '../engine/calendar';
import type { CustomerResult, EngineInput, EngineResult } from '../engine/types';
import type { Lang } from './labels';
import { readPhone } from './phones';
import { maskId, maskPhone } from './render';
import { reportCustomer, reportRow, type ReportCustomer, type ReportRow } from './report';
import { halfWidth, tidy } from './text';

/** A phone in any format matches exactly; 4 or more bare digits match a phone's tail; else names. */
export function findCustomers(result: EngineResult, query: string): CustomerResult[] {
  const phone = readPhone(query);
  if (phone?.ok) return result.customers.filter((c) => c.phones.includes(phone.phone));
  const digits = halfWidth(query).replace(/[\s-]/g, '');
  if (/^\d{4,}$/.test(digits)) return result.customers.filter((c) => c.phones.some((p) => p.endsWith(digits)));
  const name = tidy(query);
  if (!name) return [];
  return result.customers.filter((c) => c.name !== null && tidy(c.name).includes(name));
}

export interface LookupMatch {
  customer: ReportCustomer;
  rows: ReportRow[];
  events: { date: string; kind: string; agent: string | null; sheet: string; row: number }[];
}

export function lookupMatch(
  result: EngineResult,
  input: EngineInput,
  customer: CustomerResult,
  lang: Lang,
  mask: boolean,
): LookupMatch {
  const refs = new Set(customer.refs.map((r) => `${r.sheet}\u0000${r.row}`));
  const c = reportCustomer(customer, lang, result.asOf);
  const id = mask ? maskId : (s: string) => s;
  return {
    customer: mask ? { ...c, id: id(c.id), phones: c.phones.map(maskPhone) } : c,
    rows: result.rows
      .filter((r) => r.customerId === customer.id)
      .map((r) => ({ ...reportRow(r, lang, customer, result.asOf), customerId: r.customerId && id(r.customerId) })),
    events: input.events
      .filter((e) => refs.has(`${e.ref.sheet}\u0000${e.ref.row}`))
      .map((e) => ({ date: isoOfDay(e.day), kind: e.kind, agent: e.agent, sheet: e.ref.sheet, row: e.ref.row })),
  };
}
