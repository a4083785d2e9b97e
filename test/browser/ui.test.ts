// The pages' pure parts without a browser: both languages' words, the timeline's layout, the
// preset numbers' overrides, the typed google.script.run wrapper, and the built HTML files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REFUSAL_MARK, type ServerApi } from '../../src/gas/api';
import type * as Server from '../../src/gas/index';
import { getPreset, type Policy } from '../../src/policy';
import { MESSAGES, setLang, t } from '../../src/ui/i18n';
import { numberLabel, numberPaths, withNumbers } from '../../src/ui/numbers';
import { call, ServerError } from '../../src/ui/server';
import { claimStart, dayOf, groupOf, isoOf, layoutTimeline } from '../../src/ui/timeline';
import type { LookupMatch } from '../../src/table/lookup';
import { ensureBuilt, PAGES, pageHtml, ROOT } from './harness';

beforeAll(() => ensureBuilt());
afterEach(() => setLang('zh'));

describe('words', () => {
  const params = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test('every visible string exists in both languages, with the same parameters', () => {
    const zh = Object.keys(MESSAGES.zh).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(zh);
    for (const key of zh) {
      const a = MESSAGES.zh[key as keyof typeof MESSAGES.zh];
      const b = MESSAGES.en[key as keyof typeof MESSAGES.en];
      expect({ key, zh: a.trim().length > 0, en: b.trim().length > 0 }).toEqual({ key, zh: true, en: true });
      expect({ key, params: params(b) }).toEqual({ key, params: params(a) });
    }
  });

  test('English has no Chinese but sheet names and examples of data', () => {
    // Sheet names, data, and the add-on's name as Google's menu shows it (src/vocab/addon.ts).
    const data =
      /来访登记|客户归属总表|冲突|问题|变更日志|到期提醒|月结|客户备案|裁决|陈先生|张三|夫妻|父母|中文|归属 Guishu/g;
    const stray = Object.entries(MESSAGES.en).filter(([, v]) => /[\u3400-\u9fff]/.test(v.replace(data, '')));
    expect(stray).toEqual([]);
  });

  test('parameters are filled in as text', () => {
    setLang('en');
    expect(t('lookup.none', { query: '<b>' })).toBe('No customer matches “<b>”.');
    setLang('zh');
    expect(t('common.sheetRow', { sheet: '来访登记', row: 3 })).toBe('来访登记 第3行');
  });
});

describe('timeline layout', () => {
  const ev = (date: string, kind: string, agent: string | null, row: number) => ({
    date,
    kind,
    agent,
    sheet: '来访登记',
    row,
  });
  const events = [
    ev('2026-11-18', 'visit', '李四', 6),
    ev('2026-10-20', 'call', '张三', 3),
    ev('2026-11-18', 'filing', '李四', 2),
    ev('2026-11-22', 'visit', '孙七', 11),
    ev('2026-11-27', 'followup', '李四', 15),
  ];

  test('lanes by first appearance, one marker per event, window from the claim through its last day, today inside', () => {
    const l = layoutTimeline(
      { events, today: '2026-11-30', protectedFrom: '2026-11-18', protectedThrough: '2026-12-04' },
      268,
    );
    expect(l.lanes.map((x) => x.agent)).toEqual(['张三', '李四', '孙七']);
    expect(l.markers).toHaveLength(5);
    expect(l.markers.map((m) => m.group)).toEqual(['call', 'filing', 'visit', 'visit', 'followup']);
    const x = (iso: string) => l.markers.find((m) => m.event.date === iso)?.x ?? NaN;
    expect(x('2026-10-20')).toBeLessThan(x('2026-11-22'));
    // Two events of one lane on one day sit apart.
    const same = l.markers.filter((m) => m.event.date === '2026-11-18');
    expect(Math.abs(same[0].x - same[1].x)).toBeGreaterThanOrEqual(5);
    expect(l.window).not.toBeNull();
    const w = l.window as { x0: number; x1: number };
    expect(w.x0).toBeLessThan(l.todayX);
    expect(w.x1).toBeGreaterThan(l.todayX);
    // The window opens on the claim's day (11-18), after the released call of 10-20.
    expect(w.x0).toBeLessThan(Math.max(...same.map((m) => m.x)));
    expect(w.x0).toBeGreaterThan(x('2026-10-20'));
    expect(Math.abs(w.x0 - Math.min(...same.map((m) => m.x)))).toBeLessThan(5);
    for (const tick of l.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(l.plotLeft);
      expect(tick.x).toBeLessThanOrEqual(l.plotRight);
    }
    expect(l.from <= '2026-10-20' && l.to >= '2026-12-04').toBe(true);
    expect(l.width).toBe(268);
  });

  test('no protection: no window; a short history still spans two weeks; long spans tick by month', () => {
    const short = layoutTimeline({
      events: [ev('2026-11-29', 'call', null, 2)],
      today: '2026-11-30',
      protectedFrom: null,
      protectedThrough: null,
    });
    expect(short.window).toBeNull();
    expect(dayOf(short.to) - dayOf(short.from)).toBeGreaterThanOrEqual(13);
    expect(short.lanes).toEqual([{ agent: null, y: expect.any(Number) }]);
    const long = layoutTimeline({
      events: [ev('2025-01-05', 'deal', '张三', 2)],
      today: '2026-11-30',
      protectedFrom: null,
      protectedThrough: null,
    });
    expect(long.ticks.length).toBeGreaterThan(1);
    expect(long.ticks.every((k) => /^\d{4}-\d{2}$/.test(k.label))).toBe(true);
  });

  test('every event kind has a marker group; days are calendar days with no time zone', () => {
    for (const k of [
      'visit',
      'viewing',
      'call',
      'followup',
      'appointment',
      'report',
      'filing',
      'confirm',
      'deposit',
      'deal',
      'payment',
    ])
      expect(['call', 'visit', 'followup', 'filing', 'deal']).toContain(groupOf(k));
    expect(isoOf(dayOf('2026-12-31'))).toBe('2026-12-31');
    expect(dayOf('2026-03-01') - dayOf('2026-02-28')).toBe(1);
  });

  test('the claim starts at the earliest row of the owner’s last run of rows', () => {
    const m = {
      customer: { owner: '李四' },
      events: events,
      rows: [
        { sheet: '来访登记', row: 3, owner: '张三' },
        { sheet: '来访登记', row: 2, owner: null },
        { sheet: '来访登记', row: 6, owner: '李四' },
        { sheet: '来访登记', row: 11, owner: '李四' },
        { sheet: '来访登记', row: 15, owner: '李四' },
      ],
    } as unknown as LookupMatch;
    expect(claimStart(m)).toBe('2026-11-18');
    expect(claimStart({ ...m, customer: { ...m.customer, owner: null } } as unknown as LookupMatch)).toBeNull();
  });
});

describe('preset numbers', () => {
  const preset = (id: string) => getPreset(id) as Policy;

  test('the numbers a manager may change, as the server lists them', () => {
    expect(numberPaths(preset('cross-customer'))).toEqual([
      { path: 'claim.window.days', value: 7 },
      { path: 'claim.callback.days', value: 1 },
      { path: 'deals.lateEvidence.days', value: 7 },
      { path: 'warnDays', value: 0 },
      { path: 'alertDays', value: 3 }, // issue 13: days left turn red at this many or fewer
    ]);
  });

  test('a changed number overrides, an unchanged one is dropped, a split overrides its whole list', () => {
    const p = preset('cross-customer');
    expect(
      withNumbers(
        p,
        {},
        new Map([
          ['claim.window.days', 10],
          ['warnDays', 0],
        ]),
      ),
    ).toEqual({ claim: { window: { days: 10 } } });
    expect(
      withNumbers(
        p,
        { claim: { window: { days: 10 } }, identity: { relations: ['夫妻'] } },
        new Map([['claim.window.days', 7]]),
      ),
    ).toEqual({ identity: { relations: ['夫妻'] } });
    const r = preset('reception-rotation');
    const out = withNumbers(r, {}, new Map([['deals.byOther.1.commission.owner', 0.6]])) as {
      deals: { byOther: Policy['deals']['byOther'] };
    };
    expect(out.deals.byOther).toHaveLength(r.deals.byOther.length);
    expect(out.deals.byOther[1].commission).toEqual({ owner: 0.6, closer: 0.3 });
    expect(out.deals.byOther[0]).toEqual(r.deals.byOther[0]);
  });

  test('labels in both languages', () => {
    expect(numberLabel('claim.window.days')).toBe('保护期（天）');
    setLang('en');
    expect(numberLabel('claim.window.months')).toBe('Protection (months)');
    expect(numberLabel('deals.byOther.0.commission.closer')).toBe('Deal by another, rule 1 › Commission › Closer');
    expect(numberLabel('owed.rate')).toBe('Rate owed');
  });
});

describe('the typed google.script.run wrapper', () => {
  type Runner = Record<string, unknown>;
  const g = globalThis as unknown as { window?: { google?: unknown } };
  afterEach(() => {
    delete g.window;
  });

  /** A google.script.run with the given server functions (each answers or throws). */
  function install(fns: Record<string, (...a: unknown[]) => unknown>): void {
    const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): Runner => {
      const r: Runner = {
        withSuccessHandler: (f: (v: unknown) => void) => runner(f, fail),
        withFailureHandler: (f: (e: unknown) => void) => runner(ok, f),
      };
      for (const [name, fn] of Object.entries(fns)) {
        r[name] = (...args: unknown[]) => {
          setTimeout(() => {
            try {
              ok?.(fn(...args));
            } catch (e) {
              fail?.(e);
            }
          }, 0);
        };
      }
      return r;
    };
    g.window = { google: { script: { run: runner() } } };
  }

  test('resolves with the server function’s answer, arguments passed through', async () => {
    install({ guishuLookup: (q) => ({ matches: [], manager: true, notes: [String(q)] }) });
    await expect(call('guishuLookup', '139')).resolves.toEqual({ matches: [], manager: true, notes: ['139'] });
  });

  test('a failure rejects with the server’s marked sentence (after any prefix Apps Script adds)', async () => {
    install({
      guishuConflictList: () => {
        throw new Error(`Error: ${REFUSAL_MARK}另一次计算正在进行，请稍后再试`);
      },
    });
    const e = await call('guishuConflictList').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ServerError);
    expect((e as ServerError).message).toBe('另一次计算正在进行，请稍后再试');
    expect((e as ServerError).fn).toBe('guishuConflictList');
  });

  test('errors point 4: a failure without the mark (Google’s own text) rejects with the page’s words', async () => {
    install({
      guishuConflictList: () => {
        throw new Error('Exception: Service Spreadsheets failed');
      },
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const e = await call('guishuConflictList').catch((x: unknown) => x);
      expect((e as ServerError).message).toBe('服务器没有说明原因。');
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('outside Apps Script, or a function the server lacks, rejects with a clear message', async () => {
    await expect(call('guishuPageContext')).rejects.toThrow('无法连接 Apps Script');
    install({});
    await expect(call('guishuSetupState')).rejects.toThrow('服务器没有函数 guishuSetupState');
  });

  test('names and argument types are checked when compiling', () => {
    // A renamed server function, or a wrong argument, does not compile (tsc runs on tests too).
    // @ts-expect-error no such server function
    const renamed = () => call('guishuLookupCustomer', '139');
    // @ts-expect-error guishuLookup takes a string
    const wrongArg = () => call('guishuLookup', 139);
    expect([typeof renamed, typeof wrongArg]).toEqual(['function', 'function']);
  });
});

describe('the server API the pages call', () => {
  // Type-level: src/gas/index.ts exports every ServerApi function with a compatible type.
  type Exported = Pick<typeof Server, keyof ServerApi>;
  const fns: Record<keyof ServerApi, true> = {
    guishuPageContext: true,
    guishuLookup: true,
    guishuMyReminders: true,
    guishuFilingCheck: true,
    guishuFilingSave: true,
    guishuSetupState: true,
    guishuSetupCheck: true,
    guishuSetupSave: true,
    guishuSetupPreview: true,
    guishuConflictList: true,
    guishuRulingSave: true,
  };

  test('every function is a top-level function of dist/Code.js (what google.script.run can call)', () => {
    const check: (x: Exported) => ServerApi = (x) => x;
    expect(typeof check).toBe('function');
    const code = readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
    for (const name of Object.keys(fns)) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });
});

describe('the built pages', () => {
  test.each(PAGES.map((p) => [p]))(
    '%s.html is one self-contained file: one inline script, one inline style, nothing fetched',
    (name) => {
      const html = pageHtml(name);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html.match(/<script\b/g)).toHaveLength(1);
      expect(html.match(/<\/script>/gi)).toHaveLength(1);
      expect(html.match(/<style\b/g)).toHaveLength(1);
      expect(html.match(/<\/style>/gi)).toHaveLength(1);
      expect(html).not.toMatch(/<link\b|<script[^>]+src=|@import|url\(\s*['"]?(https?:)?\/\//i);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      // The script is es2019 and minified: one line, no import/export left.
      const script = html.slice(html.indexOf('<script>') + 8, html.lastIndexOf('</script>'));
      expect(script).not.toMatch(/^\s*(import|export)\s/m);
      expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    },
  );
});
