// One schema for presets, --policy files and the add-on's settings (contract: "validated by the
// same zod schema"). zod/mini keeps the Apps Script bundle small.
import * as z from 'zod/mini';

export const PRESET_IDS = [
  'park-report',
  'reception-rotation',
  'case-field',
  'first-receptionist',
  'first-contact',
  'marketing-center',
  'deal-attribution',
  'walk-in-desk',
  'cross-customer',
  'dafang',
  'channel-confirm',
  'developer-direct',
  'brokerage-viewing',
  'daily-chem-filing',
  'tools-filing',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

// Simple predicates as custom checks: zod still validates every field and reports its path, and
// the Apps Script bundle carries no regex, integer, range or union schema code (docs/addon.md).
// Each check's message is a key of src/policy/messages.ts, which says what it expects in words.
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000;
const isFraction = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 1;
const ruleId = z.custom<string>((v) => typeof v === 'string' && /^[a-z-]+\/[A-Za-z0-9.-]+$/.test(v), 'ruleId');
const text = z.object({ zh: z.string(), en: z.string() });
const count = z.custom<number>(isCount, 'count');

export const durationSchema = z.object({
  days: z.optional(count),
  months: z.optional(count),
});

const kind = z.enum([
  'visit',
  'call',
  'followup',
  'appointment',
  'viewing',
  'deposit',
  'deal',
  'payment',
  'report',
  'filing',
  'confirm',
]);
const fraction = z.custom<number>(isFraction, 'fraction');

/** Who gets a share: the owner(s), the closer, all of them equally, the team label, or fixed
 *  fractions `{ owner, closer }` that sum to 1. */
export type ShareSpec = 'owner' | 'closer' | 'equal' | 'team' | { owner: number; closer: number };
const SHARE_WORDS: readonly unknown[] = ['owner', 'closer', 'equal', 'team'];
const shareSpec = z.custom<ShareSpec>((v) => {
  if (SHARE_WORDS.includes(v)) return true;
  if (v === null || typeof v !== 'object' || Object.keys(v).length !== 2) return false;
  const { owner, closer } = v as { owner?: unknown; closer?: unknown };
  return isFraction(owner) && isFraction(closer) && Math.abs((owner as number) + (closer as number) - 1) < 1e-9;
}, 'share');

/** Named conditions the deal rules may test; each is one small function in engine/rules/deals. */
export const DEAL_CONDITIONS = [
  'always',
  'standIn',
  'designatedAbsent',
  'familyDesignated',
  'familyRecognized',
  'familyLinkedFirst',
  'familyMember',
  'ownerOnlyBrief',
  'ownerOnlyCalls',
  'ownerBookedThatDay',
  'sameDayReception',
  'ownerOff',
  'closerFirstDay',
] as const;

const dealRule = z.object({
  when: z.enum(DEAL_CONDITIONS),
  performance: shareSpec,
  commission: shareSpec,
  rule: ruleId,
  /** Decisions (rulebook §10) cited beside the rule when it decides. */
  cites: z.optional(z.array(ruleId)),
});

/** Plain objects whose values all pass `ok` (a record, without zod's record schema: smaller bundle). */
export function recordOf<T>(ok: (v: unknown) => boolean, what: string) {
  return z.custom<Record<string, T>>(
    (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every(ok),
    what,
  );
}

const isText = (v: unknown): boolean =>
  v !== null &&
  typeof v === 'object' &&
  typeof (v as { zh?: unknown }).zh === 'string' &&
  typeof (v as { en?: unknown }).en === 'string';
const labels = recordOf<{ zh: string; en: string }>(isText, 'labels');
const isDecisionList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && /^decide\/D[0-9]+$/.test(x));
const decisions = recordOf<string[]>(isDecisionList, 'decisions');

export const policySchema = z.object({
  id: z.enum(PRESET_IDS),
  title: text,
  seeds: z.array(z.string()),
  /** Lines a manager should know: readings where the seed is silent. */
  notes: z.array(text),
  identity: z.object({
    /** common/ID-FAMILY: relations that make two phones one customer. */
    relations: z.array(z.string()),
    /** channel-confirm R4: the household a channel may not cut into. */
    household: z.array(z.string()),
    /** first-contact R4, dafang R9: a row with a phone but no name is weak too. */
    weakWithoutName: z.nullable(ruleId),
    /** Cited on rows of a customer joined through a family link (common/ID-FAMILY). */
    familyRule: ruleId,
  }),
  claim: z.object({
    /** Events that give an unowned customer an owner. */
    by: z.array(kind),
    rule: ruleId,
    /** A call alone leaves the customer with the manager (case-field R7, marketing-center R3). */
    callsToManager: z.nullable(ruleId),
    /** No claim without a filing: such customers are `unregistered` (daily-chem-filing R1). */
    requireFiling: z.nullable(ruleId),
    /** Protection of a held customer without a deal; null = no expiry. */
    window: z.nullable(durationSchema),
    /** Window counted from the claim's first day, or from the owner's latest contact. */
    from: z.enum(['claim', 'contact']),
    /** A different window for customers known only by phone (marketing-center R2). */
    callWindow: z.nullable(durationSchema),
    windowRule: ruleId,
    /** Where a lapsed claim goes. */
    lapseTo: z.enum(['pool', 'company']),
    /** First follow-up due N days after the first visit, else `warning`. */
    firstFollowup: z.nullable(z.object({ days: count, rule: ruleId })),
    /** Other agents' contacts while held: duty help, takeover (walk-in-desk), or forbidden. */
    others: z.enum(['duty-help', 'takeover', 'forbidden']),
    othersRule: ruleId,
    /** The owner must contact the customer within N days of another agent's reception. */
    callback: z.nullable(z.object({ days: count, rule: ruleId })),
    /** Same-day first contacts at different sites share the customer (first-contact R3). */
    sameDaySites: z.nullable(ruleId),
    /** An owner off that day with a follow-up in the N days before shares a takeover. */
    offDayShare: z.nullable(z.object({ days: count, rule: ruleId })),
    /** A visit with no agent on an unheld customer goes to the house (park-report R2: 园区). */
    walkInTo: z.nullable(z.object({ label: z.string(), rule: ruleId })),
    /** dafang R10: a phone booking names who should receive; a first deal by another is flagged. */
    booking: z.nullable(ruleId),
    /** Claims made on rows from these sources cite this rule too (marketing-center R5: 外展). */
    sourceRule: z.nullable(z.object({ sources: z.array(z.string()), rule: ruleId })),
    /** A visitor who called another agent before and names nobody: the receiver owns (walk-in-desk R7). */
    callerRule: z.nullable(ruleId),
    /** Another agent's first row inside the window fixes the claim for good (case-field R4). */
    overlapKeeps: z.nullable(ruleId),
    /** Only these kinds of the owner's contacts renew the window (deal-attribution R1: visits,
     *  decide/D20); absent or null: every contact does. */
    renewBy: z.optional(z.nullable(z.array(kind))),
    /** Other agents' contacts renew the owner's window too (brokerage-viewing R1: the latest
     *  viewing by anyone, decide/D10); they still do not move the owner. */
    othersRenew: z.optional(z.boolean()),
    /** A household member received by another agent after the first agent's window lapsed is
     *  still judged by the family deal rules, not by the window (deal-attribution R2, decide/D15). */
    familyKeeps: z.optional(z.nullable(ruleId)),
  }),
  /** Filings and reports (报备/备案). */
  filing: z.object({
    /** A filing awaits a visit within this span (park-report R2, channel-confirm R3); null: holds at once. */
    visitWithin: z.nullable(durationSchema),
    visitRule: z.nullable(ruleId),
    /** Protection after the filing (no visit needed) or after the required visit. */
    window: z.nullable(durationSchema),
    windowRule: z.nullable(ruleId),
    /** A second filing of a held customer by someone else is rejected. */
    rejectRule: ruleId,
    /** A walk-in with no agent during a live report counts as the reporter's visit (park-report R4). */
    walkInCounts: z.nullable(ruleId),
    /** Report must precede the visit by this many minutes (channel-confirm R1: half a day). */
    leadMinutes: z.nullable(z.object({ minutes: count, rule: ruleId })),
    /** A report on a held household member is 切客 (channel-confirm R4). */
    householdRule: z.nullable(ruleId),
    /** A 确认单 column, where kept, must be signed (channel-confirm R5). */
    confirmRule: z.nullable(ruleId),
    /** A report on a customer with a call or visit by anyone within N days before it is rejected,
     *  held or not (channel-confirm R2, decide/D2). */
    judgeAnyRow: z.optional(z.nullable(z.object({ days: count, rule: ruleId }))),
  }),
  designation: z.nullable(
    z.object({
      mode: z.enum(['unowned', 'always']),
      rule: ruleId,
      /** Naming the agent who took the customer's earlier call (walk-in-desk R6). */
      callerRule: z.nullable(ruleId),
    }),
  ),
  referral: z.nullable(
    z.object({
      mode: z.enum(['first-row', 'came-along']),
      rule: ruleId,
      /** A relative or colleague (relation column, not a family merge) brought by the buyer. */
      relativeRule: z.nullable(ruleId),
      /** Only an old customer who has bought counts (first-receptionist R5: 已购房业主). */
      buyersOnly: z.boolean(),
    }),
  ),
  /** deal-attribution R7: first visits through these sources closed on the spot go to the team. */
  team: z.nullable(z.object({ sources: z.array(z.string()), label: z.string(), rule: ruleId })),
  closed: z.object({
    /** Status of a customer with a deal: `closed`, or `protected` where orders keep a claim. */
    status: z.enum(['closed', 'protected']),
    /** Protection after the latest deal or order; null = kept for good. */
    window: z.nullable(durationSchema),
    /** Past `window`, a warning phase lasting to this span before release. */
    warnUntil: z.nullable(durationSchema),
    lapseTo: z.enum(['pool', 'company']),
    rule: ruleId,
    windowRule: z.nullable(ruleId),
    /** Payments are separate orders (filing presets) rather than a purchase's last stage. */
    paymentsAreOrders: z.boolean(),
    /** Any contact by the owner renews the window (dafang R4), not only orders. */
    contactsRenew: z.boolean(),
    /** Cited when a customer who already bought buys again (deal-attribution R3). */
    repeatRule: z.nullable(ruleId),
  }),
  deals: z.object({
    /** Ordered; the first rule whose condition holds splits a deal closed by someone else. */
    byOther: z.array(dealRule),
    /** When none matches: the owner keeps all (common/INTERVENE and the preset's own rule). */
    defaultRule: ruleId,
    /** Decisions cited beside `defaultRule`. */
    defaultCites: z.optional(z.array(ruleId)),
    /** Rows entered after deal day + N do not count against the closer. */
    lateEvidence: z.nullable(z.object({ days: count, rule: ruleId, kind: z.enum(['late-evidence', 'late-proof']) })),
  }),
  owed: z.nullable(
    z.object({
      /** Sources that mean the buyer dealt with the owner directly (业主自行交易). */
      sources: z.array(z.string()),
      rate: fraction,
      rule: ruleId,
      /** Closing through another agency (他司) owes the same (brokerage-viewing R2). */
      elsewhereSources: z.array(z.string()),
      elsewhereRule: ruleId,
    }),
  ),
  category: z.nullable(
    z.object({
      rule: ruleId,
      agencyRule: ruleId,
      discountRule: ruleId,
      /** developer-direct R3: a deal's 来源 with one of these words means a discount was asked for. */
      discountWords: z.array(z.string()),
    }),
  ),
  /** common/DEPARTED: who reassigns a leaving agent's customers. */
  departed: z.object({ to: z.string(), rule: ruleId }),
  /** Owner label while a customer waits at the company or manager (lapses, unassigned calls). */
  company: z.string(),
  /** Credited with a deal nobody else can be (no agent, no owner). */
  house: z.string(),
  /** case-field R10: complaint rulings — a reassignment, or a stand-in who receives for the owner. */
  complaint: z.nullable(
    z.object({
      reassignRule: ruleId,
      standInRule: ruleId,
      standInWords: z.array(z.string()),
      /** case-field R10a: a ruling whose reason holds one of these words is a complaint reassignment. */
      reassignWords: z.array(z.string()),
    }),
  ),
  /** first-receptionist R6: flag on 月结 an agent whose customers were taken this often in a month. */
  flags: z.nullable(z.object({ taken: count, rule: ruleId })),
  /** Labels the preset uses for a status, or for `status:variant` (daily-chem-filing ①–⑥). */
  labels,
  /** Rulebook §10 decisions that complete one of the preset's rules, cited beside that rule id
   *  wherever it is cited (`{ "tools-filing/R2": ["decide/D6"] }`). */
  decisions,
  /** Days before release at which `warning` shows; 0 = never early. */
  warnDays: count,
  /** Days left at or below which the days-left column turns red (issue 13); amber is `warnDays`. */
  alertDays: count,
});

export type Policy = z.infer<typeof policySchema>;
export type Duration = z.infer<typeof durationSchema>;
export type DealRule = z.infer<typeof dealRule>;
export type DealCondition = (typeof DEAL_CONDITIONS)[number];

/** One line per problem, in the user's language (src/policy/messages.ts): never zod's own text. */
export { describeIssues as describeZodError } from './messages';
