// guishu lookup <workbook.xlsx> <phone-or-name>: one customer's owner, status and reasons.
import { isoOfDay, type CustomerResult, type EngineInput } from '../engine';
import { refText, type Lang } from '../table/labels';
import { STATUS_WORDS } from '../vocab/statuses';
import { ownerText, reasonText } from '../table/render';
import { reportCustomer } from '../table/report';
import { findCustomers, lookupMatch } from '../table/lookup';
import { labelled } from '../vocab/text';
import { fail, helpText, M, say, type Text } from './messages';
import { asOfDay, checkLang, choosePolicy, COMMON_OPTIONS, parseVerb, POLICY_OPTIONS } from './options';
import { judgeWorkbook, type Run } from './pipeline';
import { closeWorkbook } from './workbook';

const OPTIONS = { ...POLICY_OPTIONS, ...COMMON_OPTIONS, json: { type: 'boolean' } } as const;

/** The contract's guishuLookup shape: customer and rows as in the JSON report, plus events. */
function matchJson(run: Run & { input: EngineInput }, customer: CustomerResult, lang: Lang) {
  return lookupMatch(run.result, run.input, customer, lang, false);
}

function matchLines(run: Run, customer: CustomerResult, lang: Lang): string[] {
  const label = (word: Text) => labelled(say(lang, word), lang);
  const c = reportCustomer(customer, lang, run.result.asOf);
  const lines = [
    `${c.name ?? '—'}  ${c.id}  ${label(M.phoneLabel)}${c.phones.join(', ') || '—'}`,
    `  ${label(M.ownerLabel)}${[ownerText(customer.owner, lang), ...c.coOwners].join(' / ')}  ` +
      `${label(M.statusLabel)}${c.statusLabel}  ${label(M.protectedLabel)}${c.protectedThrough ?? '—'}` +
      (c.daysLeft === null ? '' : `  ${label(M.daysLeftLabel)}${c.daysLeft}`),
    `  ${label(M.rulesLabel)}${c.rules.join(', ') || '—'}`,
    `  ${label(M.reasonLabel)}${c.reason}`,
  ];
  const rows = run.result.rows.filter((r) => r.customerId === customer.id);
  if (rows.length) lines.push(`  ${label(M.rowsLabel)}`);
  for (const r of rows) {
    const standing = r.status === null ? '' : `${ownerText(r.owner, lang)} ${STATUS_WORDS[r.status][lang]}  `;
    lines.push(`    ${refText(r.ref, lang)}  ${standing}${reasonText(r.reason, lang)}`);
  }
  return lines;
}

export async function lookupCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('lookup', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('lookup', lang));
    return 0;
  }
  if (given.length < 1) fail(2, M.needWorkbook('lookup'));
  if (given.length < 2) fail(2, M.needQuery);
  // An unquoted `138 0013 8000` arrives as three arguments: it is one query.
  const [file, ...rest] = given;
  const query = rest.join(' ');
  if (!query.trim()) fail(2, M.emptyQuery);
  const asOf = asOfDay(values['as-of'], values.tz);
  const policy = choosePolicy(values.preset, values.policy);

  const run = await judgeWorkbook(file, policy, asOf, true);
  closeWorkbook(run.workbook);
  const found = findCustomers(run.result, query);
  if (values.json) {
    console.log(
      JSON.stringify(
        { query, asOf: isoOfDay(asOf), preset: policy.id, matches: found.map((c) => matchJson(run, c, lang)) },
        null,
        2,
      ),
    );
    return 0;
  }
  // What the answer was judged by: another preset or day can give another owner.
  console.log(say(lang, M.judgedBy(`${policy.id} (${policy.title[lang]})`, isoOfDay(asOf))));
  if (!found.length) {
    console.log(say(lang, M.noMatch(query)));
    return 0;
  }
  console.log(say(lang, M.matches(found.length)));
  for (const customer of found) console.log(matchLines(run, customer, lang).join('\n'));
  return 0;
}
