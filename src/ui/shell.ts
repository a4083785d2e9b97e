/// <reference lib="dom" />
// The frame every page shares: title, language switch (中文/English), the error area every
// failed server call reports to, a status line while a call runs, and the page's context
// (who is at the keyboard, the language, today) from guishuPageContext.
import type { PageContext } from '../gas/api';
import { bindText, h, replace, retranslate, tx } from './dom';
import { getLang, onLang, setLang, t, type Key, type Lang } from './i18n';
import { htmlLang, langOf } from '../vocab/lang';
import { call, closeDialog, ServerError } from './server';

export interface Page {
  readonly kind: 'sidebar' | 'dialog';
  /** The page's content area. */
  readonly main: HTMLElement;
  readonly ctx: PageContext;
  /** Shows a failure in the error area (role=alert). */
  showError(e: unknown): void;
  clearError(): void;
  /** Runs a server call with the status line saying what is happening; failures go to the
   *  error area and reject again so the caller can restore its buttons. */
  busy<T>(what: Key, p: Promise<T>): Promise<T>;
}

export interface PageSpec {
  title: Key;
  kind: 'sidebar' | 'dialog';
  start(page: Page): void;
}

/** What the error area says: a failed server call's sentence (src/ui/server.ts), else the page's
 *  own words; a script error's text goes to the console only. */
export function errorText(e: unknown): string {
  if (e instanceof ServerError) return e.message;
  console.warn('Guishu: the page failed:', e);
  return t('error.page');
}

function langButton(lang: Lang, label: string): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'lang-button',
      lang: htmlLang(lang),
      'aria-pressed': 'false',
      'data-lang': lang,
      onclick: () => setLang(lang),
    },
    label,
  );
}

export function boot(spec: PageSpec): void {
  const title = bindText(h('h1', { id: 'page-title' }), spec.title);
  const zh = langButton('zh', '中文');
  const en = langButton('en', 'English');
  const switcher = h('div', { class: 'lang-switch', role: 'group' }, zh, en);
  switcher.setAttribute('data-i18n-aria-label', 'lang.switch');
  const errorMessage = h('span', { class: 'error-text' });
  const dismiss = h('button', { type: 'button', class: 'link dismiss', onclick: () => clear() }, tx('error.dismiss'));
  const errorBox = h(
    'div',
    { class: 'error-box', role: 'alert', hidden: true },
    h('strong', {}, tx('error.title')),
    ' ',
    errorMessage,
    ' ',
    h('span', { class: 'gray' }, tx('error.hint')),
    ' ',
    dismiss,
  );
  const status = h('div', { class: 'status-line gray', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { id: 'main', 'aria-labelledby': 'page-title' });
  // The language switch sits in the footer, after the page's own controls, so the first Tab
  // reaches the page's first field (the search box of the sidebar).
  const close =
    spec.kind === 'dialog'
      ? h('button', { type: 'button', id: 'close', onclick: () => closeDialog() }, tx('common.close'))
      : null;
  const footer = h('footer', { class: 'page-footer' }, switcher, close);
  const app = h(
    'div',
    { class: `app ${spec.kind}` },
    h('header', { class: 'bar' }, title),
    errorBox,
    status,
    main,
    footer,
  );
  const root = document.getElementById('app') ?? document.body;
  replace(root, app);

  const show = (e: unknown): void => {
    errorMessage.textContent = errorText(e);
    errorBox.hidden = false;
  };
  const clear = (): void => {
    errorBox.hidden = true;
    errorMessage.textContent = '';
  };

  const applyLang = (): void => {
    const lang = getLang();
    document.documentElement.lang = htmlLang(lang);
    document.title = `${t(spec.title)} · ${t('app.name')}`;
    zh.setAttribute('aria-pressed', String(lang === 'zh'));
    en.setAttribute('aria-pressed', String(lang === 'en'));
    retranslate(document.body);
  };
  onLang(applyLang);
  applyLang();

  let pending = 0;
  const busy = <T>(what: Key, p: Promise<T>): Promise<T> => {
    pending += 1;
    main.setAttribute('aria-busy', 'true');
    bindText(status, what);
    clear();
    const done = (): void => {
      pending -= 1;
      if (pending === 0) {
        main.removeAttribute('aria-busy');
        status.removeAttribute('data-i18n');
        status.textContent = '';
      }
    };
    return p.then(
      (v) => {
        done();
        return v;
      },
      (e: unknown) => {
        done();
        show(e);
        throw e;
      },
    );
  };

  busy('common.loading', call('guishuPageContext')).then(
    (ctx) => {
      setLang(langOf(ctx.lang));
      spec.start({ kind: spec.kind, main, ctx, showError: show, clearError: clear, busy });
      retranslate(document.body);
      document.body.setAttribute('data-ready', 'true');
    },
    () => {
      // The error area says why; there is nothing else to show without the context.
      document.body.setAttribute('data-ready', 'failed');
    },
  );
}

/** Who is at the keyboard, in one line: a manager, a non-manager, or no email at all; then what
 *  is wrong with the stored settings, if anything (every page shows it, so a manager can repair). */
export function whoLine(ctx: PageContext): HTMLElement {
  const problems = (ctx.problems ?? []).map((p) => h('p', { class: 'notice settings-problem', role: 'alert' }, p));
  const line = !ctx.email
    ? h(
        'p',
        { class: 'who who-unknown notice' },
        tx('who.noEmail'),
        ctx.emailScope === false ? ' ' : '',
        ctx.emailScope === false ? tx('who.grantEmail') : '',
      )
    : ctx.manager
      ? h('p', { class: 'who who-manager gray' }, tx('who.manager', { email: ctx.email }))
      : h('p', { class: 'who who-agent gray' }, tx('who.agent', { email: ctx.email }));
  return problems.length ? h('div', { class: 'who-box' }, line, ...problems) : line;
}

/** When the daily run last ran and who installed it (a trigger stops with its installer), and
 *  the last outcome of the daily and on-edit runs: add-on triggers send no failure mail. */
export function dailyLine(ctx: PageContext): HTMLElement {
  const box = h('div', { class: 'daily' });
  if (!ctx.installer) box.appendChild(h('p', { class: 'gray' }, tx('daily.none')));
  else {
    box.appendChild(
      h(
        'p',
        { class: 'gray' },
        tx('daily.installed', { who: ctx.installer, when: localTime(ctx.installedAt) }),
        ' ',
        tx('daily.last', { when: localTime(ctx.lastDaily) }),
      ),
    );
  }
  const runs = ctx.runs ?? [];
  for (const kind of ['daily', 'edit'] as const) {
    const last = runs.filter((r) => r.kind === kind).pop();
    if (!last) continue;
    box.appendChild(
      h(
        'p',
        { class: last.ok ? 'run run-ok gray' : 'run run-failed notice', 'data-kind': kind },
        tx(last.ok ? `run.${kind}.ok` : `run.${kind}.failed`, { when: localTime(last.at) }),
        last.notes.length ? ` ${last.notes.join('；')}` : '',
      ),
    );
  }
  if ((ctx.unstamped ?? []).length)
    box.appendChild(h('p', { class: 'run unstamped notice' }, tx('run.unstamped', { rows: ctx.unstamped.join('; ') })));
  return box;
}

/** An instant (ISO) as `YYYY-MM-DD HH:mm` on the reader's own clock; '—' when there is none. */
export function localTime(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
