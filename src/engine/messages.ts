// Every sentence the engine writes, in both languages, in one place. A reason names the agent,
// the dates and the evidence rows as the manager sees them (sheet name, 1-based row).
import { CATEGORY_IN_SENTENCE } from '../vocab/categories';
import { EVENT_FIRST_VERBS, EVENT_VERBS } from '../vocab/events';
import { POOL_IN_SENTENCE } from '../vocab/owners';
import { isoOfDay } from './calendar';
import type { Day, InputIssue, Owner, Reason, SourceRef } from './types';

export interface Text {
  readonly zh: string;
  readonly en: string;
}

const t = (zh: string, en: string): Text => ({ zh, en });

// Sentences are built when they are read, in the language read. The engine writes a reason for
// every row and customer, and most are read once, by the writer, in one language: a million
// rows' reasons built eagerly as strings in both would outweigh the rest of the result.

/** A message maker takes at most four arguments (the type refuses a fifth). */
type Make = (a: never, b: never, c: never, d: never) => Text;

/** A message with its arguments, made into text on each reading (nothing is cached). The
 *  arguments are fields rather than an array: a row's reason holds a few of these for good. */
class Deferred implements Text {
  constructor(
    private readonly make: Make,
    private readonly a: unknown,
    private readonly b: unknown,
    private readonly c: unknown,
    private readonly d: unknown,
  ) {}
  private read(): Text {
    return (this.make as (...x: unknown[]) => Text)(this.a, this.b, this.c, this.d);
  }
  get zh(): string {
    return this.read().zh;
  }
  get en(): string {
    return this.read().en;
  }
}

/** A reason: rule ids, and sentences read as one, joined with the language's own separator. */
class Because implements Reason {
  /** One sentence is kept as itself, not as a list of one: most rows have one, and keep it. */
  private readonly parts: Text | readonly Text[];
  constructor(
    readonly rules: readonly string[],
    parts: readonly Text[],
  ) {
    this.parts = parts.length === 1 ? parts[0] : parts;
  }
  get zh(): string {
    const p = this.parts;
    return isList(p) ? p.map((x) => x.zh).join('；') : p.zh;
  }
  get en(): string {
    const p = this.parts;
    return isList(p) ? p.map((x) => x.en).join('; ') : p.en;
  }
}

const isList = (p: Text | readonly Text[]): p is readonly Text[] => Array.isArray(p);

/** A reason from a rule list already made by ruleList. */
export const because = (rules: readonly string[], parts: readonly Text[]): Reason => new Because(rules, parts);

export function reason(rules: readonly string[], parts: readonly Text[]): Reason {
  return new Because(ruleList(rules), parts);
}

// Distinct rule lists, shared by every row and change citing the same rules (a bounded set:
// rule ids are the policy's, and a row cites a handful). Each list cites a rule once.
const RULE_LISTS = new Map<string, readonly string[]>();

export function ruleList(rules: readonly string[]): readonly string[] {
  const key = rules.join('\u0000');
  let list = RULE_LISTS.get(key);
  if (!list) {
    list = [...new Set(rules)];
    if (RULE_LISTS.size < 10_000) RULE_LISTS.set(key, list);
  }
  return list;
}

export const d = (day: Day): string => isoOfDay(day);

/** A fraction as the percent a manager writes (0.03 -> 3%, 0.015 -> 1.5%). */
const percent = (rate: number): string => `${Math.round(rate * 10000) / 100}%`;
/** Minutes as a manager says them: 720 -> 12 小时 / 12 hours, 90 -> 90 分钟. */
const spanZh = (minutes: number): string => (minutes % 60 === 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`);
const spanEn = (minutes: number): string =>
  minutes % 60 === 0 ? `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}` : `${minutes} minutes`;

const az = (ref: SourceRef): string => `(${ref.sheet} 第${ref.row}行)`;
const ae = (ref: SourceRef): string => `(${ref.sheet} row ${ref.row})`;
export const at = (ref: SourceRef): Text => t(az(ref), ae(ref));
// A day and the row that shows it, the commonest pair in a reason.
const dz = (day: Day, ref: SourceRef): string => `${d(day)} ${az(ref)}`;
const de = (day: Day, ref: SourceRef): string => `${d(day)} ${ae(ref)}`;

// A day with the minute the row gives, and its row (a same-day call-back, rulebook §4).
const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const clock = (day: Day, minute: number | null): string => `${d(day)}${minute !== null ? ` ${hhmm(minute)}` : ''}`;

/** The row a report was judged against (channel-confirm R2): its day, agent and row. */
interface Seen {
  readonly day: Day;
  readonly agent: string | null;
  readonly ref: SourceRef;
}

const confirmAfterFirst = t('甲方确认晚于首次来访', 'the confirmation came after the first visit');

export function ownerName(owner: Owner): Text {
  if (owner.kind === 'pool' || owner.name === null) return POOL_IN_SENTENCE;
  return t(owner.name, owner.name);
}

/** What an agent did, in the words of src/vocab/events.ts; kinds arrive as the rows' strings. */
const KIND: Readonly<Record<string, Text>> = EVENT_VERBS;
const FIRST: Readonly<Record<string, Text>> = EVENT_FIRST_VERBS;

export const did = (who: string | null, kind: string, day: Day, ref: SourceRef): Text => {
  const k = KIND[kind] ?? t(kind, kind);
  const w = who ?? '';
  return t(`${w}${w ? ' ' : ''}${k.zh} ${dz(day, ref)}`, `${w || 'walk-in'} ${k.en} on ${de(day, ref)}`);
};

const MESSAGES = {
  did,
  firstContact: (who: string, kind: string, day: Day, ref: SourceRef): Text => {
    const k = FIRST[kind] ?? KIND[kind] ?? t(kind, kind);
    return t(`${who} ${k.zh} ${dz(day, ref)}`, `${who} ${k.en} on ${de(day, ref)}`);
  },
  designated: (who: string, day: Day, ref: SourceRef) =>
    t(`客户指定 ${who} ${dz(day, ref)}`, `the customer named ${who} on ${de(day, ref)}`),
  referred: (who: string, referrer: string, day: Day, ref: SourceRef) =>
    t(
      `由 ${referrer} 介绍，归其顾问 ${who} ${dz(day, ref)}`,
      `referred by ${referrer}, whose agent is ${who}, on ${de(day, ref)}`,
    ),
  cameAlong: (who: string, referrer: string, day: Day, ref: SourceRef) =>
    t(
      `老客户 ${referrer} 陪同到访，归其顾问 ${who} ${dz(day, ref)}`,
      `old customer ${referrer} came along; their agent ${who} owns, ${de(day, ref)}`,
    ),
  referralNotCounted: (referrer: string) =>
    t(
      `介绍人 ${referrer} 未陪同或不在首行，不计归属`,
      `referrer ${referrer} neither came along nor stood on the first row: no claim`,
    ),
  latest: (day: Day, ref: SourceRef) => t(`最近跟进 ${dz(day, ref)}`, `latest contact ${de(day, ref)}`),
  through: (day: Day) => t(`保护至 ${d(day)}`, `protected through ${d(day)}`),
  noExpiry: t('无保护期限', 'no expiry'),
  lapsed: (through: Day) => t(`保护已于 ${d(through + 1)} 失效`, `protection lapsed on ${d(through + 1)}`),
  toPool: t(`回${POOL_IN_SENTENCE.zh}`, `back to ${POOL_IN_SENTENCE.en}`),
  toCompany: (label: string) => t(`转 ${label} 重新分配`, `to ${label} for reassignment`),
  reportPending: (who: string, day: Day, ref: SourceRef, due: Day) =>
    t(
      `${who} 报备 ${dz(day, ref)}，须于 ${d(due)} 前到访`,
      `${who} reported on ${de(day, ref)}; visit due by ${d(due)}`,
    ),
  reportLapsed: (due: Day) => t(`报备未按期到访，${d(due)} 后失效`, `report lapsed after ${d(due)} without a visit`),
  reportVisited: (who: string, day: Day, ref: SourceRef) =>
    t(`报备客户到访 ${dz(day, ref)}，归 ${who}`, `reported customer visited on ${de(day, ref)}; belongs to ${who}`),
  walkInCounts: t('自行到访，计为报备人到访', 'a walk-in, counted as the reporter’s visit'),
  unconfirmed: t('带客确认单未签字，待生效', 'the confirmation slip is not signed yet'),
  filed: (who: string, day: Day, ref: SourceRef) => t(`${who} 备案 ${dz(day, ref)}`, `${who} filed on ${de(day, ref)}`),
  filingRejected: (who: string, owner: string, ref: SourceRef) =>
    t(
      `${who} 的备案 ${az(ref)} 不予受理：客户已归 ${owner}`,
      `${who}'s filing ${ae(ref)} rejected: the customer belongs to ${owner}`,
    ),
  householdCut: (who: string, owner: string, ref: SourceRef) =>
    t(
      `${who} 报备 ${az(ref)} 为切客：同一家庭已归 ${owner}`,
      `${who}'s report ${ae(ref)} is 切客: the household belongs to ${owner}`,
    ),
  // The policy's own lead (channel-confirm R1: 720 minutes, 提前半天), never a fixed word.
  leadTooShort: (ref: SourceRef, minutes: number) =>
    t(
      `报备 ${az(ref)} 距到访不足 ${spanZh(minutes)}，无效`,
      `report ${ae(ref)} was less than ${spanEn(minutes)} before the visit: void`,
    ),
  dutyHelp: (who: string, owner: string, day: Day, ref: SourceRef) =>
    t(
      `${who} ${d(day)} 代为接待 ${az(ref)}，属义务帮忙，归属仍为 ${owner}`,
      `${who} helped on ${de(day, ref)} (duty help); owner stays ${owner}`,
    ),
  forbidden: (who: string, owner: string, day: Day, ref: SourceRef) =>
    t(
      `${who} ${d(day)} 接触 ${az(ref)} 违反保护，归属仍为 ${owner}`,
      `${who} contacted the customer on ${de(day, ref)} against ${owner}'s protection`,
    ),
  takeover: (who: string, from: string, day: Day, ref: SourceRef) =>
    t(
      `${who} ${d(day)} 接待 ${az(ref)}，${from} 未认出，改归 ${who}`,
      `${who} received the customer on ${de(day, ref)}; ${from} did not; now ${who}'s`,
    ),
  offDayShare: (owner: string, who: string, day: Day, days: number) =>
    t(
      `${owner} ${d(day)} 休息且 ${days} 日内有跟进，与 ${who} 共享`,
      `${owner} was off on ${d(day)} with a follow-up in the ${days} days before: shared with ${who}`,
    ),
  sameDaySites: (a: string, b: string, day: Day) =>
    t(
      `${a}、${b} ${d(day)} 分别在不同案场接待，分单`,
      `${a} and ${b} received the customer at different sites on ${d(day)}: split`,
    ),
  sameDay: (a: string, b: string, day: Day) =>
    t(
      `${a}、${b} 同日 ${d(day)} 接待，登记无法分先后，待裁决`,
      `${a} and ${b} both received the customer on ${d(day)} and the register cannot order them: ruling needed`,
    ),
  callbackDue: (owner: string, due: Day) => t(`${owner} 须于 ${d(due)} 前回访`, `${owner} must call back by ${d(due)}`),
  callbackMissed: (owner: string, due: Day) =>
    t(`${owner} 未在 ${d(due)} 前回访`, `${owner} did not call back by ${d(due)}`),
  forfeited: (owner: string, due: Day, ref: SourceRef, label: string) =>
    t(
      `${owner} 未在 ${d(due)} 前回访 ${az(ref)}，客户已于 ${d(due + 1)} 交 ${label} 另行安排`,
      `${owner} did not call back by ${d(due)} after the reception ${ae(ref)}; the customer went to ${label} for reassignment on ${d(due + 1)}`,
    ),
  forfeitedContact: t('其本人此后的联系不恢复归属', 'their own later contacts do not give it back'),
  forfeitedDeal: (closer: string) =>
    t(`成交计入 ${closer}，列入冲突待经理裁决`, `credited to ${closer}, listed on Conflicts for the manager to rule`),
  firstFollowupMissed: (due: Day) => t(`首次回访应于 ${d(due)} 前完成`, `first call-back was due by ${d(due)}`),
  callToManager: (day: Day, ref: SourceRef, label: string) =>
    t(`来电客户 ${dz(day, ref)}，待${label}分配`, `a call customer (${de(day, ref)}) awaiting ${label}'s assignment`),
  walkInTo: (label: string, day: Day, ref: SourceRef) =>
    t(`无顾问自行到访 ${dz(day, ref)}，归${label}`, `walk-in with no agent on ${de(day, ref)}: belongs to ${label}`),
  noClaim: (kind: string, day: Day, ref: SourceRef) =>
    t(
      `${KIND[kind]?.zh ?? kind} ${dz(day, ref)} 不产生归属`,
      `${KIND[kind]?.en ?? kind} on ${de(day, ref)} gives no claim`,
    ),
  unregistered: t('未备案，不受保护', 'not filed: no protection'),
  lapsedFiling: t('曾备案，但保护已失效', 'filed before, but the protection has lapsed'),
  weak: (ref: SourceRef) =>
    t(
      `${az(ref)} 信息不全（缺电话或姓名），不产生也不阻挡归属`,
      `${ae(ref)} lacks a phone or name: it neither makes nor blocks a claim`,
    ),
  departed: (who: string, day: Day, label: string) =>
    t(
      `${who} ${d(day)} 离职，客户转 ${label} 重新分配`,
      `${who} left on ${d(day)}; customer to ${label} for reassignment`,
    ),
  ruling: (who: string, day: Day, ref: SourceRef, why: string | null) =>
    t(
      `裁决 ${dz(day, ref)} 归 ${who}${why ? `（${why}）` : ''}`,
      `ruling on ${de(day, ref)} gives the customer to ${who}${why ? ` (${why})` : ''}`,
    ),
  standIn: (who: string, day: Day, ref: SourceRef) =>
    t(
      `裁决 ${dz(day, ref)} 指定 ${who} 代为接待，归属不变`,
      `ruling on ${de(day, ref)} designates ${who} to receive; owner unchanged`,
    ),
  dealOwn: (who: string, day: Day, ref: SourceRef) =>
    t(`${who} 成交 ${dz(day, ref)}`, `${who} closed on ${de(day, ref)}`),
  dealByOther: (closer: string, owner: string, day: Day, ref: SourceRef) =>
    t(
      `${closer} ${d(day)} 成交 ${az(ref)}，客户归属 ${owner}`,
      `${closer} closed on ${de(day, ref)}; the customer was ${owner}'s`,
    ),
  channelDeal: (agent: string, channel: string, day: Day, ref: SourceRef) =>
    t(
      `渠道客户（${channel}）成交 ${dz(day, ref)}，业绩与佣金归接待顾问 ${agent}`,
      `a channel customer (${channel}) closed on ${de(day, ref)}; performance and commission to the receiving agent ${agent}`,
    ),
  filerOrder: (who: string, day: Day, ref: SourceRef) =>
    t(
      `${who} 备案保护失效后回款 ${dz(day, ref)}，重新正合作`,
      `${who}'s order payment on ${de(day, ref)} after the filing's protection lapsed: ordering again`,
    ),
  stageOf: (first: SourceRef) =>
    t(`同一笔成交的后续阶段，分成沿用 ${az(first)}`, `a later stage of the purchase at ${ae(first)}; same split`),
  // The source as the row wrote it (deal-attribution R7: the policy's 开发商关系 / 建筑商 words).
  team: (label: string, ref: SourceRef, source: string) =>
    t(
      `经${source}首访即成交 ${az(ref)}，业绩归${label}`,
      `first visit through ${source} closed on the spot ${ae(ref)}: credit to ${label}`,
    ),
  lateEvidence: (owner: string, deadline: Day) =>
    t(
      `${owner} 的登记录入晚于 ${d(deadline)}，不作为证据`,
      `${owner}'s rows were entered after ${d(deadline)} and do not count`,
    ),
  proofInTime: (owner: string, deadline: Day) =>
    t(
      `登记证明 ${owner} 为首接，异议截止 ${d(deadline)}`,
      `the register proves ${owner} received first; objections by ${d(deadline)}`,
    ),
  owed: (agent: string, amount: number, rate: number) =>
    t(
      `带看保护期内他处成交，应付 ${agent} ${amount} 元（${percent(rate)}）`,
      `closed elsewhere within the viewing's protection: ${amount} owed, credited to ${agent} (${percent(rate)})`,
    ),
  nothingOwed: t('无有效带看保护，无应付', 'no viewing protection in force: nothing owed'),
  elsewhere: (source: string, day: Day, ref: SourceRef) =>
    t(`经${source}成交 ${dz(day, ref)}`, `closed through ${source} on ${de(day, ref)}`),
  category: (direct: boolean, why: Text) =>
    t(
      `${CATEGORY_IN_SENTENCE[direct ? 'direct' : 'agency'].zh}：${why.zh}`,
      `${CATEGORY_IN_SENTENCE[direct ? 'direct' : 'agency'].en}: ${why.en}`,
    ),
  bookingConflict: (booked: string, closer: string) =>
    t(
      `客户曾电话预约 ${booked}，应由其接待；${closer} 首次成交`,
      `the customer had booked with ${booked} by phone; ${closer} made the first deal`,
    ),
  future: t('晚于计算日，未计入', 'after the as-of day; not counted'),
  duplicateDeal: (of: SourceRef) =>
    t(`与 ${az(of)} 重复的成交记录，只计一次`, `repeats the deal row ${ae(of)}; counted once`),
  weakDeal: (credit: string, day: Day, ref: SourceRef) =>
    t(
      `${credit} 成交 ${dz(day, ref)}，记录信息不全，先计入 ${credit}，待核实`,
      `${credit} closed on ${de(day, ref)}; the row is incomplete, so it counts for ${credit} until it is checked`,
    ),
  weakDealIssue: (missing: 'phone' | 'name', credit: string, rule: string) =>
    t(
      `成交记录缺${missing === 'phone' ? '电话' : '客户姓名'}：已计入 ${credit}，待核实；请补录或裁决（${rule}，decide/D22）`,
      `a deal row without the customer's ${missing}: counted for ${credit}, to be checked; add it or rule (${rule}, decide/D22)`,
    ),
  weakDealCheck: (missing: 'phone' | 'name', namesakes: readonly SourceRef[]) =>
    t(
      `请补录客户${missing === 'phone' ? '电话' : '姓名'}或裁决${namesakes.length ? `；同名客户见 ${namesakes.map(az).join('、')}` : ''}`,
      `add the customer's ${missing} or rule on it${namesakes.length ? `; customers of that name: ${namesakes.map(ae).join(', ')}` : ''}`,
    ),
  pendingVisit: (owner: string, due: Day) =>
    t(`${owner} 报备待到访，须于 ${d(due)} 前`, `${owner}'s report awaits a visit by ${d(due)}`),
  shares: (performance: string, commission: string) =>
    t(`业绩 ${performance}，佣金 ${commission}`, `performance ${performance}, commission ${commission}`),
  ownedBy: (owner: string) => t(`归属 ${owner}`, `belongs to ${owner}`),
  dealShares: (performance: string, commission: string) =>
    t(`业绩 ${performance}；佣金 ${commission}`, `performance ${performance}; commission ${commission}`),
  enteredText: (day: Day, entered: Day) =>
    t(`该行登记日期 ${d(day)}，录入于 ${d(entered)}`, `the row is dated ${d(day)} and was entered on ${d(entered)}`),
  weakNoName: (rule: string) =>
    t(
      `缺客户姓名：按规定不算有效登记，不产生也不阻挡归属（${rule}）`,
      `no customer name: not a valid record, it neither makes nor blocks a claim (${rule})`,
    ),
  weakNoPhone: (rule: string) =>
    t(
      `有姓名无电话：弱记录，不产生也不阻挡归属（${rule}）`,
      `a name without a phone: a weak record that neither makes nor blocks a claim (${rule})`,
    ),
  slipSigned: (slip: SourceRef, report: SourceRef) =>
    t(
      `带客确认单已补签 ${az(slip)}，报备 ${az(report)} 生效`,
      `the confirmation slip was signed ${ae(slip)}; the report ${ae(report)} takes effect`,
    ),
  filingEnteredFirst: (who: string, day: Day) =>
    t(`${who} 的备案 ${d(day)} 录入在先`, `${who}'s filing of ${d(day)} was entered first`),
  reportSeenBefore: (who: string, ref: SourceRef, last: Seen, days: number) =>
    t(
      `${who} 的报备 ${az(ref)} 不予受理：登记表 ${d(last.day)} 已有${last.agent ? ` ${last.agent} 的` : ''}来电来访 ${az(last.ref)}，未超过 ${days} 天`,
      `${who}'s report ${ae(ref)} rejected: the register shows a call or visit${last.agent ? ` by ${last.agent}` : ''} on ${d(last.day)} ${ae(last.ref)}, within ${days} days`,
    ),
  sameDayCallback: (owner: string, day: Day, minute: number | null, ref: SourceRef) =>
    t(
      `${owner} 同日回访 ${clock(day, minute)} ${az(ref)}，计为回访`,
      `${owner} contacted the customer the same day ${clock(day, minute)} ${ae(ref)}: the call-back`,
    ),
  familyKept: (agent: string, day: Day, first: string) =>
    t(
      `家庭成员由 ${agent} 接待 ${d(day)}，其家人原由 ${first} 接待：按家庭规则判定，不受一个月限制`,
      `a household member received by ${agent} on ${d(day)}; ${first} received the family before: judged by the family rule, not the month`,
    ),
  familyDealKept: (closer: string, day: Day, first: string) =>
    t(
      `家庭成员由 ${closer} 接待并于 ${d(day)} 成交，其家人原由 ${first} 接待，接待时已查明：按家庭规则判定，不受一个月限制`,
      `a household member received by ${closer} closed on ${d(day)}; ${first} received the family before and the tie was known at the reception: judged by the family rule, not the month`,
    ),
  referrerUnmatched: (referrer: string) =>
    t(
      `介绍人「${referrer}」在登记中找不到唯一对应的客户，未计介绍归属`,
      `referrer "${referrer}" matches no single customer on the register; no referral credit`,
    ),
  owedNoAmount: t(
    '他处成交缺少成交金额，应付金额按 0 计，请补录',
    'a deal closed elsewhere has no amount; the sum owed is 0 until it is filled in',
  ),
  owedViewing: (privately: boolean, day: Day, ref: SourceRef) =>
    t(
      `${privately ? '保护期内最早' : '首次'}带看 ${dz(day, ref)}`,
      `${privately ? 'earliest viewing in the protection' : 'first viewing'} on ${de(day, ref)}`,
    ),
  noConfirm: t('无甲方确认', 'no developer confirmation on file'),
  confirmAfterFirst,
  confirmAfterFirstEntered: (entered: Text) =>
    t(`${confirmAfterFirst.zh}（${entered.zh}）`, `${confirmAfterFirst.en} (${entered.en})`),
  confirmCompletedLate: (entered: Text) =>
    t(`甲方确认在认购日后才补全（${entered.zh}）`, `the confirmation was completed after the deal day (${entered.en})`),
  confirmIncompleteIssue: (gaps: readonly Text[]) =>
    t(
      `甲方确认不完整：缺${gaps.map((g) => g.zh).join('、')}`,
      `the developer confirmation is incomplete: missing ${gaps.map((g) => g.en).join(', ')}`,
    ),
  confirmIncomplete: (gaps: readonly Text[]) =>
    t(
      `甲方确认不完整（缺${gaps.map((g) => g.zh).join('、')}）`,
      `the confirmation is incomplete (missing ${gaps.map((g) => g.en).join(', ')})`,
    ),
  confirmNameDiffers: (dealName: string, confirmName: string) =>
    t(
      `成交姓名 ${dealName} 与确认姓名 ${confirmName} 不符`,
      `deal name ${dealName} differs from the confirmation's ${confirmName}`,
    ),
  confirmComplete: t('甲方确认齐全且先于首次来访', 'complete confirmation on file before the first visit'),
  confirmCompletedBy: (declared: SourceRef, complete: SourceRef) =>
    t(
      `甲方确认先于首次来访 ${az(declared)}，由 ${az(complete)} 于认购日前补全`,
      `confirmation on file before the first visit ${ae(declared)}, completed by ${ae(complete)} by the deal day`,
    ),
  rulingUnmatched: (key: string) =>
    t(
      `裁决找不到唯一对应的客户「${key}」（同名客户请用电话），未执行`,
      `the ruling matches no single customer "${key}" (use the phone for shared names); not applied`,
    ),
  // 月结's flags (decide/D22, the policy's taken-count flag).
  unverifiedFlag: (unverified: number) => t(`其中 ${unverified} 笔成交待核实`, `${unverified} of the deals to verify`),
  takenFlag: (taken: number, threshold: number) =>
    t(
      `本月客户被抢或成交后争议 ${taken} 次（≥${threshold}）`,
      `customers taken or fought over ${taken} times this month (≥${threshold})`,
    ),
  /** 成交 17 笔，其中 1 笔待核实，另有 2 行重复登记，未重复计入 */
  tally: (deals: number, unverified: number, duplicates: number) => {
    const zh = [`成交 ${deals} 笔`];
    const en = [`Deals: ${deals}`];
    if (unverified) {
      zh.push(`其中 ${unverified} 笔待核实`);
      en.push(`${unverified} of them to verify`);
    }
    if (duplicates) {
      zh.push(`另有 ${duplicates} 行重复登记，未重复计入`);
      en.push(`${duplicates} repeated ${duplicates === 1 ? 'row' : 'rows'} not counted again`);
    }
    return t(zh.join('，'), en.join(', '));
  },
  t,
};

/** Every message, deferred: `M.latest(day, ref)` keeps its arguments until a reason is read. */
export const M = deferAll(MESSAGES);

function deferAll<T extends Record<string, Make | Text>>(messages: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(messages)) {
    out[name] =
      typeof m === 'function' ? (a: unknown, b: unknown, c: unknown, d: unknown) => new Deferred(m, a, b, c, d) : m;
  }
  return out as T;
}

/** A 问题 line raised by the engine: zh in `message`, the English twin under code `engine`. */
export function engineIssue(ref: SourceRef, field: string, level: InputIssue['level'], text: Text): InputIssue {
  return { sheet: ref.sheet, row: ref.row, field, level, message: text.zh, code: 'engine', params: { en: text.en } };
}
