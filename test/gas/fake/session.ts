// Session and User. The fake separates three things Apps Script separates:
//   - the identity at the keyboard (who edits, whose user properties, who owns new triggers),
//   - what Session.getActiveUser().getEmail() shows of it ('' outside the owner's domain and in
//     some trigger contexts: createFake / setUser with hideEmail), and
//   - the effective user, whose authority the script runs under (a trigger's installer).
import { unwrap, type Env } from './env';

export class User {
  constructor(readonly _email: string) {}

  static _of(env: Env, email: string): User {
    return env.expose(new User(email), 'User');
  }

  getEmail(): string {
    return this._email;
  }

  toString(): string {
    return this._email;
  }
}

/** The email of a User view or of a string (addEditor accepts either). */
export function emailOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const u = unwrap(v);
  if (u instanceof User) return u._email;
  if (v !== null && typeof v === 'object' && typeof (v as { getEmail?: unknown }).getEmail === 'function') {
    return String((v as { getEmail(): unknown }).getEmail());
  }
  return undefined;
}

/** A stable opaque key per identity, as getTemporaryActiveUserKey gives. */
function keyOf(identity: string): string {
  let h = 2166136261;
  for (let i = 0; i < identity.length; i += 1) h = Math.imul(h ^ identity.charCodeAt(i), 16777619) >>> 0;
  return `tmp-${h.toString(36)}-${identity.length}`;
}

export class Session {
  constructor(private readonly _env: Env) {}

  getActiveUser(): User {
    return User._of(this._env, this._env.activeEmail());
  }

  getEffectiveUser(): User {
    return User._of(this._env, this._env.effective);
  }

  getActiveUserLocale(): string {
    return this._env.locale;
  }

  getScriptTimeZone(): string {
    return this._env.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return keyOf(this._env.identity);
  }
}
