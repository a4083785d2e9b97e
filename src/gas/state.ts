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
