// Presets described by what they do (issue 15 point 2): plain words generated from a policy's
// data, so a manager chooses by behaviour ("首次接待者归属；7 天无跟进释放；…") and the source
// regulation's name is only a note. Changing a number in a policy changes the words.
import type { DealCondition, Policy, PresetId } from './schema';
import { durationWords, dayWords, percent, splitWords, type ClauseText, type Lang } from './clauses';
import { clauseJoin } from '../vocab/text';

/** Kinds of business, in the order a manager meets them. */
export const BUSINESS_KINDS = ['new-home', 'channel', 'b2b'] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

export const BUSINESS_KIND_LABELS: Readonly<Record<BusinessKind, ClauseText>> = {
  'new-home': { zh: '案场销售（新房、园区）', en: 'On-site sales (new homes, parks)' },
  channel: { zh: '渠道与中介', en: 'Channels and agencies' },
  b2b: { zh: '企业客户备案（B2B）', en: 'Business customers by filing (B2B)' },
};

const KIND_OF: Readonly<Record<PresetId, BusinessKind>> = {
  'park-report': 'new-home',
  'reception-rotation': 'new-home',
  'case-field': 'new-home',
  'first-receptionist': 'new-home',
  'first-contact': 'new-home',
  'marketing-center': 'new-home',
  'deal-attribution': 'new-home',
  'walk-in-desk': 'new-home',
  'cross-customer': 'new-home',
  'channel-confirm': 'channel',
  'developer-direct': 'channel',
  'brokerage-viewing': 'channel',
  dafang: 'b2b',
  'daily-chem-filing': 'b2b',
  'tools-filing': 'b2b',
};

export function businessKind(id: PresetId): BusinessKind {
  return KIND_OF[id];
}

const t = (zh: string, en: string): ClauseText => ({ zh, en });

/** When a deal closed by someone else is split, in words. */
const CONDITION_WORDS: Readonly<Record<DealCondition, ClauseText>> = {
  always: t('他人成交', 'a deal by another agent'),
  standIn: t('经理指定的代接待人成交', 'a deal by a designated stand-in'),
  designatedAbsent: t('被点名者不在时他人成交', 'a deal while the named agent is away'),
  familyDesignated: t('家庭成员点名原顾问', 'a family member naming the first agent'),
  familyRecognized: t('家庭成员当场查明', 'a family member recognized at the visit'),
  familyLinkedFirst: t('家庭关系在首次接待时查明', 'a family tie shown at the first reception'),
  familyMember: t('家庭成员分别登记', 'family members registered apart'),
  closerFirstDay: t('第二接待人首次出现当天成交', "a deal on the second agent's first day"),
  ownerOnlyBrief: t('首次仅取资料后他人成交', 'a deal by another after a brochure-only first contact'),
  ownerOnlyCalls: t('仅来电客户被他人成交', 'a phone-only customer closed by another'),
  ownerBookedThatDay: t('归属人当天约签', 'the owner had booked the signing that day'),
  sameDayReception: t('当天他人接待并成交', 'another agent receives and closes that day'),
  ownerOff: t('归属人休息时他人成交', 'a deal by another while the owner is off'),
};

/** Who owns first, from what gives a claim. */
function owns(p: Policy): ClauseText {
  const by = p.claim.by;
  if (p.claim.requireFiling) return t('先备案先得', 'first filed, first served');
  if (by.every((k) => k === 'deposit' || k === 'deal' || k === 'payment'))
    return t('首次成交者归属', 'the first deal owns');
  if (p.filing.visitWithin && (by.includes('report') || by.includes('filing'))) {
    return t(
      `报备后 ${durationWords(p.filing.visitWithin, 'zh')}内须带客到访`,
      `a report must be followed by a visit within ${durationWords(p.filing.visitWithin, 'en')}`,
    );
  }
  if (by.includes('viewing')) return t('带看者归属', 'the viewing agent owns');
  if (by.includes('call')) return t('首次接触（来电或来访）者归属', 'first contact (call or visit) owns');
  return t('首次接待者归属', 'the first receptionist owns');
}

function windowWords(p: Policy): ClauseText | null {
  const w = p.claim.window;
  const to = p.claim.lapseTo === 'company' ? t('交经理重新分配', 'goes to the manager') : t('释放', 'is released');
  if (w === null) return p.category ? null : t('不设期限', 'no expiry');
  if (p.claim.from === 'contact')
    return t(
      `${durationWords(w, 'zh')}无跟进${to.zh}`,
      `${durationWords(w, 'en')} without a follow-up and the customer ${to.en}`,
    );
  return t(
    `保护 ${durationWords(w, 'zh')}，期满未成交${to.zh}`,
    `protected for ${durationWords(w, 'en')}; no deal by then and the customer ${to.en}`,
  );
}

/** One phrase per thing the policy does, in the order a manager asks about them. */
export function describeParts(p: Policy): ClauseText[] {
  const out: ClauseText[] = [];
  const add = (x: ClauseText | null) => {
    if (x) out.push(x);
  };
  if (p.category)
    add(
      t(
        '判定每笔成交是甲方直接客户还是代理客户',
        'decides whether each deal is a developer-direct or an agency customer',
      ),
    );
  else add(owns(p));
  if (p.designation)
    add(
      p.designation.mode === 'always'
        ? t('点名的顾问优先', 'a named agent always owns')
        : t('新客户点名的顾问归属', 'a new customer who names an agent belongs to them'),
    );
  if (p.claim.callsToManager) add(t('来电客户由经理分配', 'call customers are assigned by the manager'));
  add(windowWords(p));
  if (p.claim.callWindow)
    add(
      t(
        `来电客户 ${durationWords(p.claim.callWindow, 'zh')}`,
        `call customers ${durationWords(p.claim.callWindow, 'en')}`,
      ),
    );
  if (p.filing.window && !p.claim.requireFiling && p.filing.visitWithin)
    add(
      t(
        `到访后保护 ${durationWords(p.filing.window, 'zh')}`,
        `protected ${durationWords(p.filing.window, 'en')} after the visit`,
      ),
    );
  if (p.claim.requireFiling && p.filing.window)
    add(
      t(
        `备案保护 ${durationWords(p.filing.window, 'zh')}`,
        `a filing protects for ${durationWords(p.filing.window, 'en')}`,
      ),
    );
  if (p.claim.firstFollowup)
    add(
      t(
        `首次来访后 ${dayWords(p.claim.firstFollowup.days, 'zh')}内须回访`,
        `first call-back within ${dayWords(p.claim.firstFollowup.days, 'en')}`,
      ),
    );
  if (p.claim.callback)
    add(
      t(
        `他人代接待后 ${dayWords(p.claim.callback.days, 'zh')}内须回访`,
        `call back within ${dayWords(p.claim.callback.days, 'en')} after another agent's reception`,
      ),
    );
  if (p.claim.others === 'takeover')
    add(t('无人认出时归接待人', 'the receiving agent takes over unrecognized customers'));
  if (p.claim.others === 'forbidden')
    add(t('保护期内禁止他人接触', 'no other agent may approach a protected customer'));
  if (p.claim.offDayShare)
    add(
      t(
        `休息者近 ${dayWords(p.claim.offDayShare.days, 'zh')}有跟进则五五分`,
        `an agent off with a follow-up in the last ${dayWords(p.claim.offDayShare.days, 'en')} shares 50/50`,
      ),
    );
  if (p.claim.sameDaySites) add(t('同日不同案场接待则分单', 'same-day receptions at different sites split the order'));
  if (p.referral) add(t('老客户介绍的新客户归原顾问', 'customers referred by an old customer go to their agent'));
  if (p.team)
    add(
      t(
        `${p.team.sources[0] ?? ''}客户当场成交归${p.team.label}`,
        `customers through the developer or builder closed on the spot go to the whole team (${p.team.label})`,
      ),
    );
  // Deals closed by someone other than the owner.
  if (!p.category && !p.owed) {
    if (p.deals.byOther.length === 0)
      add(t('他人成交业绩与佣金全归归属人', 'a deal by another agent is credited in full to the owner'));
    for (const r of p.deals.byOther) {
      const when = CONDITION_WORDS[r.when];
      add(
        t(
          `${when.zh}：${splitWords(r.performance, r.commission, 'zh')}`,
          `${when.en}: ${splitWords(r.performance, r.commission, 'en')}`,
        ),
      );
    }
  }
  if (p.deals.lateEvidence)
    add(
      t(
        `成交后 ${dayWords(p.deals.lateEvidence.days, 'zh')}内登记的证据才算`,
        `evidence counts only if entered within ${dayWords(p.deals.lateEvidence.days, 'en')} of the deal`,
      ),
    );
  if (p.closed.window) {
    const to = p.closed.lapseTo === 'company' ? t('转公司', 'goes to the company') : t('释放', 'is released');
    add(
      t(
        `成交后 ${durationWords(p.closed.window, 'zh')}无订单${to.zh}`,
        `${durationWords(p.closed.window, 'en')} without an order after a deal and the customer ${to.en}`,
      ),
    );
  }
  if (p.closed.warnUntil)
    add(
      t(
        `超过 ${durationWords(p.closed.warnUntil, 'zh')}完全释放`,
        `fully released after ${durationWords(p.closed.warnUntil, 'en')}`,
      ),
    );
  if (p.owed)
    add(
      t(
        `带看后私下或经他司成交，应付成交价 ${percent(p.owed.rate)}`,
        `a deal made privately or through another agency after a viewing owes ${percent(p.owed.rate)} of the price`,
      ),
    );
  if (p.filing.leadMinutes)
    add(
      t(
        `渠道须提前 ${p.filing.leadMinutes.minutes / 60} 小时报备`,
        `channels report ${p.filing.leadMinutes.minutes / 60} hours ahead`,
      ),
    );
  if (p.warnDays)
    add(t(`到期前 ${dayWords(p.warnDays, 'zh')}预警`, `warning ${dayWords(p.warnDays, 'en')} before release`));
  if (p.departed.to !== '销售经理')
    add(
      t(
        `离职者的客户交${p.departed.to}`,
        `a departed agent's customers go to the manager named in the policy (${p.departed.to})`,
      ),
    );
  return out;
}

/** The description in one line: "首次接待者归属；7 天无跟进释放；…". */
export function describeWhatItDoes(p: Policy, lang: Lang): string {
  return clauseJoin(
    describeParts(p).map((x) => x[lang]),
    lang,
  );
}

/** The source regulation, as a note under the description. */
export function sourceNote(p: Policy, lang: Lang): string {
  const seeds = p.seeds.join(', ');
  return lang === 'zh' ? `出处：${p.title.zh}（原文 ${seeds}）` : `Source: ${p.title.en} (seed ${seeds})`;
}

/** Presets grouped by kind of business, in the order of PRESET_IDS within each. */
export function presetsByKind<P extends { id: PresetId }>(
  presets: readonly P[],
): { kind: BusinessKind; presets: P[] }[] {
  return BUSINESS_KINDS.map((kind) => ({ kind, presets: presets.filter((p) => KIND_OF[p.id] === kind) }));
}
