// Runs the built Apps Script bundle (exactly dist/Code.js) in a fresh node:vm context whose
// globals are only the fake services and the JavaScript built-ins. Apps Script's V8 has no
// require, process, setTimeout, URL, TextEncoder, atob or fetch, so neither has the context: a
// bundle that needs one of them fails here as it would in Apps Script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createFake, type Fake, type Realm, type ScriptGlobals } from './fake';

export { plain } from './fake';

const REPO = path.resolve(__dirname, '..', '..');

/** The loaded script's global object: its top-level functions by name (onOpen, guishu…). */
export type GasContext = vm.Context & ScriptGlobals;

const scripts = new Map<string, { source: string; script: vm.Script }>();

function compiled(file: string): vm.Script {
  const code = readFileSync(file, 'utf8');
  const cached = scripts.get(file);
  if (cached && cached.source === code) return cached.script;
  const script = new vm.Script(code, { filename: file });
  scripts.set(file, { source: code, script });
  return script;
}

/** The HTML files beside the bundle (dist/*.html), by name without .html, as HtmlService sees them. */
export function htmlFilesBeside(file: string): Record<string, string> {
  const dir = path.dirname(file);
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.html')) out[name.slice(0, -'.html'.length)] = readFileSync(path.join(dir, name), 'utf8');
  }
  return out;
}

/**
 * Loads a bundle into a new context on the fake's services and returns the context, so a test
 * calls `ctx.onOpen(e)`, `fake.call(ctx, 'guishuRecompute')`, …. A relative codePath is taken
 * from the repository root. files: the HtmlService files (default: the .html files beside the
 * bundle). Each call makes a new context — a new execution's fresh globals, as Apps Script
 * gives every run — over the same fake (the same spreadsheet, properties and triggers).
 */
export function loadBundle(
  codePath = 'dist/Code.js',
  fake: Fake = createFake(),
  files?: Record<string, string>,
): GasContext {
  const file = path.isAbsolute(codePath) ? codePath : path.join(REPO, codePath);
  if (!existsSync(file)) throw new Error(`loadBundle: ${file} does not exist (run npm run build first)`);
  fake.setFiles(files ?? htmlFilesBeside(file));
  const g = fake.globals;
  const sandbox: Record<string, unknown> = {
    SpreadsheetApp: g.SpreadsheetApp,
    PropertiesService: g.PropertiesService,
    LockService: g.LockService,
    ScriptApp: g.ScriptApp,
    HtmlService: g.HtmlService,
    Session: g.Session,
    Utilities: g.Utilities,
    Logger: g.Logger,
    console: g.console,
  };
  const ctx = vm.createContext(sandbox, { name: `Apps Script: ${path.basename(file)}` }) as GasContext;
  const realm = vm.runInContext('({ Date: Date, Array: Array, Object: Object, Error: Error })', ctx) as Realm;
  fake.useRealm(realm);
  compiled(file).runInContext(ctx);
  return ctx;
}
