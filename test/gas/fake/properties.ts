// PropertiesService: document, user and script stores of string values, with Apps Script's
// documented limits enforced — "Properties value size: 9 KB / val" and "Properties total
// storage: 500 KB / property store" (https://developers.google.com/apps-script/guides/services/quotas),
// counted as UTF-8 bytes (a Chinese character costs 3 bytes), the store's total over keys and
// values, and KB read as 1,000 bytes: the stricter reading (docs/addon-platform.md §7).
import type { Env } from './env';

export const VALUE_LIMIT_BYTES = 9_000;
export const STORE_LIMIT_BYTES = 500_000;

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/** One property store: a test can read and seed it directly (uncounted). */
export class PropertyStore {
  readonly map = new Map<string, string>();

  bytes(): number {
    let n = 0;
    for (const [k, v] of this.map) n += utf8Length(k) + utf8Length(v);
    return n;
  }

  /** A plain copy of the store. */
  all(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.map.set(key, value);
  }
}

export class Properties {
  constructor(
    private readonly _env: Env,
    private readonly _store: PropertyStore,
  ) {}

  private _key(key: unknown): string {
    if (typeof key !== 'string' || key === '') throw this._env.error('Invalid argument: key');
    return key;
  }

  private _value(value: unknown): string {
    if (value === null || value === undefined) throw this._env.error('Invalid argument: value');
    const s = String(value);
    if (utf8Length(s) > VALUE_LIMIT_BYTES) throw this._env.error('Argument too large: value');
    return s;
  }

  /** Applies changes only when the whole store stays within its quota. */
  private _commit(next: Map<string, string>): void {
    let n = 0;
    for (const [k, v] of next) n += utf8Length(k) + utf8Length(v);
    if (n > STORE_LIMIT_BYTES) {
      throw this._env.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this._store.map.clear();
    for (const [k, v] of next) this._store.map.set(k, v);
  }

  getProperty(key: unknown): string | null {
    return this._store.get(this._key(key));
  }

  setProperty(key: unknown, value: unknown): Properties {
    const k = this._key(key);
    const v = this._value(value);
    const next = new Map(this._store.map);
    next.set(k, v);
    this._commit(next);
    return this;
  }

  setProperties(properties: unknown, deleteAllOthers?: unknown): Properties {
    if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) {
      throw this._env.error('Invalid argument: properties');
    }
    const next = deleteAllOthers === true ? new Map<string, string>() : new Map(this._store.map);
    for (const [k, v] of Object.entries(properties as Record<string, unknown>)) next.set(this._key(k), this._value(v));
    this._commit(next);
    return this;
  }

  getProperties(): Record<string, string> {
    const out = this._env.object() as Record<string, string>;
    for (const [k, v] of this._store.map) out[k] = v;
    return out;
  }

  getKeys(): string[] {
    const out = this._env.array<string>();
    for (const k of this._store.map.keys()) out.push(k);
    return out;
  }

  deleteProperty(key: unknown): Properties {
    this._store.map.delete(this._key(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this._store.map.clear();
    return this;
  }
}

/** The stores behind PropertiesService. */
export class PropertyStores {
  readonly script = new PropertyStore();
  private readonly users = new Map<string, PropertyStore>();

  /** User properties belong to the account the script runs as. */
  user(identity: string): PropertyStore {
    let store = this.users.get(identity);
    if (!store) {
      store = new PropertyStore();
      this.users.set(identity, store);
    }
    return store;
  }
}

export class PropertiesService {
  constructor(
    private readonly _env: Env,
    private readonly _stores: PropertyStores,
    private readonly _document: () => PropertyStore | null,
  ) {}

  getDocumentProperties(): Properties | null {
    const store = this._document();
    return store ? this._env.expose(new Properties(this._env, store), 'Properties') : null;
  }

  getUserProperties(): Properties {
    return this._env.expose(new Properties(this._env, this._stores.user(this._env.effective)), 'Properties');
  }

  getScriptProperties(): Properties {
    return this._env.expose(new Properties(this._env, this._stores.script), 'Properties');
  }
}
