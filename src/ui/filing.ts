/// <reference lib="dom" />
// 客户备案 (dialog): an agent files a customer. Before saving, the page says whether the filing
// would be accepted or conflicts with an existing owner, and which rule decides (the server
// judges the document as it would be after saving). Saving appends one row and recomputes.
import type { FilingDraft, FilingVerdict } from '../gas/api';
import { PRESETS } from '../policy/presets';
import { bindText, h, replace, tx } from './dom';
import { getLang, onLang, type Key } from './i18n';
import { call } from './server';
import { boot, whoLine, type Page } from './shell';

type FieldName = 'name' | 'phone' | 'agent' | 'relation' | 'linkedPhone' | 'note';

interface Field {
  readonly name: FieldName;
  readonly input: HTMLInputElement | HTMLTextAreaElement;
  readonly error: HTMLElement;
}

function field(
  name: FieldName,
  label: Key,
  opts: { required?: boolean; hint?: Key; textarea?: boolean; list?: string; type?: string } = {},
): { row: HTMLElement; f: Field } {
  const id = `f-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [opts.hint ? hintId : '', errorId].filter(Boolean).join(' ');
  const input = opts.textarea
    ? h('textarea', { id, name, rows: 2, maxlength: 500, 'aria-describedby': describedBy })
    : h('input', {
        id,
        name,
        type: opts.type ?? 'text',
        autocomplete: 'off',
        maxlength: 100,
        list: opts.list,
        required: opts.required,
        'aria-required': opts.required ? 'true' : undefined,
        'aria-describedby': describedBy,
      });
  const error = h('div', { id: errorId, class: 'field-error error' });
  const row = h(
    'div',
    { class: 'form-group' },
    h(
      'label',
      { for: id },
      tx(label),
      opts.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null,
    ),
    input,
    opts.hint ? h('div', { id: hintId, class: 'hint gray' }, tx(opts.hint)) : null,
    error,
  );
  return { row, f: { name, input, error } };
}

function start(page: Page): void {
  const { ctx } = page;
  const relations = PRESETS.find((p) => p.id === ctx.preset.id)?.identity.relations ?? [];
  const made = [
    field('name', 'filing.name', { required: true }),
    field('phone', 'filing.phone', { required: true, hint: 'filing.phoneHint', type: 'tel' }),
    field('agent', 'filing.agent', { required: true, hint: 'filing.agentHint' }),
    field('relation', 'filing.relation', { list: 'relations', hint: 'filing.relationHint' }),
    field('linkedPhone', 'filing.linkedPhone', { type: 'tel' }),
    field('note', 'filing.note', { textarea: true }),
  ];
  const fields = new Map(made.map(({ f }) => [f.name, f]));
  const get = (n: FieldName): HTMLInputElement | HTMLTextAreaElement => (fields.get(n) as Field).input;
  get('agent').value = ctx.agent ?? '';

  const verdictBox = h('div', { id: 'verdict', class: 'verdict', role: 'status', 'aria-live': 'polite' });
  const confirmBox = h('input', { type: 'checkbox', id: 'confirm-conflict' });
  const confirmRow = h(
    'div',
    { class: 'confirm-row', hidden: true },
    confirmBox,
    ' ',
    h('label', { for: 'confirm-conflict' }, tx('filing.confirmConflict')),
  );
  const check = h('button', { type: 'button', id: 'check' }, tx('filing.check'));
  const save = h('button', { type: 'submit', class: 'action', id: 'save' }, tx('filing.save'));
  const form = h(
    'form',
    { class: 'filing', novalidate: true },
    h(
      'div',
      { class: 'grid-2' },
      made.map((m) => m.row),
    ),
    h(
      'datalist',
      { id: 'relations' },
      relations.map((r) => h('option', { value: r })),
    ),
    verdictBox,
    confirmRow,
    h('div', { class: 'buttons' }, save, check),
  );
  const saved = h('div', { id: 'saved', role: 'status', 'aria-live': 'polite' });
  replace(page.main, whoLine(ctx), h('p', { class: 'gray' }, tx('filing.intro')), saved, form);

  const draft = (): FilingDraft => {
    const v = (n: FieldName): string => get(n).value.trim();
    return {
      name: v('name'),
      phone: v('phone'),
      agent: v('agent'),
      relation: v('relation'),
      linkedPhone: v('linkedPhone'),
      note: v('note'),
    };
  };
  const keyOf = (d: FilingDraft): string => JSON.stringify(d);

  let last: { key: string; verdict: FilingVerdict } | null = null;
  let seq = 0;
  let working = false;

  const showFieldErrors = (v: FilingVerdict | null): void => {
    for (const f of fields.values()) {
      const e = v?.errors.find((x) => x.field === f.name);
      if (e) {
        bindText(f.error, e.message === 'missing' ? 'filing.error.missing' : 'filing.error.invalid');
        f.input.setAttribute('aria-invalid', 'true');
      } else {
        f.error.removeAttribute('data-i18n');
        f.error.textContent = '';
        f.input.removeAttribute('aria-invalid');
      }
    }
  };

  const showVerdict = (v: FilingVerdict | null): void => {
    showFieldErrors(v);
    confirmRow.hidden = !(v && v.ok && !v.accepted);
    if (confirmRow.hidden) confirmBox.checked = false;
    if (!v) return replace(verdictBox);
    if (!v.ok) {
      verdictBox.className = 'verdict verdict-error';
      return replace(verdictBox, tx('filing.fixFields'));
    }
    verdictBox.className = v.accepted ? 'verdict verdict-ok' : 'verdict verdict-conflict';
    replace(
      verdictBox,
      h(
        'strong',
        { class: 'verdict-head' },
        v.accepted
          ? tx('filing.accepted')
          : v.conflictWith
            ? tx('filing.conflictWith', { owner: v.conflictWith })
            : tx('filing.conflict'),
      ),
      v.rules.length
        ? h(
            'div',
            {},
            tx('filing.decidedBy'),
            ' ',
            v.rules.map((r) => h('code', {}, r)),
          )
        : null,
      v.reason ? h('div', { class: 'reason' }, v.reason) : null,
    );
  };
  onLang(() => showVerdict(last?.verdict ?? null));

  const runCheck = (): Promise<FilingVerdict | null> => {
    const d = draft();
    const key = keyOf(d);
    if (last && last.key === key) return Promise.resolve(last.verdict);
    const mine = ++seq;
    return page.busy('filing.checking', call('guishuFilingCheck', d, getLang())).then(
      (v) => {
        if (mine === seq) {
          last = { key, verdict: v };
          showVerdict(v);
        }
        return v;
      },
      () => null,
    );
  };

  // A check after each finished edit (change fires when a field is left), once name and phone
  // are there; typing alone sends nothing.
  let timer: number | undefined;
  for (const f of fields.values()) {
    f.input.addEventListener('change', () => {
      replace(saved);
      const d = draft();
      if (!d.name || !d.phone) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void runCheck(), 250);
    });
    f.input.addEventListener('input', () => {
      if (last && last.key !== keyOf(draft())) showVerdict(null);
    });
  }

  check.addEventListener('click', () => void runCheck());

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (working) return;
    working = true;
    save.disabled = true;
    check.disabled = true;
    const done = (): void => {
      working = false;
      save.disabled = false;
      check.disabled = false;
    };
    runCheck()
      .then((v) => {
        if (!v || !v.ok) return;
        if (!v.accepted && !confirmBox.checked) {
          confirmBox.focus();
          return;
        }
        const d = draft();
        return page.busy('filing.saving', call('guishuFilingSave', d, getLang())).then((r) => {
          last = null;
          if (!r.saved) return showVerdict(r);
          showVerdict(null);
          for (const n of ['name', 'phone', 'relation', 'linkedPhone', 'note'] as const) get(n).value = '';
          replace(
            saved,
            h(
              'div',
              { class: r.accepted ? 'verdict verdict-ok' : 'verdict verdict-conflict' },
              h('strong', {}, tx('filing.saved', { name: d.name, sheet: r.saved.sheet, row: r.saved.row })),
              h(
                'div',
                {},
                r.accepted
                  ? tx('filing.accepted')
                  : r.conflictWith
                    ? tx('filing.conflictWith', { owner: r.conflictWith })
                    : tx('filing.conflict'),
              ),
              r.rules.length
                ? h(
                    'div',
                    {},
                    tx('filing.decidedBy'),
                    ' ',
                    r.rules.map((x) => h('code', {}, x)),
                  )
                : null,
              r.reason ? h('div', { class: 'reason' }, r.reason) : null,
            ),
          );
          get('name').focus();
        });
      })
      .catch(() => undefined) // the error area shows it
      .finally(done);
  });
}

boot({ title: 'filing.title', kind: 'dialog', start });
