// Run bookkeeping in document properties, apart from the settings so each stays small.
export const STATE_KEYS = {
  settings: 'guishu.settings',
  installer: 'guishu.installer',
  installedAt: 'guishu.installedAt',
  lastRun: 'guishu.lastRun',
  lastDaily: 'guishu.lastDaily',
  monthsFrom: 'guishu.monthsFrom',
  lookupQueue: 'guishu.lookupQueue',
  triggers: 'guishu.triggers',
  runs: 'guishu.runs',
  pendingStamps: 'guishu.pendingStamps',
} as const;

export function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readState(): Record<keyof typeof STATE_KEYS, string | null> {
  const p = props().getProperties();
  const out = {} as Record<keyof typeof STATE_KEYS, string | null>;
  for (const [k, key] of Object.entries(STATE_KEYS)) out[k as keyof typeof STATE_KEYS] = p[key] ?? null;
  return out;
}

/**
 * Google documents 9 KB per property value and 500 KB per store (docs/addon-platform.md §7),
 * counted here in UTF-8 bytes, KB read as 1,000 bytes (the test fake refuses past exactly that).
 * A published measurement found less room (8,066 bytes of key and value), so Guishu keeps each
 * value to 8,000 bytes: with its key (at most 20 bytes: `guishu.pendingStamps`,
 * `guishu.settings.10`) under both.
 */
export const VALUE_BYTES = 8_000;

/** A string's length in UTF-8 bytes (Apps Script has no TextEncoder). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Cuts a text into pieces of at most `bytes` UTF-8 bytes, never inside a character. */
export function splitBytes(text: string, bytes: number): string[] {
  const out: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (size + n > bytes) {
      out.push(text.slice(start, i));
      start = i;
      size = 0;
    }
    size += n;
    if (pair) i++;
  }
  out.push(text.slice(start));
  return out;
}

const partKey = (key: string, i: number): string => `${key}.${i}`;

/**
 * A value of any size under `key`: as it is when it fits one property value (VALUE_BYTES), else
 * cut into `key.1 … key.n` with `key` holding `{"parts":n}` (one setProperties call), parts an
 * earlier, longer value left behind deleted. False, and nothing written, beyond `maxParts`.
 */
export function writeParted(key: string, text: string, maxParts: number): boolean {
  const p = props();
  const oldParts = Object.keys(p.getProperties()).filter((k) => k.indexOf(`${key}.`) === 0);
  const parts = utf8Bytes(text) <= VALUE_BYTES ? [] : splitBytes(text, VALUE_BYTES);
  if (parts.length > maxParts) return false;
  const values: Record<string, string> = { [key]: parts.length ? `{"parts":${parts.length}}` : text };
  parts.forEach((part, i) => (values[partKey(key, i + 1)] = part));
  if (parts.length) p.setProperties(values);
  else p.setProperty(key, text);
  for (const k of oldParts) if (!(k in values)) p.deleteProperty(k);
  return true;
}

/** What writeParted stored under `key`, joined again; null when nothing is. */
export function readParted(key: string): string | null {
  const all = props().getProperties();
  const head = all[key];
  if (head === undefined || head === null) return null;
  const m = /^\{"parts":(\d+)\}$/.exec(head);
  if (!m) return head;
  let raw = '';
  for (let i = 1; i <= Number(m[1]); i++) raw += all[partKey(key, i)] ?? '';
  return raw;
}
