// Every sentence the engine writes, in both languages, in one place. A reason names the agent,
// the dates and the evidence rows as the manager sees them (sheet name, 1-based row).
import { isoOfDay } from './calendar';
import type { Day, InputIssue, Owner, Reason, SourceRef } from './types';

export interface Text {
  readonly zh: string;
  readonly en: string;
}

const t = (zh: string, en: string): Text => ({ zh, en });

export function join(parts: readonly Text[]): Text {
  if (parts.length === 1) return parts[0];
  let zh = '';
  let en = '';
  for (let i = 0; i < parts.length; i++) {
    zh += i ? `；${parts[i].zh}` : parts[i].zh;
    en += i ? `; ${parts[i].en}` : parts[i].en;
  }
  return { zh, en };
}

export function reason(rules: readonly string[], parts: readonly Text[]): Reason {
  return { rules: [...new Set(rules)], ...join(parts) };
}

export const d = (day: Day): string => isoOfDay(day);

const az = (ref: SourceRef): string => `(${ref.sheet} 第${ref.row}行)`;
const ae = (ref: SourceRef): string => `(${ref.sheet} row ${ref.row})`;
export const at = (ref: SourceRef): Text => t(az(ref), ae(ref));

export function ownerName(owner: Owner): Text {
  if (owner.kind === 'pool' || owner.name === null) return t('公海', 'the pool');
  return t(owner.name, owner.name);
}

const KIND: Record<string, Text> = {
  visit: t('接待', 'received'),
  call: t('接听来电', 'took the call'),
  followup: t('跟进', 'followed up'),
  appointment: t('约访', 'booked a visit'),
  viewing: t('带看', 'showed a unit'),
  deposit: t('收定金', 'took a deposit'),
  deal: t('成交', 'closed'),
  payment: t('回款', 'received an order payment'),
  report: t('报备', 'reported'),
  filing: t('备案', 'filed'),
  confirm: t('甲方确认', 'recorded a developer confirmation'),
};

export const did = (who: string | null, kind: string, day: Day, ref: SourceRef): Text => {
  const k = KIND[kind] ?? t(kind, kind);
  const w = who ?? '';
  return t(`${w}${w ? ' ' : ''}${k.zh} ${d(day)} ${az(ref)}`, `${w || 'walk-in'} ${k.en} on ${d(day)} ${ae(ref)}`);
};

export const M = {
  did,
  firstContact: (who: string, kind: string, day: Day, ref: SourceRef): Text => {
    const k = kind === 'visit' ? t('首次接待', 'first received') : kind === 'call' ? t('首次来电接听', 'first took the call') : KIND[kind] ?? t(kind, kind);
    return t(`${who} ${k.zh} ${d(day)} ${az(ref)}`, `${who} ${k.en} on ${d(day)} ${ae(ref)}`);
  },
  designated: (who: string, day: Day, ref: SourceRef) =>
    t(`客户指定 ${who} ${d(day)} ${az(ref)}`, `the customer named ${who} on ${d(day)} ${ae(ref)}`),
  referred: (who: string, referrer: string, day: Day, ref: SourceRef) =>
    t(`由 ${referrer} 介绍，归其顾问 ${who} ${d(day)} ${az(ref)}`, `referred by ${referrer}, whose agent is ${who}, on ${d(day)} ${ae(ref)}`),
  cameAlong: (who: string, referrer: string, day: Day, ref: SourceRef) =>
    t(`老客户 ${referrer} 陪同到访，归其顾问 ${who} ${d(day)} ${az(ref)}`, `old customer ${referrer} came along; their agent ${who} owns, ${d(day)} ${ae(ref)}`),
  referralNotCounted: (referrer: string) =>
    t(`介绍人 ${referrer} 未陪同或不在首行，不计归属`, `referrer ${referrer} neither came along nor stood on the first row: no claim`),
  latest: (day: Day, ref: SourceRef) => t(`最近跟进 ${d(day)} ${az(ref)}`, `latest contact ${d(day)} ${ae(ref)}`),
  through: (day: Day) => t(`保护至 ${d(day)}`, `protected through ${d(day)}`),
  noExpiry: t('无保护期限', 'no expiry'),
  lapsed: (through: Day) => t(`保护已于 ${d(through + 1)} 失效`, `protection lapsed on ${d(through + 1)}`),
  toPool: t('回公海', 'back to the pool'),
  toCompany: (label: string) => t(`转 ${label} 重新分配`, `to ${label} for reassignment`),
  reportPending: (who: string, day: Day, ref: SourceRef, due: Day) =>
    t(`${who} 报备 ${d(day)} ${az(ref)}，须于 ${d(due)} 前到访`, `${who} reported on ${d(day)} ${ae(ref)}; visit due by ${d(due)}`),
  reportLapsed: (due: Day) => t(`报备未按期到访，${d(due)} 后失效`, `report lapsed after ${d(due)} without a visit`),
  reportVisited: (who: string, day: Day, ref: SourceRef) =>
    t(`报备客户到访 ${d(day)} ${az(ref)}，归 ${who}`, `reported customer visited on ${d(day)} ${ae(ref)}; belongs to ${who}`),
  walkInCounts: t('自行到访，计为报备人到访', 'a walk-in, counted as the reporter’s visit'),
  unconfirmed: t('带客确认单未签字，待生效', 'the confirmation slip is not signed yet'),
  filed: (who: string, day: Day, ref: SourceRef) =>
    t(`${who} 备案 ${d(day)} ${az(ref)}`, `${who} filed on ${d(day)} ${ae(ref)}`),
  filingRejected: (who: string, owner: string, ref: SourceRef) =>
    t(`${who} 的备案 ${az(ref)} 不予受理：客户已归 ${owner}`, `${who}'s filing ${ae(ref)} rejected: the customer belongs to ${owner}`),
  householdCut: (who: string, owner: string, ref: SourceRef) =>
    t(`${who} 报备 ${az(ref)} 为切客：同一家庭已归 ${owner}`, `${who}'s report ${ae(ref)} is 切客: the household belongs to ${owner}`),
  leadTooShort: (ref: SourceRef) =>
    t(`报备 ${az(ref)} 距到访不足半天，无效`, `report ${ae(ref)} was less than half a day before the visit: void`),
  dutyHelp: (who: string, owner: string, day: Day, ref: SourceRef) =>
    t(`${who} ${d(day)} 代为接待 ${az(ref)}，属义务帮忙，归属仍为 ${owner}`, `${who} helped on ${d(day)} ${ae(ref)} (duty help); owner stays ${owner}`),
  forbidden: (who: string, owner: string, day: Day, ref: SourceRef) =>
    t(`${who} ${d(day)} 接触 ${az(ref)} 违反保护，归属仍为 ${owner}`, `${who} contacted the customer on ${d(day)} ${ae(ref)} against ${owner}'s protection`),
  takeover: (who: string, from: string, day: Day, ref: SourceRef) =>
    t(`${who} ${d(day)} 接待 ${az(ref)}，${from} 未认出，改归 ${who}`, `${who} received the customer on ${d(day)} ${ae(ref)}; ${from} did not; now ${who}'s`),
  offDayShare: (owner: string, who: string, day: Day) =>
    t(`${owner} ${d(day)} 休息且三日内有跟进，与 ${who} 共享`, `${owner} was off on ${d(day)} with a recent follow-up: shared with ${who}`),
  sameDaySites: (a: string, b: string, day: Day) =>
    t(`${a}、${b} ${d(day)} 分别在不同案场接待，分单`, `${a} and ${b} received the customer at different sites on ${d(day)}: split`),
  sameDay: (a: string, b: string, day: Day) =>
    t(`${a}、${b} 同日 ${d(day)} 接待，登记无法分先后，待裁决`, `${a} and ${b} both received the customer on ${d(day)} and the register cannot order them: ruling needed`),
  callbackDue: (owner: string, due: Day) => t(`${owner} 须于 ${d(due)} 前回访`, `${owner} must call back by ${d(due)}`),
  callbackMissed: (owner: string, due: Day) =>
    t(`${owner} 未在 ${d(due)} 前回访`, `${owner} did not call back by ${d(due)}`),
  firstFollowupMissed: (due: Day) => t(`首次回访应于 ${d(due)} 前完成`, `first call-back was due by ${d(due)}`),
  callToManager: (day: Day, ref: SourceRef, label: string) =>
    t(`来电客户 ${d(day)} ${az(ref)}，待${label}分配`, `a call customer (${d(day)} ${ae(ref)}) awaiting ${label}'s assignment`),
  walkInTo: (label: string, day: Day, ref: SourceRef) =>
    t(`无顾问自行到访 ${d(day)} ${az(ref)}，归${label}`, `walk-in with no agent on ${d(day)} ${ae(ref)}: belongs to ${label}`),
  noClaim: (kind: string, day: Day, ref: SourceRef) =>
    t(`${KIND[kind]?.zh ?? kind} ${d(day)} ${az(ref)} 不产生归属`, `${KIND[kind]?.en ?? kind} on ${d(day)} ${ae(ref)} gives no claim`),
  unregistered: t('未备案，不受保护', 'not filed: no protection'),
  lapsedFiling: t('曾备案，但保护已失效', 'filed before, but the protection has lapsed'),
  weak: (ref: SourceRef) => t(`${az(ref)} 信息不全（缺电话或姓名），不产生也不阻挡归属`, `${ae(ref)} lacks a phone or name: it neither makes nor blocks a claim`),
  departed: (who: string, day: Day, label: string) =>
    t(`${who} ${d(day)} 离职，客户转 ${label} 重新分配`, `${who} left on ${d(day)}; customer to ${label} for reassignment`),
  ruling: (who: string, day: Day, ref: SourceRef, why: string | null) =>
    t(`裁决 ${d(day)} ${az(ref)} 归 ${who}${why ? `（${why}）` : ''}`, `ruling on ${d(day)} ${ae(ref)} gives the customer to ${who}${why ? ` (${why})` : ''}`),
  standIn: (who: string, day: Day, ref: SourceRef) =>
    t(`裁决 ${d(day)} ${az(ref)} 指定 ${who} 代为接待，归属不变`, `ruling on ${d(day)} ${ae(ref)} designates ${who} to receive; owner unchanged`),
  dealOwn: (who: string, day: Day, ref: SourceRef) =>
    t(`${who} 成交 ${d(day)} ${az(ref)}`, `${who} closed on ${d(day)} ${ae(ref)}`),
  dealByOther: (closer: string, owner: string, day: Day, ref: SourceRef) =>
    t(`${closer} ${d(day)} 成交 ${az(ref)}，客户归属 ${owner}`, `${closer} closed on ${d(day)} ${ae(ref)}; the customer was ${owner}'s`),
  stageOf: (first: SourceRef) => t(`同一笔成交的后续阶段，分成沿用 ${az(first)}`, `a later stage of the purchase at ${ae(first)}; same split`),
  team: (label: string, ref: SourceRef) =>
    t(`开发商/建筑商关系首访即成交 ${az(ref)}，业绩归${label}`, `first visit through the developer or builder closed on the spot ${ae(ref)}: credit to ${label}`),
  lateEvidence: (owner: string, deadline: Day) =>
    t(`${owner} 的登记录入晚于 ${d(deadline)}，不作为证据`, `${owner}'s rows were entered after ${d(deadline)} and do not count`),
  proofInTime: (owner: string, deadline: Day) =>
    t(`登记证明 ${owner} 为首接，异议截止 ${d(deadline)}`, `the register proves ${owner} received first; objections by ${d(deadline)}`),
  owed: (agent: string, amount: number, rate: number) =>
    t(`带看保护期内他处成交，应付 ${agent} ${amount} 元（${rate * 100}%）`, `closed elsewhere within the viewing's protection: ${amount} owed, credited to ${agent} (${rate * 100}%)`),
  nothingOwed: t('无有效带看保护，无应付', 'no viewing protection in force: nothing owed'),
  elsewhere: (source: string, day: Day, ref: SourceRef) =>
    t(`经${source}成交 ${d(day)} ${az(ref)}`, `closed through ${source} on ${d(day)} ${ae(ref)}`),
  category: (direct: boolean, why: Text) =>
    t(`${direct ? '甲方直接客户' : '乙方客户'}：${why.zh}`, `${direct ? 'direct (developer’s own)' : 'agency'}: ${why.en}`),
  bookingConflict: (booked: string, closer: string) =>
    t(`客户曾电话预约 ${booked}，应由其接待；${closer} 首次成交`, `the customer had booked with ${booked} by phone; ${closer} made the first deal`),
  future: t('晚于计算日，未计入', 'after the as-of day; not counted'),
  pendingVisit: (owner: string, due: Day) => t(`${owner} 报备待到访，须于 ${d(due)} 前`, `${owner}'s report awaits a visit by ${d(due)}`),
  ownedBy: (owner: string) => t(`归属 ${owner}`, `belongs to ${owner}`),
  t,
};

/** A 问题 line raised by the engine: zh in `message`, the English twin under code `engine`. */
export function engineIssue(ref: SourceRef, field: string, level: InputIssue['level'], text: Text): InputIssue {
  return { sheet: ref.sheet, row: ref.row, field, level, message: text.zh, code: 'engine', params: { en: text.en } };
}
