// The add-on's settings: one compact JSON value in document properties (9 KB per value),
// validated with zod on every read. A bad or outdated value is reported, never half-applied.
import * as z from 'zod/mini';
import { parsePolicy, PRESET_IDS, type Policy } from '../policy';
import { describeZodError, recordOf } from '../policy/schema';
import type { Lang } from './i18n';
import { props, STATE_KEYS } from './state';

export const DEFAULT_PRESET = 'cross-customer';

const ROLES = ['register', 'filing', 'staff', 'rulings', 'ignore'] as const;
type Role = (typeof ROLES)[number];
const isRole = (v: unknown): boolean => (ROLES as readonly unknown[]).includes(v);
const isHeaderMap = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((h) => typeof h === 'string');

export const settingsSchema = z.object({
  /** Schema version: an older shape is refused with a clear note rather than guessed at. */
  v: z.custom<1>((v) => v === 1, 'settings version 1'),
  preset: z.enum(PRESET_IDS),
  /** Overrides of the preset's numbers, switches and lists (the same as a --policy file). */
  overrides: z.optional(recordOf<unknown>(() => true, 'overrides: an object like a --policy file')),
  lang: z.enum(['zh', 'en']),
  managers: z.array(z.custom<string>((v) => typeof v === 'string' && v.length <= 254, 'an email')),
  /** Sheet name -> what it is, where detection guessed wrong. */
  roles: z.optional(recordOf<Role>(isRole, 'roles: sheet -> register|filing|staff|rulings|ignore')),
  /** Sheet name -> field -> header text, where the detected mapping was corrected. */
  mapping: z.optional(recordOf<Record<string, string>>(isHeaderMap, 'mapping: sheet -> field -> header')),
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return { v: 1, preset: DEFAULT_PRESET, lang: 'zh', managers: [] };
}

export type Loaded =
  | { ok: true; settings: Settings; policy: Policy; assumed: boolean }
  | { ok: false; error: string };

/** Parse and validate a stored value (null: nobody set Guishu up; defaults are assumed). */
export function parseSettings(raw: string | null, lang: Lang = 'zh'): Loaded {
  let settings: Settings = defaultSettings();
  let assumed = true;
  if (raw !== null) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (_e) {
      return { ok: false, error: lang === 'zh' ? '设置不是有效的 JSON' : 'the settings are not valid JSON' };
    }
    const parsed = settingsSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
    settings = parsed.data;
    assumed = false;
  }
  const policy = parsePolicy({ preset: settings.preset, ...(settings.overrides ?? {}) });
  if (!policy.ok) return { ok: false, error: policy.error[settings.lang] };
  return { ok: true, settings, policy: policy.policy, assumed };
}

export function loadSettings(): Loaded {
  return parseSettings(props().getProperty(STATE_KEYS.settings));
}

/** Validates first; stores only a value that would load. */
export function saveSettings(settings: Settings): Loaded {
  const raw = JSON.stringify(settings);
  const loaded = parseSettings(raw);
  if (loaded.ok) props().setProperty(STATE_KEYS.settings, raw);
  return loaded;
}

export function isManager(settings: Settings, email: string): boolean {
  return email !== '' && settings.managers.some((m) => m.trim().toLowerCase() === email);
}
