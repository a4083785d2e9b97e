/// <reference lib="dom" />
// 查询客户 (sidebar): the front desk's "whose customer is this?" by phone in any format or by
// name. Owner, status, protected-through and days left, the rule ids and the reason, and the
// customer's history as a timeline. Phones arrive masked for non-managers (the server decides).
import type { LookupAnswer, MyReminders, PageContext } from '../gas/api';
import type { LookupMatch } from '../table/lookup';
import { bindAttr, h, replace, tx, uid } from './dom';
import { getLang, onLang, t, type Key } from './i18n';
import { listJoin } from '../vocab/text';
import { eventKindLabel, ownerText, statusText } from './labels';
import { ruleIds } from './rules';
import { call } from './server';
import { boot, whoLine, type Page } from './shell';
import {
  claimStart,
  daysBetween,
  dayOf,
  GROUPS,
  layoutTimeline,
  legendSwatch,
  renderTimeline,
  todaySwatch,
  windowSwatch,
  type TimelineEvent,
} from './timeline';

function protectionText(
  ctx: PageContext,
  through: string | null,
  status: string,
  daysLeft: number | null = null,
): HTMLElement {
  if (!through) return tx(status === 'closed' || status === 'protected' ? 'lookup.noExpiry' : 'common.none');
  // Days left count today, the same number as the sheets' 剩余天数 (issue 13): 1 = today is the last day.
  const left = daysLeft ?? daysBetween(ctx.today, through) + 1;
  const key: Key =
    left > 1
      ? 'lookup.daysLeft'
      : left === 1
        ? 'lookup.endsToday'
        : left === 0
          ? 'lookup.endedDay'
          : 'lookup.endedDays';
  return h(
    'span',
    {},
    through,
    ' ',
    h('span', { class: left < 1 ? 'gray' : left <= 3 ? 'warn' : 'gray' }, tx(key, { n: left > 1 ? left : 1 - left })),
  );
}

function eventTitle(e: TimelineEvent): string {
  return t('timeline.event', {
    date: e.date,
    kind: eventKindLabel(e.kind),
    agent: e.agent ?? t('timeline.noAgent'),
    sheet: e.sheet,
    row: e.row,
  });
}

function timeline(ctx: PageContext, m: LookupMatch): HTMLElement {
  if (m.events.length === 0) return h('p', { class: 'gray' }, tx('timeline.empty'));
  const layout = layoutTimeline(
    { events: m.events, today: ctx.today, protectedFrom: claimStart(m), protectedThrough: m.customer.protectedThrough },
    268,
  );
  const svg = renderTimeline(layout, {
    title: t('timeline.title', { n: m.events.length, from: layout.from, to: layout.to }),
    today: t('timeline.today'),
    noAgent: t('timeline.noAgent'),
    event: eventTitle,
  });
  const legend = h(
    'ul',
    { class: 'legend' },
    GROUPS.map((g) => h('li', {}, legendSwatch(g), tx(`group.${g}` as Key))),
    layout.window ? h('li', {}, windowSwatch(), tx('timeline.window')) : null,
    h('li', {}, todaySwatch(), tx('timeline.today')),
  );
  return h('div', { class: 'timeline-box' }, svg, legend);
}

/** The clauses of the rule ids in the last answer (issue 15). */
let clauses: Readonly<Record<string, string>> = {};

function rowsList(m: LookupMatch): HTMLElement {
  const dateOf = new Map(m.events.map((e) => [`${e.sheet}\u0000${e.row}`, e]));
  const rows = m.rows
    .map((r) => ({ r, e: dateOf.get(`${r.sheet}\u0000${r.row}`) }))
    .sort((a, b) => (a.e && b.e ? dayOf(a.e.date) - dayOf(b.e.date) : 0) || a.r.row - b.r.row);
  return h(
    'details',
    { class: 'rows' },
    h('summary', {}, tx('lookup.rows', { n: rows.length })),
    h(
      'ol',
      {},
      rows.map(({ r, e }) =>
        h(
          'li',
          {},
          h(
            'div',
            {},
            h('strong', {}, tx('common.sheetRow', { sheet: r.sheet, row: r.row })),
            e ? ` · ${e.date} · ${eventKindLabel(e.kind)} · ${e.agent ?? t('timeline.noAgent')}` : '',
          ),
          h(
            'div',
            { class: 'gray' },
            `→ ${ownerText(r.owner, r.ownerKind)}`,
            r.status ? ` · ${statusText(r.status)}` : '',
            ' · ',
            ruleIds(r.rules, clauses),
          ),
          h('div', { class: 'reason' }, r.reason),
        ),
      ),
    ),
  );
}

function detail(ctx: PageContext, m: LookupMatch, headingId: string): HTMLElement {
  const c = m.customer;
  const label = c.statusLabel && getLang() === ctx.lang ? c.statusLabel : statusText(c.status);
  const facts: [Key, Node | string][] = [
    ['lookup.owner', ownerText(c.owner, c.ownerKind)],
    ['lookup.status', h('span', { class: `badge status-${c.status}` }, label)],
    ['lookup.protectedThrough', protectionText(ctx, c.protectedThrough, c.status, c.daysLeft ?? null)],
    ['lookup.rules', ruleIds(c.rules, clauses)],
    ['lookup.reason', h('span', { class: 'reason' }, c.reason)],
  ];
  if (c.coOwners.length) facts.splice(1, 0, ['lookup.coOwners', listJoin(c.coOwners, getLang())]);
  return h(
    'section',
    { class: 'customer', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: '-1' }, c.name ?? t('lookup.noName')),
    h('p', { class: 'gray phones' }, c.phones.join(' / ') || '—', ' · ', h('code', {}, c.id)),
    h(
      'dl',
      { class: 'facts' },
      facts.map(([k, v]) => [h('dt', {}, tx(k)), h('dd', {}, v)]),
    ),
    h('h3', {}, tx('timeline.heading')),
    timeline(ctx, m),
    rowsList(m),
  );
}

/** 到期提醒 of the signed-in agent (issue 13): shown when their email is on the staff sheet. */
function mineSection(list: MyReminders, pick: (name: string) => void): HTMLElement {
  const id = uid('mine');
  return h(
    'section',
    { class: 'mine', 'aria-labelledby': id },
    h('h2', { id }, tx('mine.heading', { n: list.customers.length })),
    list.customers.length
      ? [
          h('p', { class: 'hint gray' }, tx('mine.hint', { n: list.horizon })),
          h(
            'ul',
            { class: 'matches' },
            list.customers.map((c) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'match', onclick: () => pick(c.name ?? c.phones[0] ?? '') },
                  h('strong', {}, c.name ?? t('lookup.noName')),
                  ' ',
                  h(
                    'span',
                    { class: c.overdue || (c.daysLeft ?? 0) <= 3 ? 'warn' : 'gray' },
                    c.overdue ? tx('mine.overdue') : tx('mine.left', { n: c.daysLeft ?? 0 }),
                  ),
                  h('br'),
                  h('span', { class: 'gray' }, c.keepText),
                ),
              ),
            ),
          ),
        ]
      : h('p', { class: 'gray' }, tx('mine.none')),
  );
}

function start(page: Page): void {
  const { ctx } = page;
  const input = bindAttr(
    h('input', {
      id: 'query',
      type: 'search',
      name: 'query',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: 100,
      'aria-describedby': 'query-hint',
    }),
    'placeholder',
    'lookup.placeholder',
  );
  const button = h('button', { type: 'submit', class: 'action', id: 'search' }, tx('lookup.search'));
  const form = h(
    'form',
    { class: 'search', role: 'search' },
    h('label', { for: 'query' }, tx('lookup.label')),
    h('div', { class: 'inline-row' }, input, button),
    h('p', { id: 'query-hint', class: 'hint gray' }, tx('lookup.hint')),
  );
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  const mask = ctx.manager ? null : h('p', { class: 'gray small' }, tx('who.masked'));
  const mine = h('div', { id: 'mine' });
  replace(page.main, whoLine(ctx), mask, form, results, mine);
  if (ctx.agent) {
    const showMine = (): void => {
      call('guishuMyReminders', getLang()).then(
        (list) =>
          replace(
            mine,
            list.agent
              ? mineSection(list, (name) => {
                  input.value = name;
                  form.requestSubmit();
                })
              : null,
          ),
        () => replace(mine),
      );
    };
    showMine();
    onLang(showMine);
  }

  let answer: LookupAnswer | null = null;
  let query = '';
  let selected = -1;
  let seq = 0;

  const render = (focus = false): void => {
    if (!answer) return replace(results);
    const notes = answer.notes.filter((n) => !ctx.notes.includes(n));
    const list = answer.matches;
    const parts: Node[] = notes.map((n) => h('p', { class: 'notice' }, n));
    if (list.length === 0) parts.push(h('p', { class: 'empty' }, tx('lookup.none', { query })));
    if (list.length > 1) {
      parts.push(h('p', {}, tx('lookup.several', { n: list.length })));
      parts.push(
        h(
          'ul',
          { class: 'matches' },
          list.map((m, i) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: `match${i === selected ? ' current' : ''}`,
                  'aria-pressed': String(i === selected),
                  onclick: () => ((selected = i), render(true)),
                },
                h('strong', {}, m.customer.name ?? t('lookup.noName')),
                ' ',
                h('span', { class: 'gray' }, m.customer.phones[0] ?? ''),
                h('br'),
                h(
                  'span',
                  { class: 'gray' },
                  `${ownerText(m.customer.owner, m.customer.ownerKind)} · ${getLang() === ctx.lang ? m.customer.statusLabel : statusText(m.customer.status)}`,
                ),
              ),
            ),
          ),
        ),
      );
    }
    const shown = list.length === 1 ? 0 : selected;
    const headingId = uid('customer');
    if (shown >= 0 && list[shown]) parts.push(detail(ctx, list[shown], headingId));
    replace(results, parts);
    if (focus) document.getElementById(headingId)?.focus();
  };
  // The page's words change at once; the server's (reasons, labels) come with a new answer.
  onLang(() => {
    render();
    if (answer && query) form.requestSubmit();
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    query = input.value.trim();
    if (!query) {
      answer = null;
      replace(results, h('p', { class: 'empty' }, tx('lookup.enter')));
      input.focus();
      return;
    }
    const mine = ++seq;
    button.disabled = true;
    page
      .busy('lookup.searching', call('guishuLookup', query, getLang()))
      .then(
        (a) => {
          if (mine !== seq) return;
          answer = a;
          clauses = a.clauses ?? {};
          selected = -1;
          render();
        },
        () => {
          // The error area says what failed; the old answer would be stale.
          if (mine !== seq) return;
          answer = null;
          replace(results);
        },
      )
      .finally(() => {
        if (mine === seq) button.disabled = false;
      });
  });
}

boot({ title: 'lookup.title', kind: 'sidebar', start });
