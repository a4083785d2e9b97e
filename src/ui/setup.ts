/// <reference lib="dom" />
// 设置 (dialog): which sheet is which, the detected column mapping and corrections to it, the
// preset and its numbers (validated while typing by the same zod schema the server uses:
// src/policy's parsePolicy and policySchema are bundled into this page), managers, language.
// Only managers save (the server decides; the first person to save becomes the first manager).
import * as z from 'zod/mini';
import type { SaveAnswer, SetupState, SheetMapping, WhatIfAnswer } from '../gas/api';
import {
  BUSINESS_KIND_LABELS,
  describeWhatItDoes,
  getPreset,
  parsePolicy,
  policySchema,
  presetsByKind,
  ruleClause,
  rulesOfPreset,
  sourceNote,
  type Policy,
  type PresetId,
} from '../policy';
import { bindText, h, replace, tx, uid } from './dom';
import { getLang, onLang, t, type Key } from './i18n';
import { langOf } from '../vocab/lang';
import { clauseJoin, clauseSep } from '../vocab/text';
import { fieldLabel, roleLabel } from './labels';
import { clone, merged, numberLabel, numberPaths, numberProblem, withNumbers } from './numbers';
import { call } from './server';
import { boot, dailyLine, whoLine, type Page } from './shell';

// Apps Script's pages may run under a policy that forbids eval; zod must not compile validators.
z.config({ jitless: true });

type Settings = SetupState['settings'];

const ROLES = ['register', 'filing', 'staff', 'rulings', 'ignore'] as const;

const FIELDS_BY_ROLE: Readonly<Record<string, readonly string[]>> = {
  staff: ['staffName', 'staffStatus', 'staffFrom', 'staffTo', 'manager', 'email', 'team', 'order'],
  rulings: ['rulingDate', 'customer', 'newOwner', 'reason', 'decidedBy'],
};

interface NumberInput {
  path: string;
  input: HTMLInputElement;
  error: HTMLElement;
}

function start(page: Page): void {
  const { ctx } = page;
  let state: SetupState | null = null;
  let settings: Settings | null = null;
  let numbers: NumberInput[] = [];
  let seq = 0;

  const body = h('div', { id: 'setup' });
  const result = h('div', { id: 'save-result', role: 'status', 'aria-live': 'polite' });
  const save = h('button', { type: 'submit', class: 'action', id: 'save' }, tx('setup.save'));
  const validity = h('div', { id: 'validity', class: 'validity', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'setup', novalidate: true },
    body,
    validity,
    h('div', { class: 'buttons' }, save),
    result,
  );
  replace(page.main, whoLine(ctx), dailyLine(ctx), form);

  const section = (title: Key, ...children: (Node | null)[]): HTMLElement => {
    const id = uid('sec');
    return h('section', { class: 'setup-section', 'aria-labelledby': id }, h('h2', { id }, tx(title)), ...children);
  };

  const roleOf = (sheet: SheetMapping): string | null => settings?.roles[sheet.name] ?? sheet.role;

  // ---------- sheets ----------
  const sheetsSection = (): HTMLElement => {
    const s = state as SetupState;
    const rows = s.sheets.map((sheet) => {
      const id = uid('role');
      const detected = sheet.role && !settings?.roles[sheet.name] ? sheet.role : null;
      const select = h(
        'select',
        { id, 'data-sheet': sheet.name, class: 'role-select' },
        h('option', { value: '' }, tx('setup.roleAuto')),
        ROLES.map((r) => h('option', { value: r }, roleLabel(r))),
      );
      select.value = settings?.roles[sheet.name] ?? '';
      if (!select.value && detected) select.value = detected;
      select.addEventListener('change', () => {
        const st = settings as Settings;
        if (select.value === '' || (select.value === sheet.role && !st.roles[sheet.name])) delete st.roles[sheet.name];
        else st.roles[sheet.name] = select.value;
        renderMapping();
        validate();
      });
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, h('label', { for: id }, sheet.name)),
        h('td', {}, select),
        h(
          'td',
          { class: 'gray' },
          sheet.headerRow ? tx('setup.headerRow', { n: sheet.headerRow }) : (sheet.why ?? tx('setup.noHeader')),
        ),
      );
    });
    return section(
      'setup.sheets',
      h('p', { class: 'hint gray' }, tx('setup.sheetsHint')),
      h(
        'table',
        { class: 'table' },
        h(
          'thead',
          {},
          h('tr', {}, h('th', {}, tx('setup.sheet')), h('th', {}, tx('setup.role')), h('th', {}, tx('setup.detected'))),
        ),
        h('tbody', {}, rows),
      ),
    );
  };

  // ---------- column mapping ----------
  const mappingBox = h('div', { id: 'mapping' });
  const renderMapping = (): void => {
    const s = state as SetupState;
    const st = settings as Settings;
    const blocks = s.sheets
      .filter(
        (sheet) => sheet.headers.length > 0 && ['register', 'filing', 'staff', 'rulings'].includes(roleOf(sheet) ?? ''),
      )
      .map((sheet) => {
        const role = roleOf(sheet) as string;
        const base = FIELDS_BY_ROLE[role] ?? s.fields.map((f) => f.field);
        const fields = [
          ...new Set([...base, ...Object.keys(sheet.columns), ...Object.keys(st.mapping[sheet.name] ?? {})]),
        ];
        const selects: HTMLSelectElement[] = [];
        const rows = fields.map((field) => {
          const id = uid('map');
          const current = st.mapping[sheet.name]?.[field] ?? sheet.columns[field] ?? '';
          const server = s.fields.find((f) => f.field === field)?.label;
          const select = h(
            'select',
            { id, 'data-sheet': sheet.name, 'data-field': field, class: 'map-select' },
            current === '' ? h('option', { value: '' }, tx('setup.unmapped')) : null,
            sheet.headers.map((header) => h('option', { value: header }, header)),
          );
          select.value = current;
          selects.push(select);
          const note = h('span', { class: 'map-note' });
          const mark = (): void => {
            const corrected =
              st.mapping[sheet.name]?.[field] !== undefined && st.mapping[sheet.name]?.[field] !== sheet.columns[field];
            const dup = select.value !== '' && selects.some((o) => o !== select && o.value === select.value);
            if (dup) bindText(note, 'setup.dupColumn');
            else if (corrected) bindText(note, 'setup.corrected');
            else {
              note.removeAttribute('data-i18n');
              note.textContent = '';
            }
            note.className = `map-note ${dup ? 'error' : 'gray'}`;
          };
          select.addEventListener('change', () => {
            const m = (st.mapping[sheet.name] = { ...(st.mapping[sheet.name] ?? {}) });
            if (select.value === sheet.columns[field] || select.value === '') delete m[field];
            else m[field] = select.value;
            if (Object.keys(m).length === 0) delete st.mapping[sheet.name];
            mappingBox
              .querySelectorAll<HTMLSelectElement>('select.map-select')
              .forEach((o) => o.dispatchEvent(new Event('remark')));
            validate();
          });
          select.addEventListener('remark', mark);
          return {
            row: h(
              'tr',
              {},
              h('th', { scope: 'row' }, h('label', { for: id }, fieldLabel(field, server))),
              h('td', {}, select, ' ', note),
            ),
            mark,
          };
        });
        rows.forEach((r) => r.mark());
        const mapped = fields.filter((f) => (st.mapping[sheet.name]?.[f] ?? sheet.columns[f] ?? '') !== '').length;
        // The register is open; other sheets open when they carry a correction.
        const open = role === 'register' || Object.keys(st.mapping[sheet.name] ?? {}).length > 0;
        return h(
          'details',
          { class: 'mapping-block', open, 'data-sheet': sheet.name },
          h(
            'summary',
            {},
            h('strong', {}, sheet.name),
            ' ',
            h(
              'span',
              { class: 'gray' },
              `(${roleLabel(role)}) · `,
              tx('setup.mappedCount', { n: mapped, of: fields.length }),
            ),
          ),
          h(
            'table',
            { class: 'table mapping' },
            h(
              'tbody',
              {},
              rows.map((r) => r.row),
            ),
          ),
        );
      });
    replace(mappingBox, blocks.length ? blocks : h('p', { class: 'gray' }, tx('setup.noMapping')));
  };

  // ---------- preset and numbers ----------
  const numbersBox = h('div', { id: 'numbers' });
  const presetSelect = h('select', { id: 'preset' });
  const renderPresetOptions = (): void => {
    const s = state as SetupState;
    const lang = getLang();
    // Grouped by kind of business; each named by what it does (issue 15), its id beside.
    const known = s.presets.flatMap((p) => (getPreset(p.id) ? [{ id: p.id as PresetId }] : []));
    replace(
      presetSelect,
      presetsByKind(known).map((g) =>
        h(
          'optgroup',
          { label: BUSINESS_KIND_LABELS[g.kind][lang] },
          g.presets.map((p) =>
            h('option', { value: p.id }, `${shortWords(getPreset(p.id) as Policy, lang)} · ${p.id}`),
          ),
        ),
      ),
    );
    presetSelect.value = (settings as Settings).preset;
  };
  /** The first two phrases of what a preset does, for the option's label. */
  const shortWords = (p: Policy, lang: 'zh' | 'en'): string =>
    clauseJoin(describeWhatItDoes(p, lang).split(clauseSep(lang)).slice(0, 2), lang);

  // What the chosen rules do, with the numbers as typed: generated from the policy's data.
  const presetWords = h('div', { id: 'preset-words', 'aria-live': 'polite' });
  const renderPresetWords = (policy: Policy | null): void => {
    if (!policy) return replace(presetWords);
    const lang = getLang();
    replace(
      presetWords,
      h(
        'p',
        { class: 'preset-description' },
        tx('setup.presetDoes'),
        ' ',
        h('span', { id: 'preset-description' }, describeWhatItDoes(policy, lang)),
      ),
      h('p', { class: 'hint gray', id: 'preset-source' }, sourceNote(policy, lang)),
      h(
        'details',
        { class: 'preset-rules' },
        h('summary', {}, tx('setup.presetRules')),
        h(
          'dl',
          { class: 'facts' },
          rulesOfPreset(policy).map((id) => [
            h('dt', {}, h('code', {}, id)),
            h('dd', {}, ruleClause(id, policy, lang) ?? ''),
          ]),
        ),
      ),
    );
  };
  presetSelect.addEventListener('change', () => {
    const st = settings as Settings;
    st.preset = presetSelect.value;
    // Another preset's numbers and switches do not carry over (unknown keys would be refused).
    st.overrides = {};
    renderNumbers();
    validate();
  });

  const renderNumbers = (): void => {
    const st = settings as Settings;
    const preset = getPreset(st.preset);
    if (!preset) {
      numbers = [];
      return replace(numbersBox);
    }
    const current = merged(preset, st.overrides);
    numbers = numberPaths(current).map(({ path, value }) => {
      const id = uid('num');
      const fraction = /\.(rate|owner|closer)$/.test(path);
      const input = h('input', {
        id,
        type: 'number',
        inputmode: fraction ? 'decimal' : 'numeric',
        min: 0,
        max: fraction ? 1 : 100000,
        step: fraction ? 0.05 : 1,
        'data-path': path,
        'aria-describedby': `${id}-error`,
        class: 'number',
      });
      input.value = String(value);
      const error = h('div', { id: `${id}-error`, class: 'field-error error' });
      input.addEventListener('input', () => validate());
      return { path, input, error };
    });
    replace(
      numbersBox,
      numbers.length
        ? h(
            'table',
            { class: 'table numbers' },
            h(
              'tbody',
              {},
              numbers.map((n) =>
                h(
                  'tr',
                  {},
                  h(
                    'th',
                    { scope: 'row' },
                    h('label', { for: n.input.id }, numberLabel(n.path)),
                    h('div', { class: 'path gray' }, h('code', {}, n.path)),
                  ),
                  h('td', {}, n.input, n.error),
                ),
              ),
            ),
          )
        : h('p', { class: 'gray' }, tx('setup.noNumbers')),
    );
  };

  // ---------- managers, language ----------
  const managers = h('textarea', {
    id: 'managers',
    rows: 3,
    spellcheck: 'false',
    'aria-describedby': 'managers-hint managers-error',
  });
  const managersError = h('div', { id: 'managers-error', class: 'field-error error' });
  managers.addEventListener('input', () => validate());
  const langSelect = h(
    'select',
    { id: 'lang' },
    h('option', { value: 'zh' }, '中文'),
    h('option', { value: 'en' }, 'English'),
  );
  langSelect.addEventListener('change', () => {
    (settings as Settings).lang = langOf(langSelect.value);
  });

  /** The settings as they would be saved now, and whether they pass the schema. */
  const collect = (): { settings: Settings; ok: boolean } => {
    const st = settings as Settings;
    const preset = getPreset(st.preset);
    let ok = true;
    const values = new Map<string, unknown>();
    for (const n of numbers) {
      const raw = n.input.value.trim();
      values.set(n.path, raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw);
    }
    const overrides = preset ? withNumbers(preset, st.overrides, values) : st.overrides;
    // Per field: the schema's issues on the merged policy, by path.
    const issues = preset ? (policySchema.safeParse(merged(preset, overrides)).error?.issues ?? []) : [];
    for (const n of numbers) {
      const bad = issues.some((i) => {
        const p = i.path.join('.');
        return p === n.path || n.path.startsWith(`${p}.`);
      });
      if (bad) {
        bindText(n.error, numberProblem(n.path));
        n.input.setAttribute('aria-invalid', 'true');
        ok = false;
      } else {
        n.error.removeAttribute('data-i18n');
        n.error.textContent = '';
        n.input.removeAttribute('aria-invalid');
      }
    }
    const list = managers.value
      .split(/[\n,，;；\s]+/)
      .map((m) => m.trim())
      .filter(Boolean);
    const badEmail = list.filter((m) => !/^[^@\s]+@[^@\s]+$/.test(m));
    if (badEmail.length) {
      bindText(managersError, 'setup.err.email', { emails: badEmail.join(', ') });
      managers.setAttribute('aria-invalid', 'true');
      ok = false;
    } else {
      managersError.removeAttribute('data-i18n');
      managersError.textContent = '';
      managers.removeAttribute('aria-invalid');
    }
    // The whole policy, exactly as the server will read it (unknown keys, every rule).
    const policy = parsePolicy({ preset: st.preset, ...overrides });
    const out: Settings = { ...st, managers: list, overrides };
    renderPresetWords(policy.ok ? policy.policy : null);
    if (!policy.ok) {
      ok = false;
      replace(validity, h('span', { class: 'error' }, tx('setup.invalid'), ' ', policy.error[getLang()]));
    } else if (ok) {
      replace(validity, h('span', { class: 'ok' }, tx('setup.valid')));
    } else {
      replace(validity, h('span', { class: 'error' }, tx('setup.fixMarked')));
    }
    validity.setAttribute('data-valid', String(ok));
    return { settings: out, ok };
  };

  // The what-if shown for exactly these settings; any change asks again (issue 15 point 5).
  let previewed: string | null = null;
  const whatIf = h('div', { id: 'what-if', 'aria-live': 'polite' });
  const resetPreview = (): void => {
    previewed = null;
    replace(whatIf);
    bindText(save, 'setup.save');
  };
  const rulesChanged = (out: Settings): boolean => {
    const first = (state as SetupState).settings;
    return out.preset !== first.preset || JSON.stringify(out.overrides ?? {}) !== JSON.stringify(first.overrides ?? {});
  };
  const showWhatIf = (w: WhatIfAnswer): void => {
    replace(
      whatIf,
      h(
        'div',
        { class: 'whatif', role: 'region', 'aria-labelledby': 'what-if-head' },
        h('strong', { id: 'what-if-head' }, tx('setup.whatIfHead')),
        h('p', { id: 'what-if-summary' }, w.summary || t('setup.whatIfNone')),
        w.tables
          .filter((tab) => tab.total > 0)
          .map((tab) =>
            h(
              'details',
              { class: 'whatif-list' },
              h('summary', {}, tx('setup.whatIfList', { name: tab.name, n: tab.total })),
              h(
                'div',
                { class: 'table-scroll' },
                h(
                  'table',
                  { class: 'table' },
                  h(
                    'thead',
                    {},
                    h(
                      'tr',
                      {},
                      tab.header.map((x) => h('th', {}, x)),
                    ),
                  ),
                  h(
                    'tbody',
                    {},
                    tab.rows.map((r) =>
                      h(
                        'tr',
                        {},
                        r.map((x) => h('td', {}, x)),
                      ),
                    ),
                  ),
                ),
              ),
              tab.rows.length < tab.total
                ? h('p', { class: 'gray' }, tx('setup.whatIfMore', { shown: tab.rows.length, total: tab.total }))
                : null,
            ),
          ),
      ),
    );
  };

  const validate = (): boolean => {
    if (!settings) return false;
    if (previewed !== null && previewed !== JSON.stringify(collect().settings)) resetPreview();
    const { ok } = collect();
    save.disabled = !ok || !state?.canSave;
    return ok;
  };

  /** The save or its preview was refused: what was wrong, then the form checked again. */
  const showNotSaved = (errors: readonly string[]): void => {
    replace(
      result,
      h(
        'div',
        { class: 'verdict verdict-error' },
        h('strong', {}, tx('setup.notSaved')),
        h(
          'ul',
          {},
          errors.map((x) => h('li', {}, x)),
        ),
      ),
    );
    validate();
  };

  const render = (): void => {
    const s = state as SetupState;
    const st = settings as Settings;
    managers.value = st.managers.join('\n');
    langSelect.value = st.lang;
    renderPresetOptions();
    renderMapping();
    renderNumbers();
    replace(
      body,
      // Stored settings that failed validation: say what was wrong; the form starts from what
      // could be kept, so a manager can repair and save.
      s.problem
        ? h('p', { class: 'notice settings-problem', role: 'alert' }, tx('setup.problem'), ' ', s.problem)
        : null,
      s.canSave ? null : h('p', { class: 'notice', id: 'read-only' }, tx('setup.readOnly')),
      sheetsSection(),
      section('setup.mapping', h('p', { class: 'hint gray' }, tx('setup.mappingHint')), mappingBox),
      section('setup.preset', h('label', { for: 'preset' }, tx('setup.presetLabel')), presetSelect, presetWords),
      section('setup.numbers', h('p', { class: 'hint gray' }, tx('setup.numbersHint')), numbersBox),
      section(
        'setup.managers',
        h('label', { for: 'managers' }, tx('setup.managersLabel')),
        managers,
        h('div', { id: 'managers-hint', class: 'hint gray' }, tx('setup.managersHint')),
        managersError,
      ),
      section('setup.language', h('label', { for: 'lang' }, tx('setup.languageLabel')), langSelect),
      whatIf,
    );
    validate();
  };

  const load = (): Promise<void> => {
    const mine = ++seq;
    return page.busy('common.loading', call('guishuSetupState', getLang())).then(
      (s) => {
        if (mine !== seq) return;
        state = s;
        settings = clone(s.settings);
        settings.roles = settings.roles ?? {};
        settings.mapping = settings.mapping ?? {};
        settings.overrides = settings.overrides ?? {};
        render();
      },
      () => undefined,
    );
  };

  onLang(() => {
    if (!state) return;
    // Keep what was typed: re-render only the words that depend on the language.
    const typed = new Map(numbers.map((n) => [n.path, n.input.value]));
    const text = managers.value;
    const st = settings as Settings;
    render();
    for (const n of numbers) if (typed.has(n.path)) n.input.value = typed.get(n.path) as string;
    managers.value = text;
    langSelect.value = st.lang;
    validate();
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!settings || !validate()) return;
    const { settings: out } = collect();
    const key = JSON.stringify(out);
    // Changed rules: show what they would change first; saving is one more click.
    if (rulesChanged(out) && previewed !== key) {
      save.disabled = true;
      page
        .busy('setup.previewing', call('guishuSetupPreview', out, getLang()))
        .then((w: WhatIfAnswer) => {
          if (!w.ok) {
            showNotSaved(w.errors);
            return;
          }
          showWhatIf(w);
          previewed = key;
          bindText(save, 'setup.confirmSave');
          validate();
          save.focus();
        })
        .catch(() => validate());
      return;
    }
    save.disabled = true;
    page
      .busy('setup.saving', call('guishuSetupSave', out))
      .then((r: SaveAnswer) => {
        if (!r.ok) {
          showNotSaved(r.errors);
          return;
        }
        const done = h(
          'div',
          { class: 'verdict verdict-ok' },
          h('strong', {}, tx('setup.saved')),
          r.notes.length
            ? h(
                'ul',
                {},
                r.notes.map((x) => h('li', {}, x)),
              )
            : null,
        );
        resetPreview();
        return load().then(() => replace(result, done));
      })
      .catch(() => validate());
  });

  void load();
}

boot({ title: 'setup.title', kind: 'dialog', start });
