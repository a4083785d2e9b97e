// The add-on's settings: one compact JSON value in document properties (9 KB per value),
// validated with zod on every read. A bad or outdated value is reported, never half-applied.
import * as z from 'zod/mini';
import { parsePolicy, PRESET_IDS, type Policy } from '../policy';
import { describeZodError, recordOf } from '../policy/schema';
import { NOTE, pageLang, pick, SETTINGS_FIELDS, type Lang } from './i18n';
import { props, readParted, STATE_KEYS, writeParted } from './state';

export const DEFAULT_PRESET = 'cross-customer';

const ROLES = ['register', 'filing', 'staff', 'rulings', 'ignore'] as const;
type Role = (typeof ROLES)[number];
const isRole = (v: unknown): boolean => (ROLES as readonly unknown[]).includes(v);
const isHeaderMap = (v: unknown): boolean =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v as object).every((h) => typeof h === 'string');

export const settingsSchema = z.object({
  /** Schema version: an older shape is refused with a clear note rather than guessed at. */
  v: z.custom<1>((v) => v === 1, 'version'),
  preset: z.enum(PRESET_IDS),
  /** Overrides of the preset's numbers, switches and lists (the same as a --policy file). */
  overrides: z.optional(recordOf<unknown>(() => true, 'overrides')),
  lang: z.enum(['zh', 'en']),
  managers: z.array(z.custom<string>((v) => typeof v === 'string' && v.length <= 254, 'email')),
  /** Sheet name -> what it is, where detection guessed wrong. */
  roles: z.optional(recordOf<Role>(isRole, 'roles')),
  /** Sheet name -> field -> header text, where the detected mapping was corrected. */
  mapping: z.optional(recordOf<Record<string, string>>(isHeaderMap, 'mapping')),
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return { v: 1, preset: DEFAULT_PRESET, lang: 'zh', managers: [] };
}

export type Loaded =
  | { ok: true; settings: Settings; policy: Policy; assumed: boolean }
  | { ok: false; error: string; fallback?: Settings };

/** Parse and validate a stored value (null: nobody set Guishu up; defaults are assumed). */
export function parseSettings(raw: string | null, lang: Lang = 'zh'): Loaded {
  let settings: Settings = defaultSettings();
  let assumed = true;
  if (raw !== null) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (_e) {
      return { ok: false, error: pick(NOTE.settingsNotJson, lang) };
    }
    const parsed = settingsSchema.safeParse(json);
    // Which setting, what it must be, in the user's language (never zod's own text).
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, json, lang, SETTINGS_FIELDS) };
    settings = parsed.data;
    assumed = false;
  }
  const policy = parsePolicy({ preset: settings.preset, ...(settings.overrides ?? {}) });
  if (!policy.ok) return { ok: false, error: policy.error[lang] };
  return { ok: true, settings, policy: policy.policy, assumed };
}

/** The stored settings; what is wrong with them is said in `asked` (the page's language) when
 *  given, else in the language still readable in the stored value, else Chinese. */
export function loadSettings(asked?: unknown): Loaded {
  const raw = readSettingsText();
  const loaded = parseSettings(raw, pageLang(asked, storedLang(raw)));
  return loaded.ok ? loaded : { ...loaded, fallback: salvage(raw) };
}

/** The language a stored value names, where it can still be read (zh otherwise). */
function storedLang(raw: string | null): Lang {
  try {
    const o: unknown = raw === null ? null : JSON.parse(raw);
    return pageLang(o !== null && typeof o === 'object' ? (o as { lang?: unknown }).lang : null, 'zh');
  } catch (_e) {
    return 'zh';
  }
}

/**
 * What can be kept of stored settings that failed validation (an older schema, a hand edit), so
 * a manager is never locked out: the defaults, with the stored managers and language where they
 * are still readable, else the managers' list is the installer's email (issue 14 point 9).
 */
export function salvage(raw: string | null): Settings {
  const out = defaultSettings();
  let json: unknown = null;
  try {
    json = raw === null ? null : JSON.parse(raw);
  } catch (_e) {
    json = null;
  }
  const o = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (o.lang === 'en' || o.lang === 'zh') out.lang = o.lang;
  const managers = Array.isArray(o.managers)
    ? o.managers.filter((m): m is string => typeof m === 'string' && m.length <= 254)
    : [];
  const installer = props().getProperty(STATE_KEYS.installer);
  out.managers = managers.length ? managers : installer ? [installer] : [];
  if (typeof o.preset === 'string' && (PRESET_IDS as readonly string[]).indexOf(o.preset) >= 0)
    out.preset = o.preset as Settings['preset'];
  return out;
}

/** Settings are kept under one property value's limit, spread over parts when larger
 *  (`writeParted` in state.ts): at most MAX_PARTS parts (80 KB); beyond that the save is refused,
 *  saying so. */
const MAX_PARTS = 10;

export function readSettingsText(): string | null {
  return readParted(STATE_KEYS.settings);
}

/** Validates first; stores only a value that would load. */
export function saveSettings(settings: Settings): Loaded {
  const raw = JSON.stringify(settings);
  const loaded = parseSettings(raw, settings.lang);
  if (!loaded.ok) return loaded;
  if (!writeParted(STATE_KEYS.settings, raw, MAX_PARTS))
    return { ok: false, error: pick(NOTE.settingsTooLarge, settings.lang) };
  return loaded;
}

export function isManager(settings: Settings, email: string): boolean {
  return email !== '' && settings.managers.some((m) => m.trim().toLowerCase() === email);
}
