// Run bookkeeping in document properties, apart from the settings so each stays small.
export const STATE_KEYS = {
  settings: 'guishu.settings',
  installer: 'guishu.installer',
  installedAt: 'guishu.installedAt',
  lastRun: 'guishu.lastRun',
  lastDaily: 'guishu.lastDaily',
  monthsFrom: 'guishu.monthsFrom',
  lookupQueue: 'guishu.lookupQueue',
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
