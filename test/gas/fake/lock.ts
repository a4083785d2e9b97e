// LockService. A lock is held by an execution (env.execution); Apps Script releases what an
// execution holds when it ends (Env.endExecution / runAs). A test plays "another run holds the
// lock" with LockRegistry.hold: tryLock then returns false and waitLock throws, optionally only
// for the first n attempts. Waiting takes no time: the milliseconds asked for are added up.
import type { Env } from './env';

export type LockKind = 'document' | 'script' | 'user';

interface LockState {
  holder: number | 'other' | null;
  /** With holder 'other': how many more attempts fail before the other run lets go. */
  otherAttempts: number;
}

export interface LockRelease {
  readonly key: string;
  readonly execution: number;
}

export class LockRegistry {
  private readonly states = new Map<string, LockState>();
  /** Locks an execution still held when it ended (Apps Script released them). */
  readonly releasedAtEnd: LockRelease[] = [];
  /** Sum of the timeouts scripts waited (tryLock/waitLock on a held lock). */
  waitedMs = 0;
  /** Every acquisition attempt: key and whether it succeeded. */
  readonly attempts: Array<{ key: string; ok: boolean; execution: number }> = [];

  constructor(env: Env) {
    env.onExecutionEnd((execution) => {
      for (const [key, state] of this.states) {
        if (state.holder === execution) {
          state.holder = null;
          this.releasedAtEnd.push({ key, execution });
        }
      }
    });
  }

  state(key: string): LockState {
    let s = this.states.get(key);
    if (!s) {
      s = { holder: null, otherAttempts: Infinity };
      this.states.set(key, s);
    }
    return s;
  }

  /** Another run holds the lock (for the next `attempts` acquisition attempts, or until released). */
  hold(key: string, attempts = Infinity): void {
    const s = this.state(key);
    s.holder = 'other';
    s.otherAttempts = attempts;
  }

  release(key: string): void {
    this.state(key).holder = null;
  }

  holder(key: string): number | 'other' | null {
    return this.state(key).holder;
  }

  /** One attempt by an execution; true when it now holds the lock. */
  acquire(key: string, execution: number, timeoutMs: number): boolean {
    const s = this.state(key);
    if (s.holder === 'other') {
      s.otherAttempts -= 1;
      if (s.otherAttempts < 0) s.holder = null;
    }
    if (s.holder === null || s.holder === execution) {
      s.holder = execution;
      this.attempts.push({ key, ok: true, execution });
      return true;
    }
    this.waitedMs += timeoutMs;
    this.attempts.push({ key, ok: false, execution });
    return false;
  }
}

export function lockKey(kind: LockKind, env: Env, user = env.effective): string {
  if (kind === 'document') return `document:${env.active?.id ?? ''}`;
  if (kind === 'user') return `user:${user}`;
  return 'script';
}

function timeout(env: Env, v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0)) throw env.error('Invalid argument: timeoutInMillis');
  return v;
}

export class Lock {
  constructor(
    private readonly _env: Env,
    private readonly _key: string,
  ) {}

  tryLock(timeoutInMillis: unknown): boolean {
    return this._env.locks.acquire(this._key, this._env.execution, timeout(this._env, timeoutInMillis));
  }

  waitLock(timeoutInMillis: unknown): void {
    if (!this._env.locks.acquire(this._key, this._env.execution, timeout(this._env, timeoutInMillis))) {
      throw this._env.error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    const locks = this._env.locks;
    if (locks.holder(this._key) === this._env.execution) locks.release(this._key);
  }

  hasLock(): boolean {
    return this._env.locks.holder(this._key) === this._env.execution;
  }

  toString(): string {
    return 'Lock';
  }
}

export class LockService {
  constructor(private readonly _env: Env) {}

  /** null where there is no current document, as in Apps Script. */
  getDocumentLock(): Lock | null {
    if (!this._env.active) return null;
    return this._env.expose(new Lock(this._env, lockKey('document', this._env)), 'Lock');
  }

  getScriptLock(): Lock {
    return this._env.expose(new Lock(this._env, lockKey('script', this._env)), 'Lock');
  }

  getUserLock(): Lock {
    return this._env.expose(new Lock(this._env, lockKey('user', this._env)), 'Lock');
  }

  toString(): string {
    return 'LockService';
  }
}
