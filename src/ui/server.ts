/// <reference lib="dom" />
// google.script.run as typed promises. ServerApi (src/gas/api.ts) names every server function
// and its types, so a renamed or retyped function fails to compile here and in the pages.
// Every call rejects with a ServerError whose message the page shows in its error area.
import { REFUSAL_MARK, type ServerApi } from '../gas/api';
import { t } from './i18n';

type Handler = (value: unknown) => void;

/** The part of Apps Script's client API the pages use (HtmlService pages get `google.script`). */
interface ScriptRunner {
  withSuccessHandler(f: Handler): ScriptRunner;
  withFailureHandler(f: Handler): ScriptRunner;
  [serverFunction: string]: unknown;
}

interface GoogleScript {
  script?: { run?: ScriptRunner; host?: { close?: () => void } };
}

function google(): GoogleScript | undefined {
  if (typeof window === 'undefined') return undefined;
  return (window as unknown as { google?: GoogleScript }).google;
}

/** A failed server call, with a message for people: the server's sentence for the user where it
 *  gave one, else the page's own words (never Google's text, nor a script error's). */
export class ServerError extends Error {
  constructor(
    message: string,
    readonly fn: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** What Apps Script hands a failure handler: an Error, or sometimes a bare string. */
function messageOf(e: unknown): string {
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
    return (e as { message: string }).message;
  return '';
}

/** The user's sentence of a failure: what follows REFUSAL_MARK (Apps Script may put "Error: " or
 *  "Exception: " before it); without the mark (a lost connection, a timeout, a page script
 *  error) the page's own words, and the raw text goes to the console only. */
function spokenOf(e: unknown): string {
  const raw = messageOf(e);
  const at = raw.indexOf(REFUSAL_MARK);
  const said = at >= 0 ? raw.slice(at + REFUSAL_MARK.length).trim() : '';
  if (said) return said;
  if (raw) console.warn('Guishu: a server call failed:', raw);
  return t('error.unknown');
}

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = google()?.script?.run;
    if (!run) {
      reject(new ServerError(t('error.noServer'), name));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((e) => reject(new ServerError(spokenOf(e), name)));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerError(t('error.noFunction', { name }), name));
      return;
    }
    try {
      (fn as (...a: unknown[]) => void).apply(runner, args);
    } catch (e) {
      reject(new ServerError(spokenOf(e), name));
    }
  });
}

/** Closes a dialog (google.script.host.close); a no-op outside Apps Script. */
export function closeDialog(): void {
  google()?.script?.host?.close?.();
}
