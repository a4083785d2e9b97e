/// <reference lib="dom" />
// The page tests' browser: Debian's Chromium through playwright-core (never a downloaded browser),
// headless, each built page (dist/<page>.html) served from memory, with a google.script.run shim
// whose calls run the same server functions of the built bundle (dist/Code.js) over the
// in-memory spreadsheet of the add-on tests (test/gas/fake).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Fake } from '../gas/fake';
import { plain } from '../gas/fake';
import { loadAt } from '../gas/fixtures';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = process.env.GUISHU_CHROMIUM || '/usr/bin/chromium';
/** Screenshots of every page in both languages (git-ignored; README "Tests"). */
export const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
export const PAGES = ['lookup', 'filing', 'setup', 'conflicts', 'help'] as const;
export type PageName = (typeof PAGES)[number];
/** The sidebar is 300 px wide in Sheets; dialogs are opened at 640 x 560 (src/gas/pages.ts). */
export const VIEWPORT: Record<PageName, { width: number; height: number }> = {
  lookup: { width: 300, height: 900 },
  filing: { width: 640, height: 560 },
  setup: { width: 640, height: 560 },
  conflicts: { width: 640, height: 560 },
  help: { width: 640, height: 560 },
};
/** Generous: the first Chromium start on a cold machine takes seconds. */
export const TIMEOUT = 120_000;
/** What the server sees as "now" (Asia/Shanghai). */
export const NOW = '2026-11-30T10:00:00';

const ORIGIN = 'http://guishu.test';
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, name.name);
    t = Math.max(t, name.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/Code.js and dist/<page>.html when missing or older than their sources, so
 *  `npx jest test/browser` never tests stale pages (npm test and test:browser build first). */
export function ensureBuilt(): void {
  const outputs = [path.join(ROOT, 'dist', 'Code.js'), ...PAGES.map((p) => path.join(ROOT, 'dist', `${p}.html`))];
  const sources = Math.max(
    ...['src/ui', 'src/gas', 'src/engine', 'src/table', 'src/policy'].map((d) => newest(path.join(ROOT, d))),
  );
  const stale = outputs.some((f) => !existsSync(f) || statSync(f).mtimeMs < sources);
  if (stale)
    execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas', 'pages'], { cwd: ROOT, stdio: 'inherit' });
}

export function pageHtml(name: PageName): string {
  return readFileSync(path.join(ROOT, 'dist', `${name}.html`), 'utf8');
}

/**
 * Debian's Chromium, headless. playwright's launch() gives it a fresh temporary profile
 * (user-data dir) of its own and removes it on close. A missing browser fails the test with
 * the reason; page tests are never skipped.
 */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. The page tests drive Debian's Chromium through playwright-core ` +
        `and never download a browser: install it with "apt-get install chromium" (.ci/run does), ` +
        `or point GUISHU_CHROMIUM at a Chromium binary.`,
    );
  }
  ensureBuilt();
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true, timeout: 60_000 });
}

/** The google.script.run of HtmlService pages, calling `window.__gas` (bound to the fake). The
 *  runner has the bundle's top-level functions only: an unknown name is undefined, as in Apps
 *  Script. Arguments and results travel as JSON, as google.script.run sends them. */
function shim(functions: string[]): string {
  return `(() => {
  const known = new Set(${JSON.stringify(functions)});
  window.__closed = 0;
  const host = { close() { window.__closed += 1; }, setHeight() {}, setWidth() {}, editor: { focus() {} } };
  function runner(ok, fail) {
    const base = {
      withSuccessHandler(f) { return runner(f, fail); },
      withFailureHandler(f) { return runner(ok, f); },
      withUserObject() { return runner(ok, fail); },
    };
    for (const name of known) {
      base[name] = (...args) => {
        // google.script.run: "Requests fail if you attempt to pass a Date … including prohibited
        // types inside objects or arrays" (docs/addon-platform.md §10): the call fails.
        const hasDate = (v, seen = new Set()) => Object.prototype.toString.call(v) === '[object Date]' ||
          (v !== null && typeof v === 'object' && !seen.has(v) && (seen.add(v), Object.values(v).some((x) => hasDate(x, seen))));
        if (args.some((a) => hasDate(a))) {
          setTimeout(() => { if (fail) { const e = new Error('Failed due to illegal value in property: 0'); e.name = 'ScriptError'; fail(e); } }, 0);
          window.__gas('__illegalDate', JSON.stringify([name]));
          return;
        }
        window.__gas(name, JSON.stringify(args)).then((text) => {
          const r = JSON.parse(text);
          setTimeout(() => {
            if (r.ok) { if (ok) ok(r.value); }
            else if (fail) { const e = new Error(r.message); e.name = 'ScriptError'; fail(e); }
          }, 0);
        });
      };
    }
    return base;
  }
  window.google = { script: { run: runner(null, null), host } };
})();`;
}

export interface ServerCall {
  name: string;
  args: unknown[];
  ok: boolean;
  message?: string;
}

export interface Opened {
  page: Page;
  /** The document the page's server calls read and write. */
  fake: Fake;
  context: BrowserContext;
  /** Every server call the page made, in order. */
  calls: ServerCall[];
  /** alert/confirm/prompt dialogs the page opened (an XSS payload would land here). */
  dialogs: string[];
  /** Requests for anything but the page itself (all refused: the pages must work offline). */
  requests: string[];
  /** Uncaught exceptions and console errors in the page. */
  errors: string[];
  /** Problems with what the server sent (a Date would not cross google.script.run). */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  fake: Fake;
  now?: string;
  /** Server functions that fail with this message instead of running (a failure handler test). */
  failWith?: Record<string, string>;
  /** No google.script at all (the page opened outside Apps Script). */
  noShim?: boolean;
  viewport?: { width: number; height: number };
}

function hasDate(v: unknown, seen = new Set<unknown>()): boolean {
  if (Object.prototype.toString.call(v) === '[object Date]') return true;
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  return Object.values(v as object).some((x) => hasDate(x, seen));
}

/** The bundle's top-level functions: what google.script.run offers the page. */
function serverFunctions(fake: Fake, now: string): string[] {
  const ctx = loadAt(fake, now) as unknown as Record<string, unknown>;
  return Object.keys(ctx).filter((k) => typeof ctx[k] === 'function' && /^[a-z]/.test(k) && !k.endsWith('_'));
}

export async function openPage(browser: Browser, name: PageName, opts: OpenOptions): Promise<Opened> {
  const now = opts.now ?? NOW;
  const context = await browser.newContext({
    viewport: opts.viewport ?? VIEWPORT[name],
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  });
  const opened: Opened = {
    page: undefined as unknown as Page,
    fake: opts.fake,
    context,
    calls: [],
    dialogs: [],
    requests: [],
    errors: [],
    problems: [],
    close: () => context.close(),
  };
  const url = `${ORIGIN}/${name}.html`;
  const html = pageHtml(name);
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    opened.requests.push(u);
    return route.abort();
  });
  if (!opts.noShim) {
    await context.exposeFunction('__gas', (fn: string, argsJson: string): string => {
      const args = JSON.parse(argsJson) as unknown[];
      if (fn === '__illegalDate') {
        opened.problems.push(`the page passed a Date to ${String(args[0])}`);
        return JSON.stringify({ ok: false, message: 'illegal value' });
      }
      const record: ServerCall = { name: fn, args, ok: true };
      opened.calls.push(record);
      const fail = (message: string): string => {
        record.ok = false;
        record.message = message;
        return JSON.stringify({ ok: false, message });
      };
      if (opts.failWith && fn in opts.failWith) return fail(opts.failWith[fn]);
      try {
        const value = opts.fake.call(loadAt(opts.fake, now), fn, ...args);
        if (hasDate(value)) {
          opened.problems.push(`${fn} returned a Date`);
          return fail(`${fn} returned a Date, which google.script.run cannot pass`);
        }
        return JSON.stringify({ ok: true, value: plain(value) ?? null });
      } catch (e) {
        return fail(e instanceof Object && 'message' in e ? String((e as Error).message) : String(e));
      }
    });
    await context.addInitScript(shim(serverFunctions(opts.fake, now)));
  }
  const page = await context.newPage();
  opened.page = page;
  page.on('dialog', (d) => {
    opened.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') opened.errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  return opened;
}

/** Switches the page's language with its own switch (the footer buttons). */
export async function switchLang(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.click(`.lang-switch button[data-lang="${lang}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === (l === 'zh' ? 'zh-CN' : 'en'), lang);
}

/** Waits until no server call is running (the status line is empty and main is not busy). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('main[aria-busy]'));
}

export async function screenshot(page: Page, name: PageName, lang: 'zh' | 'en'): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}-${lang}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The text a person sees in an element (innerText: what is rendered, not the markup). */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().innerText();
}

/**
 * The shared frame of a page test file: one browser for the file, and every page opened through
 * `track` checked after each test (no dialog, no outside request, no page error) and closed.
 */
export function useBrowser(): { browser: () => Browser; track: (o: Opened) => Opened } {
  let browser: Browser | undefined;
  const opened: Opened[] = [];
  jest.setTimeout(TIMEOUT);
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      expect(o.dialogs).toEqual([]);
      expect(o.requests).toEqual([]);
      expect(o.problems).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.close();
    }
  });
  return {
    browser: () => {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    },
    track: (o) => {
      opened.push(o);
      return o;
    },
  };
}
