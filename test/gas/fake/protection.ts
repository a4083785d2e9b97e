// Protection, as Sheets has it:
//   - a fresh protection's editors mirror the spreadsheet's, so it protects nothing until the
//     script changes the list (addEditor / removeEditors / setDomainEdit);
//   - the owner and the current user can never be removed from the list;
//   - a warning-only protection lets everyone write (scripts see no warning);
//   - only someone who may edit the protection may change or remove it.
// Writes are refused in model.ts (assertCanWrite) with Sheets' message.
import type { Env } from './env';
import { PROTECTED_MESSAGE, type ProtectionModel, type Rect } from './model';
import { Range } from './range';
import { emailOf, User } from './session';
import { ProtectionType } from './enums';
import { unwrap } from './env';

export class Protection {
  constructor(readonly _p: ProtectionModel) {}

  static _of(p: ProtectionModel): Protection {
    return p.sheet.env.expose(new Protection(p), 'Protection');
  }

  private get _env(): Env {
    return this._p.sheet.env;
  }

  private _mayChange(): void {
    const book = this._p.sheet.book;
    if (!book.canEditProtection(this._p, this._env.effective)) throw this._env.error(PROTECTED_MESSAGE);
  }

  /** The explicit editor list, starting from the spreadsheet's editors the first time. */
  private _list(): Set<string> {
    this._p.editors ??= new Set(this._p.sheet.book.editors());
    return this._p.editors;
  }

  private _emails(users: unknown): string[] {
    const list = Array.isArray(users) ? users : [users];
    return list.map((u) => {
      const email = emailOf(u);
      if (email === undefined) throw this._env.error('Invalid argument: emailAddress');
      return email;
    });
  }

  getDescription(): string {
    return this._p.description;
  }

  setDescription(description: unknown): Protection {
    this._mayChange();
    this._p.description = String(description ?? '');
    return this;
  }

  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }

  setWarningOnly(warningOnly: unknown): Protection {
    this._mayChange();
    this._p.warningOnly = Boolean(warningOnly);
    return this;
  }

  getEditors(): User[] {
    this._mayChange();
    const book = this._p.sheet.book;
    const emails = new Set<string>();
    if (book.owner) emails.add(book.owner);
    for (const e of this._p.editors ?? book.editors()) emails.add(e);
    const out = this._env.array<User>();
    for (const e of emails) out.push(User._of(this._env, e));
    return out;
  }

  addEditor(user: unknown): Protection {
    this._mayChange();
    for (const e of this._emails(user)) this._list().add(e);
    return this;
  }

  addEditors(users: unknown): Protection {
    return this.addEditor(users);
  }

  removeEditor(user: unknown): Protection {
    return this.removeEditors([user]);
  }

  removeEditors(users: unknown): Protection {
    this._mayChange();
    const keep = new Set([this._p.sheet.book.owner ?? '', this._env.effective]);
    const list = this._list();
    for (const e of this._emails(unwrap(users))) if (!keep.has(e)) list.delete(e);
    return this;
  }

  canEdit(): boolean {
    return this._p.sheet.book.canEditProtection(this._p, this._env.effective);
  }

  canDomainEdit(): boolean {
    return this._p.domainEdit;
  }

  setDomainEdit(editable: unknown): Protection {
    this._mayChange();
    this._list();
    this._p.domainEdit = Boolean(editable);
    return this;
  }

  remove(): void {
    this._mayChange();
    const book = this._p.sheet.book;
    this._p.removed = true;
    book.protections = book.protections.filter((p) => p !== this._p);
  }

  getProtectionType(): unknown {
    return ProtectionType[this._p.type];
  }

  getRange(): Range {
    const sheet = this._p.sheet;
    return Range._of(sheet, this._p.type === 'SHEET' ? sheet.all() : this._p.rect);
  }

  setRange(range: unknown): Protection {
    this._mayChange();
    if (this._p.type !== 'RANGE') throw this._env.error('A sheet protection covers its whole sheet.');
    const r = unwrap(range);
    if (!(r instanceof Range) || r._sheet !== this._p.sheet) throw this._env.error('Invalid argument: range');
    this._p.rect = r._rect;
    return this;
  }

  getUnprotectedRanges(): Range[] {
    const out = this._env.array<Range>();
    for (const rect of this._p.unprotected) out.push(Range._of(this._p.sheet, rect));
    return out;
  }

  setUnprotectedRanges(ranges: unknown): Protection {
    this._mayChange();
    if (this._p.type !== 'SHEET') throw this._env.error('Unprotected ranges exist only on sheet protections.');
    if (!Array.isArray(ranges)) throw this._env.error('Invalid argument: ranges');
    const rects: Rect[] = ranges.map((x) => {
      const r = unwrap(x);
      if (!(r instanceof Range) || r._sheet !== this._p.sheet) throw this._env.error('Invalid argument: ranges');
      return r._rect;
    });
    this._p.unprotected = rects;
    return this;
  }

  toString(): string {
    return 'Protection';
  }
}
