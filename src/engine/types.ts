// The engine's data: plain, readonly, no Date objects (rulebook §3: calendar days).

/** Days since 1970-01-01 in the sheet's time zone. */
export type Day = number;
/** Minutes since midnight, when the row keeps a time. */
export type Minute = number;

/** Where a fact came from: the sheet's own name and 1-based row number (header row included). */
export interface SourceRef {
  readonly sheet: string;
  readonly row: number;
}

/** What a register or filing row records (rulebook §2.1 kind, §2.2 备案类型). */
export type EventKind =
  | 'visit' // 来访
  | 'call' // 来电
  | 'followup' // 跟进 / 回访
  | 'appointment' // 约访: a follow-up that books the customer for a day
  | 'viewing' // 带看
  | 'deposit' // 定金 / 认购
  | 'deal' // 成交 / 签约 / 全款
  | 'payment' // 回款 / 订单
  | 'report' // 报备 (report before visit)
  | 'filing' // 备案
  | 'confirm'; // 甲方确认 (developer's direct-customer confirmation)

/** Deal stages of one purchase, in order (rulebook §5). */
export type DealStage = 'deposit' | 'subscription' | 'contract' | 'full' | 'payment';

/** One register or filing row, parsed. Absent facts are null, never ''. */
export interface EventRecord {
  readonly ref: SourceRef;
  readonly from: 'register' | 'filing';
  readonly kind: EventKind;
  /** For deposit/deal/payment rows: which stage of a purchase (deal kinds only). */
  readonly stage: DealStage | null;
  readonly day: Day;
  readonly minute: Minute | null;
  /** Entry stamp or 录入时间 (rulebook §3); null means entered on its own date. */
  readonly enteredDay: Day | null;
  readonly name: string | null;
  /** Normalized: digits only, mainland mobiles without +86 (rulebook §2.1). */
  readonly phone: string | null;
  /** Agent's name; null for walk-ins with no agent (blank or 自行来访). */
  readonly agent: string | null;
  readonly designated: string | null;
  /** Referrer as written: a normalized phone when it parses as one, else a name. */
  readonly referrer: string | null;
  /** The row is marked as brought by the referrer in person (陪同 / 老客户带来). */
  readonly accompanied: boolean;
  readonly relation: string | null;
  readonly linkedPhone: string | null;
  readonly brief: boolean;
  /** 是否首次 / 首访 where the sheet keeps it: false when the row says it was not the first
   *  (brokerage-viewing R2, decide/D10); absent or null when not said. */
  readonly first?: boolean | null;
  readonly site: string | null;
  readonly amount: number | null;
  /** 来源 / 渠道 of a register row (开发商关系, 他司, 业主自行交易, 外展 …). */
  readonly source: string | null;
  /** Filing by a channel: the channel company and its broker. */
  readonly channel: string | null;
  readonly broker: string | null;
  /** channel-confirm R3: 判定日期 where the sheet keeps one. */
  readonly judgedDay: Day | null;
  /** channel-confirm R5: null when the sheet keeps no confirmation column. */
  readonly confirmed: boolean | null;
  /** developer-direct: the confirmation's particulars. */
  readonly unit: string | null;
  readonly area: number | null;
  readonly price: number | null;
  readonly discountPrice: number | null;
  readonly totalPrice: number | null;
  readonly signedByCustomer: boolean | null;
  readonly approvedByDeveloper: boolean | null;
  readonly approvedByAgency: boolean | null;
}

export type StaffStatus = 'active' | 'departed' | 'rest' | 'leave' | 'business';

/** One staff-sheet row (rulebook §2.3). */
export interface StaffRecord {
  readonly ref: SourceRef;
  readonly name: string;
  readonly status: StaffStatus;
  /** The day the status took effect; null = always. */
  readonly from: Day | null;
  /** Inclusive end day for rest/leave/business; null = that day only (or open-ended for departed). */
  readonly to: Day | null;
  readonly manager: boolean;
  readonly email: string | null;
  readonly team: string | null;
  readonly order: number | null;
}

/** One rulings-sheet row (rulebook §2.4). */
export interface RulingRecord {
  readonly ref: SourceRef;
  readonly day: Day;
  /** Phone (normalized) or name, as the manager wrote it. */
  readonly customerPhone: string | null;
  readonly customerName: string | null;
  readonly newOwner: string;
  readonly reason: string | null;
  readonly decidedBy: string | null;
}

/** An input problem, one line on 问题. */
export interface InputIssue {
  readonly sheet: string;
  readonly row: number | null;
  readonly field: string;
  readonly message: string;
  /** 'error': the row or cell was not used; 'weak': kept but cannot carry a claim; 'note'. */
  readonly level: 'error' | 'weak' | 'note';
  /** Message code and parameters, so a caller can render the issue in another language. */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Rule ids that decided what the reader did (a table-layer decision such as decide/D13). */
  readonly rules?: readonly string[];
}

export interface EngineInput {
  readonly events: readonly EventRecord[];
  readonly staff: readonly StaffRecord[];
  readonly rulings: readonly RulingRecord[];
  /** Issues found while reading; the engine adds its own and returns them all. */
  readonly issues: readonly InputIssue[];
}

// ---------- results (the JSON report's shapes, with days still as numbers) ----------

export type OwnerKind = 'agent' | 'pool' | 'company' | 'channel' | 'team';

export type Status =
  | 'unregistered'
  | 'pending-visit'
  | 'protected'
  | 'warning'
  | 'released'
  /** Seen, never owned: no agent on its rows, or weak rows only (decide/D24). */
  | 'unowned'
  | 'company'
  | 'closed'
  | 'disputed';

export const STATUSES: readonly Status[] = [
  'unregistered',
  'pending-visit',
  'protected',
  'warning',
  'released',
  'unowned',
  'company',
  'closed',
  'disputed',
];

export interface Owner {
  readonly kind: OwnerKind;
  /** Agent name, `<channel>/<broker>`, team or company label; null for the pool. */
  readonly name: string | null;
}

/** A share map: agent (or team/channel label) -> fraction; fractions sum to 1. */
export type Shares = Readonly<Record<string, number>>;

/** A reason: rule ids plus a message that renders in either language. */
export interface Reason {
  readonly rules: readonly string[];
  readonly zh: string;
  readonly en: string;
}

export interface CustomerResult {
  readonly id: string;
  readonly name: string | null;
  readonly phones: readonly string[];
  readonly owner: Owner;
  /** Further owners sharing the customer (first-contact R3, walk-in-desk R4). */
  readonly coOwners: readonly string[];
  readonly status: Status;
  /** The preset's own word for the status (daily-chem-filing's ①–⑥). */
  readonly statusLabel: { readonly zh: string; readonly en: string };
  readonly protectedThrough: Day | null;
  readonly category: 'direct' | 'agency' | null;
  readonly reason: Reason;
  readonly refs: readonly SourceRef[];
}

export interface RowResult {
  readonly ref: SourceRef;
  readonly customerId: string | null;
  readonly owner: Owner;
  readonly status: Status | null;
  readonly protectedThrough: Day | null;
  readonly reason: Reason;
  /** Set on deal rows: the index into `deals`. */
  readonly deal: number | null;
}

export interface DealResult {
  readonly ref: SourceRef;
  readonly day: Day;
  readonly customerId: string;
  readonly closer: string | null;
  readonly performance: Shares;
  readonly commission: Shares;
  readonly category: 'direct' | 'agency' | null;
  readonly owed: { readonly agent: string; readonly amount: number } | null;
  /** Later stages of one purchase point back at its first stage row (rulebook §5). */
  readonly purchaseOf: SourceRef | null;
  /** A weak deal row (no phone, or no name where the preset requires one): counted for its
   *  agent, awaiting the manager's check (decide/D22). */
  readonly unverified: boolean;
  readonly reason: Reason;
}

/** A deal row that repeats an earlier one (decide/D23): listed, never counted again. */
export interface DuplicateDeal {
  readonly ref: SourceRef;
  /** The row it repeats, the one counted. */
  readonly of: SourceRef;
  readonly customerId: string;
}

export type ConflictKind =
  | 'deal-by-other'
  | 'second-filing'
  | 'forbidden-contact'
  | 'report-rejected'
  | 'household-cut'
  | 'late-evidence'
  | 'late-proof'
  | 'same-day-claims'
  | 'callback-missed'
  | 'referral-unresolved'
  /** park-report: another agent brought a customer reported by someone else (decide/D16). */
  | 'reported-visit'
  /** decide/D22: a deal row the engine cannot tie to a customer, counted for its agent. */
  | 'unverified-deal';

export interface ConflictResult {
  readonly customerId: string;
  readonly ref: SourceRef;
  readonly day: Day;
  readonly kind: ConflictKind;
  /** Agents involved: the owner first, then the other party. */
  readonly parties: readonly string[];
  readonly reason: Reason;
  /** Objection deadline where a rule gives one (first-receptionist R4). */
  readonly deadline: Day | null;
}

export interface ChangeResult {
  readonly day: Day;
  readonly customerId: string;
  readonly from: Owner;
  readonly fromStatus: Status | null;
  readonly to: Owner;
  readonly toStatus: Status;
  readonly rules: readonly string[];
  readonly ref: SourceRef | null;
  /** The row that made the change was entered after its date: its entry day (decide/D12). */
  readonly entered?: Day;
}

export interface EngineResult {
  readonly asOf: Day;
  readonly preset: string;
  readonly customers: readonly CustomerResult[];
  readonly rows: readonly RowResult[];
  readonly deals: readonly DealResult[];
  readonly conflicts: readonly ConflictResult[];
  readonly changes: readonly ChangeResult[];
  readonly issues: readonly InputIssue[];
  /** Deal rows that repeat another (decide/D23), in sheet and row order. */
  readonly duplicates: readonly DuplicateDeal[];
}
