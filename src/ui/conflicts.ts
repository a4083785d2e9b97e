/// <reference lib="dom" />
// 冲突与裁决 (dialog): the open conflicts with their rules and evidence rows, and a ruling form
// (new owner, reason) that appends to 裁决. The server recomputes after saving; the page then
// looks the customer up again to show the owner the recompute gave.
import type { ConflictItem, ConflictList } from '../gas/api';
import { h, replace, tx, uid } from './dom';
import { getLang, onLang, t } from './i18n';
import { clauseJoin, listJoin } from '../vocab/text';
import { conflictKindLabel } from './labels';
import { ruleIds } from './rules';
import { call } from './server';
import { boot, whoLine, type Page } from './shell';

/** What guishuLookup is asked to find a ruled customer again: the phone inside a customer id,
 *  else the name. */
export function lookupQuery(c: { customerId: string; customer: string }): string {
  const m = /^c-(\d+)$/.exec(c.customerId);
  return m ? m[1] : c.customer;
}

function start(page: Page): void {
  const { ctx } = page;
  let list: ConflictList | null = null;
  let seq = 0;

  const listBox = h('div', { id: 'conflicts' });
  const customer = h('select', { id: 'r-customer', required: true });
  const owner = h('input', {
    id: 'r-owner',
    type: 'text',
    autocomplete: 'off',
    maxlength: 60,
    required: true,
    list: 'r-parties',
  });
  const parties = h('datalist', { id: 'r-parties' });
  const reason = h('textarea', { id: 'r-reason', rows: 2, maxlength: 500 });
  const save = h('button', { type: 'submit', class: 'action', id: 'rule' }, tx('conflicts.save'));
  const formError = h('div', { id: 'r-error', class: 'field-error error', role: 'alert' });
  const outcome = h('div', { id: 'ruling-result', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'ruling', novalidate: true },
    h('div', { class: 'form-group' }, h('label', { for: 'r-customer' }, tx('conflicts.customer')), customer),
    h('div', { class: 'form-group' }, h('label', { for: 'r-owner' }, tx('conflicts.newOwner')), owner, parties),
    h('div', { class: 'form-group' }, h('label', { for: 'r-reason' }, tx('conflicts.reason')), reason),
    formError,
    h('div', { class: 'buttons' }, save),
  );
  const formSection = h(
    'section',
    { class: 'ruling-section', 'aria-labelledby': 'ruling-heading' },
    h('h2', { id: 'ruling-heading' }, tx('conflicts.ruling')),
  );
  replace(page.main, whoLine(ctx), outcome, listBox, formSection);

  const customers = (): ConflictItem[] => {
    const seen = new Set<string>();
    return (list?.conflicts ?? []).filter((c) => !seen.has(c.customerId) && !!seen.add(c.customerId));
  };

  const pick = (c: ConflictItem): void => {
    customer.value = c.customerId;
    fillParties();
    owner.focus();
  };

  const fillParties = (): void => {
    const names = new Set<string>();
    for (const c of list?.conflicts ?? []) if (c.customerId === customer.value) c.parties.forEach((p) => names.add(p));
    replace(
      parties,
      [...names].map((n) => h('option', { value: n })),
    );
  };
  customer.addEventListener('change', fillParties);

  const card = (c: ConflictItem): HTMLElement => {
    const id = uid('conflict');
    return h(
      'li',
      { class: 'conflict', 'aria-labelledby': id },
      h(
        'div',
        { class: 'conflict-head' },
        h('strong', { id }, c.customer),
        ' ',
        h('span', { class: 'badge' }, conflictKindLabel(c.kind)),
        ' ',
        h('span', { class: 'gray' }, c.date),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, tx('conflicts.owner')),
        h('dd', {}, c.owner ?? t('owner.pool')),
        h('dt', {}, tx('conflicts.parties')),
        h('dd', {}, listJoin(c.parties, getLang()) || '—'),
        h('dt', {}, tx('conflicts.rules')),
        h('dd', {}, ruleIds(c.rules, list?.clauses)),
        h('dt', {}, tx('conflicts.evidence')),
        h('dd', {}, tx('common.sheetRow', { sheet: c.sheet, row: c.row })),
        h('dt', {}, tx('conflicts.explanation')),
        h('dd', { class: 'reason' }, c.reason),
        c.deadline ? h('dt', {}, tx('conflicts.deadline')) : null,
        c.deadline ? h('dd', {}, c.deadline) : null,
      ),
      list?.canRule
        ? h(
            'button',
            { type: 'button', class: 'secondary rule-this', onclick: () => pick(c) },
            tx('conflicts.ruleThis', { customer: c.customer }),
          )
        : null,
    );
  };

  const render = (): void => {
    if (!list) return;
    replace(
      listBox,
      list.notes.map((n) => h('p', { class: 'notice' }, n)),
      list.conflicts.length
        ? [
            h('p', {}, tx('conflicts.count', { n: list.conflicts.length })),
            h('ol', { class: 'conflict-list' }, list.conflicts.map(card)),
          ]
        : h('p', { class: 'empty' }, tx('conflicts.none')),
    );
    const keep = customer.value;
    replace(
      customer,
      h('option', { value: '' }, tx('conflicts.choose')),
      customers().map((c) => h('option', { value: c.customerId }, `${c.customer} (${c.customerId})`)),
    );
    customer.value = customers().some((c) => c.customerId === keep) ? keep : '';
    fillParties();
    replace(
      formSection,
      h('h2', { id: 'ruling-heading' }, tx('conflicts.ruling')),
      list.canRule ? form : h('p', { class: 'notice', id: 'cannot-rule' }, tx('conflicts.managersOnly')),
    );
  };
  onLang(() => {
    render();
    void load();
  });

  const load = (): Promise<void> => {
    const mine = ++seq;
    return page.busy('common.loading', call('guishuConflictList', getLang())).then(
      (l) => {
        if (mine !== seq) return;
        list = l;
        render();
      },
      () => undefined,
    );
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = customers().find((c) => c.customerId === customer.value);
    const newOwner = owner.value.trim();
    if (!chosen || !newOwner) {
      replace(formError, tx(chosen ? 'conflicts.needOwner' : 'conflicts.needCustomer'));
      (chosen ? owner : customer).focus();
      return;
    }
    replace(formError);
    save.disabled = true;
    page
      .busy(
        'conflicts.saving',
        call('guishuRulingSave', { customer: chosen.customerId, newOwner, reason: reason.value.trim() }, getLang()),
      )
      .then((r) => {
        if (!r.ok) {
          replace(formError, clauseJoin(r.errors, getLang()));
          return;
        }
        owner.value = '';
        reason.value = '';
        // The recompute ran on the server; ask for the customer again to show the owner it gave.
        return Promise.all([
          load(),
          page.busy('conflicts.checking', call('guishuLookup', lookupQuery(chosen), getLang())),
        ]).then(([, answer]) => {
          const now = answer.matches.find((m) => m.customer.id === chosen.customerId) ?? answer.matches[0];
          replace(
            outcome,
            h(
              'div',
              { class: 'verdict verdict-ok' },
              h('strong', {}, tx('conflicts.saved')),
              ' ',
              now
                ? tx('conflicts.nowOwner', {
                    customer: chosen.customer,
                    owner: now.customer.owner ?? t('owner.pool'),
                    status: now.customer.statusLabel,
                  })
                : null,
              r.notes.length
                ? h(
                    'ul',
                    {},
                    r.notes.map((x) => h('li', {}, x)),
                  )
                : null,
            ),
          );
        });
      })
      .catch(() => undefined)
      .finally(() => {
        save.disabled = false;
      });
  });

  void load();
}

boot({ title: 'conflicts.title', kind: 'dialog', start });
