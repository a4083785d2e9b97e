/// <reference lib="dom" />
// 帮助 (dialog): what each status means, how to read a reason, and what Guishu never touches;
// when the daily run last ran and who installed it.
import { h, replace, tx } from './dom';
import { onLang, type Key } from './i18n';
import { presetTitle } from './labels';
import { boot, dailyLine, whoLine, type Page } from './shell';

const STATUSES = [
  'unregistered',
  'pending-visit',
  'protected',
  'warning',
  'released',
  'unowned',
  'company',
  'closed',
  'disputed',
] as const;

const NEVER: readonly Key[] = [
  'help.never.cells',
  'help.never.formulas',
  'help.never.rows',
  'help.never.outside',
  'help.never.protect',
];
const WRITES: readonly Key[] = ['help.writes.columns', 'help.writes.days', 'help.writes.sheets', 'help.writes.log'];

function start(page: Page): void {
  const { ctx } = page;
  const section = (id: string, title: Key, ...children: (Node | null)[]): HTMLElement =>
    h('section', { class: 'help-section', 'aria-labelledby': id }, h('h2', { id }, tx(title)), ...children);
  const intro = h('p', {});
  const words = (): void =>
    replace(intro, tx('help.intro', { preset: presetTitle(ctx.preset.id, ctx.preset.title || ctx.preset.id) }));
  words();
  onLang(words);
  replace(
    page.main,
    whoLine(ctx),
    intro,
    section(
      'help-statuses',
      'help.statuses',
      h(
        'table',
        { class: 'table statuses' },
        h(
          'tbody',
          {},
          STATUSES.map((s) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, h('span', { class: `badge status-${s}` }, tx(`status.${s}` as Key))),
              h('td', {}, tx(`help.status.${s}` as Key)),
            ),
          ),
        ),
      ),
    ),
    section(
      'help-reason',
      'help.reading',
      h('p', {}, tx('help.reading.intro')),
      h('p', { class: 'example' }, tx('help.reading.example')),
      h(
        'ul',
        {},
        (['help.reading.who', 'help.reading.rows', 'help.reading.rules', 'help.reading.window'] as const).map((k) =>
          h('li', {}, tx(k)),
        ),
      ),
    ),
    section(
      'help-never',
      'help.never',
      h(
        'ul',
        {},
        NEVER.map((k) => h('li', {}, tx(k))),
      ),
      h('p', {}, tx('help.writes')),
      h(
        'ul',
        {},
        WRITES.map((k) => h('li', {}, tx(k))),
      ),
    ),
    section(
      'help-privacy',
      'help.privacy',
      h('p', {}, tx('help.privacy.masked')),
      h('p', {}, tx('help.privacy.email')),
    ),
    section('help-daily', 'help.daily', dailyLine(ctx), h('p', { class: 'gray' }, tx('help.daily.note'))),
  );
}

boot({ title: 'help.title', kind: 'dialog', start });
