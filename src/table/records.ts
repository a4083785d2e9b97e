// Register and filing rows -> EventRecords (rulebook §2.1, §2.2, §4 common/ID-VALID).
// One pass reads the cells into events whose month-day dates may still lack a year; a second,
// over the rows kept, settles those years, adds deal-column events and finds duplicates.
// Registers run to 100k rows: the reader allocates nothing per row beyond the event itself and
// quotes a cell's text only when it files an issue about it.
import type { Day, DealStage, EventKind, EventRecord, InputIssue, SourceRef } from '../engine/types';
import { isoOfDay } from '../engine/calendar';
import { readAgentCell, readAmount, readArea, readBool, readName, readText } from './cells';
import {
  nearestYear,
  readDate,
  readTime,
  resolveYears,
  YEAR_RULE,
  type CellDate,
  type DateRead,
  type GoodDate,
  type YearFallback,
} from './dates';
import type { FieldName, RecordField } from './fields';
import type { HeaderMatch } from './headers';
import { readKind, type KindRead } from './kinds';
import { makeIssue, type IssueCode } from './messages';
import { mobileInText, readPhone, type PhoneRead } from './phones';
import { lastFilled, nonRecord, ownFlags, type RowShape } from './rows';
import { DEAL_SHEET_NAME } from './roles';
import { isErrorCell, tidy } from './text';

export interface RecordContext {
  readonly cellDate: CellDate;
  readonly fallback: YearFallback;
  /** Content key -> first row with it, shared by all sheets of one register (or of filings). */
  readonly seen: Map<string, SourceRef>;
}

export interface SheetResult<T> {
  readonly records: T[];
  readonly issues: InputIssue[];
  readonly dataRows: number[];
  /** Last non-own column with data below the header row; -1 when none. */
  readonly lastColumn: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Kind = { readonly kind: EventKind; readonly stage: DealStage | null };
type Params = Record<string, string | number>;

/** A deal kept in a column of the visit row (成交日期, 定金日期). */
interface Extra {
  readonly read: GoodDate;
  readonly kind: Kind;
}

/** One row after the first pass: its event, with `day` still 0 where the year is not known yet. */
interface Draft {
  readonly event: Mutable<EventRecord>;
  readonly date: GoodDate;
  readonly rawDate: unknown;
  readonly entered: GoodDate | null;
  readonly judged: GoodDate | null;
  readonly extra: Extra[] | null;
}

const DEAL: Kind = { kind: 'deal', stage: 'contract' };
const FULL: Kind = { kind: 'deal', stage: 'full' };
const DEPOSIT: Kind = { kind: 'deposit', stage: 'deposit' };
const SUBSCRIPTION: Kind = { kind: 'deposit', stage: 'subscription' };
const VISIT: Kind = { kind: 'visit', stage: null };
const CALL: Kind = { kind: 'call', stage: null };
const FOLLOWUP: Kind = { kind: 'followup', stage: null };
const REPORT: Kind = { kind: 'report', stage: null };
const FILING: Kind = { kind: 'filing', stage: null };
const PAYMENT_ROW: Kind = { kind: 'payment', stage: 'payment' };
const APPOINTMENT_ROW: Kind = { kind: 'appointment', stage: null };
const CONFIRM_ROW: Kind = { kind: 'confirm', stage: null };
const VIEWING_ROW: Kind = { kind: 'viewing', stage: null };

const RECORD_FIELDS: readonly RecordField[] = [
  'date',
  'time',
  'name',
  'phone',
  'agent',
  'kind',
  'first',
  'designated',
  'referrer',
  'accompanied',
  'relation',
  'linkedPhone',
  'brief',
  'site',
  'amount',
  'source',
  'entered',
  'note',
  'dealDate',
  'depositDate',
  'channel',
  'broker',
  'judged',
  'confirmed',
  'unit',
  'area',
  'price',
  'discountPrice',
  'totalPrice',
  'signedByCustomer',
  'approvedByDeveloper',
  'approvedByAgency',
  'nature',
];

/** A cell as quoted in a message. */
export function cellText(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  return typeof v === 'string' ? tidy(v) : String(v);
}

export function readRecordSheet(
  sheet: string,
  from: 'register' | 'filing',
  values: readonly (readonly unknown[])[],
  header: HeaderMatch,
  ctx: RecordContext,
): SheetResult<EventRecord> {
  return new RecordReader(sheet, from, header, ctx).read(values);
}

class RecordReader {
  private readonly col: Record<RecordField, number>;
  private readonly isOwn: boolean[];
  private readonly shape: RowShape;
  private readonly dealKind: Kind;
  private readonly depositKind: Kind;
  private readonly defaultKind: Kind;
  private readonly dateCache = new Map<string, DateRead>();
  private readonly kindCache = new Map<string, KindRead | null>();
  private readonly issues: InputIssue[] = [];
  private row: readonly unknown[] = [];
  private sheetRow = 0;

  constructor(
    private readonly sheet: string,
    private readonly from: 'register' | 'filing',
    private readonly header: HeaderMatch,
    private readonly ctx: RecordContext,
  ) {
    const col = {} as Record<RecordField, number>;
    for (const f of RECORD_FIELDS) col[f] = header.columns[f] ?? -1;
    this.col = col;
    this.isOwn = ownFlags(header.keys.length, header.ownColumns);
    const present = (...cs: number[]) => new Set(cs.filter((c) => c >= 0));
    this.shape = {
      sheet,
      isOwn: this.isOwn,
      keys: header.keys,
      mapped: new Set(Object.values(header.columns).filter((c): c is number => c !== undefined)),
      prefill: present(col.date, col.time),
      people: present(col.name, col.phone, col.agent),
    };
    const keyOf = (c: number) => (c >= 0 ? (header.keys[c] ?? '') : '');
    this.dealKind = keyOf(col.dealDate).includes('全款') ? FULL : DEAL;
    this.depositKind = keyOf(col.depositDate).includes('认购') ? SUBSCRIPTION : DEPOSIT;
    // A 来电登记表 holds calls; a filing sheet named 报备 holds reports before visits (§2.1, §2.2).
    if (from === 'register')
      this.defaultKind =
        registerKind(sheet, keyOf(col.date)) ??
        (sheet.includes('来电')
          ? CALL
          : /回访|跟进/.test(sheet)
            ? FOLLOWUP
            : sheet.includes('约客')
              ? APPOINTMENT_ROW
              : /带看|看房/.test(sheet)
                ? VIEWING_ROW
                : VISIT);
    // A 甲方…确认单 holds the developer's confirmations (developer-direct R1).
    else this.defaultKind = sheet.includes('报备') ? REPORT : /甲方.*确认/.test(sheet) ? CONFIRM_ROW : FILING;
  }

  read(values: readonly (readonly unknown[])[]): SheetResult<EventRecord> {
    const drafts: Draft[] = [];
    const dataRows: number[] = [];
    let lastColumn = -1;
    let partial = false;
    for (let r = this.header.index + 1; r < values.length; r++) {
      const row = values[r] ?? [];
      const last = lastFilled(row, this.isOwn);
      if (last < 0) continue; // blank row
      if (last > lastColumn) lastColumn = last;
      this.row = row;
      this.sheetRow = r + 1;
      const draft = this.readRow();
      if (draft === 'skip') continue;
      dataRows.push(this.sheetRow);
      if (draft === null) continue;
      drafts.push(draft);
      if (draft.date.t === 'partial') partial = true;
    }
    const records = this.finish(drafts, partial);
    this.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { records, issues: this.issues, dataRows, lastColumn };
  }

  private note(field: string, level: InputIssue['level'], code: IssueCode, params?: Params): void {
    this.issues.push(makeIssue(this.sheet, this.sheetRow, field, level, code, params));
  }

  /** An agent cell: one person; a note in brackets or a second name is set apart, on 问题. */
  private agent(c: number, field: FieldName): string | null {
    const v = this.cell(c, field);
    const read = readAgentCell(v);
    if (read.how !== null && read.agent !== null)
      this.note(field, 'note', read.how === 'note' ? 'agent-note' : 'agent-several', {
        field,
        text: cellText(v),
        name: read.agent,
      });
    return read.agent;
  }

  /** A mapped cell; an error cell (#N/A …) is reported and read as blank. */
  private cell(c: number, field: FieldName): unknown {
    if (c < 0) return '';
    const v = this.row[c];
    if (isErrorCell(v)) {
      this.note(field, 'error', 'cell-error', { field, text: v.trim() });
      return '';
    }
    return v;
  }

  /** True when the row is no record at all (template, totals, banner, repeated header). */
  private notARecord(): boolean {
    const why = nonRecord(this.row, this.shape, this.sheetRow);
    if (why === null) return false;
    if (why !== 'template') this.issues.push(why);
    return true;
  }

  private readDateCell(v: unknown): DateRead | null {
    if (typeof v !== 'string') return readDate(v, this.ctx.cellDate);
    let d = this.dateCache.get(v);
    if (d === undefined) {
      const read = readDate(v, this.ctx.cellDate);
      if (read === null) return null;
      d = read;
      this.dateCache.set(v, d);
    }
    return d;
  }

  /** An optional date column; unreadable -> error issue and null. */
  private optionalDate(c: number, field: FieldName): GoodDate | null {
    if (c < 0) return null;
    const v = this.cell(c, field);
    const d = this.readDateCell(v);
    if (d === null) return null;
    if (d.t === 'bad') {
      this.note(field, 'error', 'date-field-unreadable', { field, text: cellText(v) });
      return null;
    }
    return d;
  }

  private phoneIssues(read: PhoneRead, v: unknown, field: 'phone' | 'linkedPhone'): void {
    if (!read.ok)
      this.note(field, 'error', read.masked ? 'phone-masked' : 'phone-invalid', { field, text: cellText(v) });
    else if (read.multiple) this.note(field, 'note', 'phone-multiple', { field, text: cellText(v), phone: read.phone });
    else if (read.local) this.note(field, 'note', 'phone-local', { field, text: cellText(v) });
  }

  /**
   * A yes/no column (issue 12 point 7): yes only for a recognised yes word; blank and no words are
   * no; anything else is no and a line on 问题. null only when the sheet keeps no such column.
   */
  private yesNo(c: number, field: FieldName): boolean | null {
    if (c < 0) return null;
    const v = this.cell(c, field);
    const b = readBool(v);
    if (b === undefined) {
      // A date written in a signature column is quoted as the day the sheet shows.
      const text = v instanceof Date && !Number.isNaN(v.getTime()) ? isoOfDay(this.ctx.cellDate(v).day) : cellText(v);
      this.note(field, 'note', 'bool-unknown', { field, text });
    }
    return b === true;
  }

  private number(c: number, field: FieldName, read: (v: unknown) => number | null | undefined): number | null {
    if (c < 0) return null;
    const v = this.cell(c, field);
    const n = read(v);
    if (n !== undefined) return n;
    this.note(field, 'error', 'value-unreadable', { field, text: cellText(v) });
    return null;
  }

  /**
   * The row's kind (issue 12 point 12); `brought` when the cell says 老带新; `how` when the cell
   * says how the customer came rather than what happened (渠道, 外展, or a word not known): the
   * row's 来源 when it has none, so source rules (marketing-center R5 外展) still see it.
   */
  private kindOf(c: number, channel: string | null): Kind & { readonly brought?: true; readonly how?: string } {
    const fallback = this.from === 'filing' && channel !== null ? REPORT : this.defaultKind;
    const text = readText(this.cell(c, 'kind'));
    if (text === null) return fallback;
    let k = this.kindCache.get(text);
    if (k === undefined) {
      k = readKind(text);
      this.kindCache.set(text, k);
    }
    if (k === null) {
      this.note('kind', 'note', 'kind-unknown', { text, kind: fallback.kind });
      return { ...fallback, how: text };
    }
    if (k.kind === null) {
      // 未到访 / 爽约 on a visit register: a contact on record, never a visit (read as a follow-up).
      if (k.notVisit === true && fallback.kind === 'visit') {
        this.note('kind', 'note', 'kind-not-visit', { text });
        return FOLLOWUP;
      }
      if (k.notVisit === true) return fallback;
      // 渠道, 外展, 中介 …: how the customer came, on a sheet that says what happened.
      return { ...fallback, how: text };
    }
    return k as Kind & { readonly brought?: true };
  }

  /** The first pass over one row: 'skip' for non-records, null for a data row with no event. */
  private readRow(): Draft | 'skip' | null {
    const col = this.col;
    const row = this.row;

    // Date first: a row without a readable date is no event.
    const rawDate = col.date < 0 ? '' : row[col.date];
    const date = isErrorCell(rawDate) ? null : this.readDateCell(rawDate);
    if (date === null || date.t === 'bad') {
      if (this.notARecord()) return 'skip';
      if (isErrorCell(rawDate) || date !== null)
        this.note('date', 'error', 'date-unreadable', { text: cellText(rawDate) });
      else this.note('date', 'error', 'date-blank');
      return null;
    }

    // The customer: common/ID-VALID needs a phone or a name to carry anything.
    let name = readName(this.cell(col.name, 'name'));
    const phoneCell = this.cell(col.phone, 'phone');
    const phoneRead = readPhone(phoneCell);
    let phone = phoneRead?.ok ? phoneRead.phone : null;
    if (phoneRead === null && name !== null) {
      const found = mobileInText(name);
      if (found) {
        this.note('phone', 'note', 'phone-from-name', { text: name });
        phone = found.phone;
        name = found.rest === '' ? null : found.rest;
      }
    }
    if (name === null && phone === null) {
      if (phoneRead === null && this.notARecord()) return 'skip';
      if (phoneRead !== null) this.phoneIssues(phoneRead, phoneCell, 'phone');
      this.note('customer', 'error', 'no-customer');
      return null;
    }
    if (phoneRead !== null) this.phoneIssues(phoneRead, phoneCell, 'phone');

    let minute = date.minute;
    if (col.time >= 0) {
      const tv = this.cell(col.time, 'time');
      const t = readTime(tv, this.ctx.cellDate);
      if (t === undefined) this.note('time', 'error', 'time-unreadable', { text: cellText(tv) });
      else if (t !== null) minute = t;
    }

    const channel = readText(this.cell(col.channel, 'channel'));
    const kind = this.kindOf(col.kind, channel);

    let extra: Extra[] | null = null;
    if (this.from === 'register') {
      const deposit = this.optionalDate(col.depositDate, 'depositDate');
      if (deposit) (extra ??= []).push({ read: deposit, kind: this.depositKind });
      const deal = this.optionalDate(col.dealDate, 'dealDate');
      if (deal) (extra ??= []).push({ read: deal, kind: this.dealKind });
    }

    let referrer = readReferrer(this.cell(col.referrer, 'referrer'));
    let accompanied = false;
    if (col.accompanied >= 0) {
      const v = this.cell(col.accompanied, 'accompanied');
      const b = readBool(v);
      if (b === undefined) {
        // 带客人: the cell names the old customer who came along.
        accompanied = true;
        referrer ??= readReferrer(v);
      } else accompanied = b === true;
    }
    // 老带新: the old customer brought the new one (case-field R9 "came along"). With no referrer
    // written, nobody can be credited: the row stays a plain visit and the manager is asked.
    if (kind.brought === true) {
      accompanied = true;
      if (referrer === null)
        this.note('referrer', 'note', 'referral-no-referrer', { text: readText(this.cell(col.kind, 'kind')) ?? '' });
    }

    let linkedPhone: string | null = null;
    if (col.linkedPhone >= 0) {
      const v = this.cell(col.linkedPhone, 'linkedPhone');
      const linked = readPhone(v);
      if (linked !== null) {
        this.phoneIssues(linked, v, 'linkedPhone');
        if (linked.ok) linkedPhone = linked.phone;
      }
    }

    const event: Mutable<EventRecord> = {
      ref: { sheet: this.sheet, row: this.sheetRow },
      from: this.from,
      kind: kind.kind,
      stage: kind.stage,
      day: date.t === 'day' ? date.day : 0,
      minute,
      enteredDay: null,
      name,
      phone,
      agent: this.agent(col.agent, 'agent'),
      designated: this.agent(col.designated, 'designated'),
      referrer,
      accompanied,
      relation: readText(this.cell(col.relation, 'relation')),
      linkedPhone,
      brief: this.yesNo(col.brief, 'brief') === true,
      site: readText(this.cell(col.site, 'site')),
      amount: this.number(col.amount, 'amount', readAmount),
      source: readText(this.cell(col.source, 'source')) ?? kind.how ?? null,
      channel,
      broker: readName(this.cell(col.broker, 'broker')),
      judgedDay: null,
      confirmed: this.yesNo(col.confirmed, 'confirmed'),
      unit: readText(this.cell(col.unit, 'unit')),
      area: this.number(col.area, 'area', readArea),
      price: this.number(col.price, 'price', readAmount),
      discountPrice: this.number(col.discountPrice, 'discountPrice', readAmount),
      totalPrice: this.number(col.totalPrice, 'totalPrice', readAmount),
      signedByCustomer: this.yesNo(col.signedByCustomer, 'signedByCustomer'),
      approvedByDeveloper: this.yesNo(col.approvedByDeveloper, 'approvedByDeveloper'),
      approvedByAgency: this.yesNo(col.approvedByAgency, 'approvedByAgency'),
    };
    // 是否首次: informational elsewhere; brokerage-viewing R2 reads a 否 (decide/D10). No 问题 line.
    if (col.first >= 0) event.first = readBool(this.cell(col.first, 'first')) ?? null;
    return {
      event,
      date,
      rawDate,
      entered: this.optionalDate(col.entered, 'entered'),
      judged: this.optionalDate(col.judged, 'judged'),
      extra,
    };
  }

  /** Second pass: years for month-days, deal-column events, duplicates, weak rows. */
  private finish(drafts: readonly Draft[], partial: boolean): EventRecord[] {
    // decide/D13: a row's own entry stamp (录入时间, a full date) is the second place a year comes from.
    const days = partial
      ? resolveYears(
          drafts.map((d) => d.date),
          this.ctx.fallback,
          drafts.map((d) => (d.entered?.t === 'day' ? d.entered.day : null)),
          latestOther(drafts),
        )
      : null;
    const events: EventRecord[] = [];
    const { sheet, from } = this;
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i] as Draft;
      const event = d.event;
      const row = event.ref.row;
      if (d.date.t === 'partial') {
        const year = days?.[i] ?? null;
        if (year === null) {
          this.issues.push(
            makeIssue(sheet, row, 'date', 'error', 'year-unknown', { text: cellText(d.rawDate) }, [YEAR_RULE]),
          );
          continue;
        }
        event.day = year.day;
        this.issues.push(
          makeIssue(
            sheet,
            row,
            'date',
            'note',
            'year-inferred',
            { text: cellText(d.rawDate), date: isoOfDay(year.day), basis: year.basis ?? 'sheet' },
            [YEAR_RULE],
          ),
        );
      }
      const day = event.day;
      // Other dates of the row without a year take the one closest to the row's own date.
      const dayOf = (read: GoodDate): Day | null =>
        read.t === 'day' ? read.day : nearestYear(read.month, read.date, [day]);
      if (d.entered) event.enteredDay = dayOf(d.entered);
      if (d.judged) event.judgedDay = dayOf(d.judged);

      const key = `${from}\u0001${day}\u0001${event.phone ?? ''}\u0001${event.agent ?? ''}\u0001${event.kind}\u0001${event.name ?? ''}`;
      // A deal row's copies are decide/D23's, which also compares the time, amount and 房号: two
      // same-day deals of two units are not "the same row", and a real copy is listed once.
      const first = event.stage === null ? this.ctx.seen.get(key) : undefined;
      if (first) {
        const code = first.sheet === sheet ? 'duplicate-row' : 'duplicate-row-other';
        this.issues.push(makeIssue(sheet, row, 'sheet', 'note', code, { sheet: first.sheet, row: first.row }));
      } else if (event.stage === null) this.ctx.seen.set(key, event.ref);

      events.push(event);
      if (d.extra === null) continue;
      // rulebook §2.1: a deal kept in a column of the visit row is a visit plus a deal that day.
      for (const x of d.extra) {
        const xDay = dayOf(x.read);
        if (xDay === null || (x.kind.kind === event.kind && xDay === day)) continue;
        events.push({ ...event, kind: x.kind.kind, stage: x.kind.stage, day: xDay, minute: x.read.minute });
      }
    }
    return events;
  }
}

/** decide/D13: the latest full date in a sheet's other date columns (录入时间, 判定日期, 成交日期 …). */
function latestOther(drafts: readonly Draft[]): Day | null {
  let latest: Day | null = null;
  const see = (r: GoodDate | null): void => {
    if (r?.t === 'day' && (latest === null || r.day > latest)) latest = r.day;
  };
  for (const d of drafts) {
    see(d.entered);
    see(d.judged);
    if (d.extra) for (const x of d.extra) see(x.read);
  }
  return latest;
}

function readReferrer(v: unknown): string | null {
  const p = readPhone(v);
  if (p?.ok) return p.phone;
  return readName(v);
}

/**
 * decide/D22: the rows of a deal sheet kept apart from the visit register (成交登记, 认购明细, or a
 * sheet dated by 成交日期 / 认购日期) are deals or deposits unless their 类型 says otherwise.
 */
function registerKind(sheet: string, dateKey: string): Kind | null {
  const m = DEAL_SHEET_NAME.exec(sheet);
  const word = m
    ? m[1]
    : /成交|签约|全款|回款/.test(dateKey)
      ? dateKey
      : /认购|定金|下定|交定/.test(dateKey)
        ? dateKey
        : null;
  if (word === null) return null;
  if (/回款/.test(word)) return PAYMENT_ROW;
  if (word.includes('全款')) return FULL;
  if (word.includes('认购')) return SUBSCRIPTION;
  if (/定金|下定|交定/.test(word)) return DEPOSIT;
  return DEAL;
}
