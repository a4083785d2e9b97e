// The fifteen regulations of rulebook §7 as data. Each starts from the common defaults and
// sets only what its regulation says; docs/rules.md gives the seed clause behind each number.
import type { Policy, PresetId } from './schema';

/** common/ID-FAMILY: parents, children and spouses are one customer (rulebook §4). */
export const FAMILY = [
  '父母',
  '父亲',
  '母亲',
  '爸爸',
  '妈妈',
  '子女',
  '儿子',
  '女儿',
  '配偶',
  '夫妻',
  '丈夫',
  '妻子',
  '老公',
  '老婆',
  '爱人',
];
/** channel-confirm R4: the household (以家庭为单位) adds brothers and sisters. */
export const SIBLINGS = ['兄弟', '姐妹', '兄妹', '姐弟', '哥哥', '弟弟', '姐姐', '妹妹'];
/** brokerage-viewing R1: 直系亲属 (parents, children) and the buyer's representatives. */
// decide/D10: 直系亲属 is an open list (「…直系亲属等」): the spouse, grandparents and grandchildren too.
const LINEAL_AND_AGENTS = [
  ...FAMILY,
  '祖父母',
  '祖父',
  '祖母',
  '外祖父',
  '外祖母',
  '爷爷',
  '奶奶',
  '外公',
  '外婆',
  '孙子女',
  '孙子',
  '孙女',
  '外孙',
  '外孙女',
  '代理人',
  '代表人',
  '承办人',
];

function base(id: PresetId, zh: string, en: string, seeds: string[]): Policy {
  return {
    id,
    title: { zh, en },
    seeds,
    notes: [],
    identity: {
      relations: FAMILY,
      household: [...FAMILY, ...SIBLINGS],
      weakWithoutName: null,
      familyRule: 'common/ID-FAMILY',
    },
    claim: {
      by: ['visit', 'call'],
      rule: 'common/REGISTER',
      callsToManager: null,
      requireFiling: null,
      window: null,
      from: 'contact',
      callWindow: null,
      windowRule: 'common/REGISTER',
      lapseTo: 'pool',
      firstFollowup: null,
      others: 'duty-help',
      othersRule: 'common/INTERVENE',
      callback: null,
      sameDaySites: null,
      offDayShare: null,
      walkInTo: null,
      booking: null,
      sourceRule: null,
      callerRule: null,
      overlapKeeps: null,
      renewBy: null,
      othersRenew: false,
      familyKeeps: null,
    },
    filing: {
      visitWithin: null,
      visitRule: null,
      window: null,
      windowRule: null,
      rejectRule: 'common/CONFLICT',
      walkInCounts: null,
      leadMinutes: null,
      householdRule: null,
      confirmRule: null,
      judgeAnyRow: null,
    },
    designation: null,
    referral: null,
    team: null,
    closed: {
      status: 'closed',
      window: null,
      warnUntil: null,
      lapseTo: 'pool',
      rule: 'common/REGISTER',
      windowRule: null,
      paymentsAreOrders: false,
      contactsRenew: false,
      repeatRule: null,
    },
    deals: { byOther: [], defaultRule: 'common/INTERVENE', lateEvidence: null },
    owed: null,
    category: null,
    departed: { to: '销售经理', rule: 'common/DEPARTED' },
    company: '销售经理',
    house: '公司',
    complaint: null,
    flags: null,
    labels: {},
    decisions: {},
    warnDays: 0,
    alertDays: 3,
  };
}

/** A preset's own rule ids are written short in the data below (`'R2'`); this makes them whole
 *  (`park-report/R2`). Ids of other scopes (`common/…`) already are. */
function qualify<T>(value: T, id: PresetId): T {
  if (typeof value === 'string') return (/^R\d[\w.]*$/.test(value) ? `${id}/${value}` : value) as T;
  if (Array.isArray(value)) return value.map((v) => qualify(v, id)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = qualify(v, id);
    return out as T;
  }
  return value;
}

/** Shallow-per-section merge: a preset names the sections and fields it changes. */
function preset(
  b: Policy,
  over: { [K in keyof Policy]?: Policy[K] extends object | null ? Partial<NonNullable<Policy[K]>> | null : Policy[K] },
): Policy {
  const out: Record<string, unknown> = { ...b };
  for (const [k, v] of Object.entries(over)) {
    const cur = (b as Record<string, unknown>)[k];
    out[k] =
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      cur !== null &&
      typeof cur === 'object' &&
      !Array.isArray(cur)
        ? { ...cur, ...v }
        : v;
  }
  return qualify(out as Policy, b.id);
}

const t = (zh: string, en: string) => ({ zh, en });

export const PRESETS: readonly Policy[] = [
  preset(base('park-report', '园区报备', 'Park: report before visit', ['000', '001']), {
    claim: {
      by: ['report', 'filing', 'visit'],
      rule: 'R2',
      window: { months: 3 },
      from: 'claim',
      windowRule: 'R3',
      othersRule: 'R5',
      walkInTo: { label: '园区', rule: 'R2' },
    },
    filing: {
      visitWithin: { days: 5 },
      visitRule: 'R2',
      window: { months: 3 },
      windowRule: 'R3',
      rejectRule: 'R1',
      walkInCounts: 'R4',
    },
    closed: { rule: 'R3' },
    deals: { defaultRule: 'R5' },
    notes: [
      t(
        '报备须在 5 天内带客到访；到访起 3 个月追单期。',
        'A report must be followed by a visit within 5 days; a 3-month chase period runs from the visit.',
      ),
    ],
  }),
  preset(base('reception-rotation', '客户接待及业绩归属管理规定', 'Reception rotation and credit', ['001']), {
    claim: { by: ['visit'], rule: 'R2', windowRule: 'R5', othersRule: 'R1' },
    designation: { mode: 'unowned', rule: 'R3', callerRule: null },
    closed: { rule: 'R2' },
    deals: {
      byOther: [
        {
          when: 'ownerOnlyBrief',
          performance: { owner: 0.3, closer: 0.7 },
          commission: { owner: 0.3, closer: 0.7 },
          rule: 'R4',
        },
        {
          when: 'always',
          performance: { owner: 0.7, closer: 0.3 },
          commission: { owner: 0.7, closer: 0.3 },
          rule: 'R2',
        },
      ],
      defaultRule: 'R2',
    },
    notes: [
      t(
        '三七分成同样适用于佣金、且不设期限，均为规定未明确处的解读（可调整）。',
        'Applying the 70/30 split to commission and having no expiry are readings where the seed is silent (both adjustable).',
      ),
    ],
  }),
  preset(base('case-field', '房地产销售案场客户归属规定', 'Sales site ownership (draft)', ['001']), {
    claim: {
      rule: 'R1',
      callsToManager: 'R7',
      window: { months: 1 },
      from: 'claim',
      windowRule: 'R4',
      othersRule: 'R3',
      overlapKeeps: 'R4',
    },
    designation: { mode: 'unowned', rule: 'R5', callerRule: null },
    referral: { mode: 'came-along', rule: 'R9', relativeRule: null, buyersOnly: false },
    closed: { rule: 'R1' },
    deals: {
      byOther: [
        { when: 'standIn', performance: 'owner', commission: 'equal', rule: 'R10b' },
        { when: 'designatedAbsent', performance: 'closer', commission: 'equal', rule: 'R5' },
        { when: 'familyMember', performance: 'owner', commission: 'equal', rule: 'R6', cites: ['decide/D20'] },
        // decide/D14: only a deal on the day the second agent first shows takes R4's split; a later
        // deal by them, inside or after the month, is the original's (R1).
        { when: 'closerFirstDay', performance: 'closer', commission: 'equal', rule: 'R4', cites: ['decide/D14'] },
      ],
      defaultRule: 'R1',
      defaultCites: ['decide/D14'],
    },
    complaint: {
      reassignRule: 'R10a',
      standInRule: 'R10b',
      standInWords: ['非顾问', '无过错', '无责', '指定接待', '代接待', '代为接待'],
      reassignWords: ['投诉'],
    },
  }),
  preset(base('first-receptionist', '客户归属的规定（格林枫景）', 'First receptionist owns', ['001']), {
    claim: { by: ['visit'], rule: 'R2', windowRule: 'R2', othersRule: 'R2' },
    designation: { mode: 'unowned', rule: 'R3', callerRule: null },
    referral: { mode: 'came-along', rule: 'R5', relativeRule: null, buyersOnly: true },
    closed: { rule: 'R2' },
    deals: { defaultRule: 'R4', lateEvidence: { days: 3, rule: 'R4', kind: 'late-proof' } },
    departed: { to: '销售经理', rule: 'R8' },
    flags: { taken: 3, rule: 'R6' },
  }),
  preset(base('first-contact', '售楼部销售客户归属界定', 'First contact owns', ['000', '001']), {
    identity: { weakWithoutName: 'R4' },
    claim: { rule: 'R1', windowRule: 'R1', othersRule: 'R1', sameDaySites: 'R3' },
    designation: { mode: 'unowned', rule: 'R2b', callerRule: null },
    referral: { mode: 'first-row', rule: 'R2', relativeRule: null, buyersOnly: false },
    closed: { rule: 'R1' },
    deals: { defaultRule: 'R1' },
    departed: { to: '销售经理', rule: 'R5' },
  }),
  preset(base('marketing-center', '营销中心《客户归属规定》', 'Marketing centre: 7-day contact', ['001']), {
    claim: {
      rule: 'R1',
      callsToManager: 'R3',
      window: { days: 7 },
      callWindow: { days: 14 },
      windowRule: 'R2',
      lapseTo: 'company',
      firstFollowup: { days: 2, rule: 'R2' },
      othersRule: 'R4',
      sourceRule: { sources: ['外展', '巡展', '展会', '派单'], rule: 'R5' },
    },
    closed: { rule: 'R1' },
    deals: {
      byOther: [
        { when: 'ownerBookedThatDay', performance: 'owner', commission: 'owner', rule: 'R4' },
        { when: 'sameDayReception', performance: 'equal', commission: 'equal', rule: 'R4' },
      ],
      defaultRule: 'R4',
    },
  }),
  preset(base('deal-attribution', '成交客户归属规定', 'Deal attribution', ['001']), {
    // decide/D20: each visit the original receives restarts the month (a 登记 and a recognition).
    // decide/D15: a household member is judged by R2 whenever they come, not by R1's month.
    claim: {
      by: ['visit'],
      rule: 'R1',
      window: { months: 1 },
      from: 'contact',
      renewBy: ['visit'],
      windowRule: 'R1',
      othersRule: 'R1',
      familyKeeps: 'R2',
    },
    designation: { mode: 'unowned', rule: 'R1', callerRule: null },
    referral: { mode: 'came-along', rule: 'R5', relativeRule: 'R4', buyersOnly: false },
    team: { sources: ['开发商关系', '开发商', '建筑商'], label: '项目全体', rule: 'R7' },
    closed: { rule: 'R1', repeatRule: 'R3' },
    deals: {
      byOther: [
        { when: 'familyDesignated', performance: 'owner', commission: 'owner', rule: 'R2', cites: ['decide/D15'] },
        { when: 'familyRecognized', performance: 'equal', commission: 'equal', rule: 'R2', cites: ['decide/D15'] },
        { when: 'familyLinkedFirst', performance: 'owner', commission: 'owner', rule: 'R2', cites: ['decide/D15'] },
        { when: 'familyMember', performance: 'closer', commission: 'closer', rule: 'R2', cites: ['decide/D15'] },
      ],
      defaultRule: 'R1',
    },
    departed: { to: '销售经理', rule: 'R6' },
  }),
  preset(base('walk-in-desk', '客户归属制度（新客户）', 'Walk-in desk', ['001']), {
    claim: {
      by: ['visit'],
      rule: 'R1',
      windowRule: 'R2',
      others: 'takeover',
      othersRule: 'R3',
      offDayShare: { days: 3, rule: 'R4' },
      callerRule: 'R7',
    },
    designation: { mode: 'always', rule: 'R5', callerRule: 'R6' },
    closed: { rule: 'R2' },
    deals: { defaultRule: 'R2' },
  }),
  preset(base('cross-customer', '交叉客户判定及分单制度', 'Cross customers and split orders', ['000']), {
    identity: { familyRule: 'R4.5' },
    claim: {
      rule: 'R1',
      window: { days: 7 },
      windowRule: 'R4.1',
      othersRule: 'R5.2',
      callback: { days: 1, rule: 'R3' },
    },
    // R5.2: whoever came second withdraws while the first agent's follow-up is within 7 days.
    filing: { rejectRule: 'R5.2' },
    closed: { rule: 'R1' },
    deals: {
      byOther: [{ when: 'ownerOnlyCalls', performance: 'equal', commission: 'equal', rule: 'R4.3' }],
      defaultRule: 'R3',
      lateEvidence: { days: 7, rule: 'R4.2', kind: 'late-evidence' },
    },
    notes: [
      t(
        '同事合买同一套房视为同一客户：登记表无从判断，需经理裁决。',
        'Colleagues buying the same unit are one customer: the register cannot show it, so a manager rules.',
      ),
    ],
  }),
  preset(base('dafang', '达方客户归属认定', 'Dafang: first deal owns', ['001']), {
    identity: { weakWithoutName: 'R9' },
    claim: { by: ['deposit', 'deal', 'payment'], rule: 'R1', windowRule: 'R4', othersRule: 'R1', booking: 'R10' },
    referral: { mode: 'first-row', rule: 'R3', relativeRule: null, buyersOnly: false },
    closed: {
      status: 'protected',
      window: { months: 1 },
      rule: 'R1',
      windowRule: 'R4',
      paymentsAreOrders: true,
      contactsRenew: true,
    },
    deals: {
      byOther: [{ when: 'ownerOff', performance: 'equal', commission: 'equal', rule: 'R6' }],
      defaultRule: 'R1',
    },
  }),
  preset(base('channel-confirm', '领秀慧谷渠道确客制度', 'Channel confirmation', ['002']), {
    claim: { by: ['visit', 'call', 'report', 'filing'], rule: 'R2', window: { days: 21 }, windowRule: 'R2' },
    filing: {
      visitWithin: { days: 3 },
      visitRule: 'R3',
      window: { days: 21 },
      windowRule: 'R3',
      rejectRule: 'R2',
      leadMinutes: { minutes: 720, rule: 'R1' },
      householdRule: 'R4',
      confirmRule: 'R5',
      judgeAnyRow: { days: 21, rule: 'R2' },
    },
    closed: { rule: 'R2' },
    deals: { defaultRule: 'R2' },
  }),
  preset(base('developer-direct', '甲方直接客户确认制度', 'Developer direct customers', ['002']), {
    category: { rule: 'R1', agencyRule: 'R2', discountRule: 'R3', discountWords: ['优惠', '折扣', '让利', 'discount'] },
  }),
  preset(base('brokerage-viewing', '客户看房确认单', 'Brokerage viewing slip', ['002']), {
    identity: { relations: LINEAL_AND_AGENTS },
    // The 12 months run from the latest viewing by anyone (decide/D10); the fee's agent is chosen in owed.ts.
    claim: { by: ['viewing', 'visit'], rule: 'R1', window: { months: 12 }, windowRule: 'R1', othersRenew: true },
    closed: { rule: 'R1' },
    owed: {
      sources: ['业主自行交易', '私下交易', '自行交易', '私下'],
      rate: 0.03,
      rule: 'R1',
      elsewhereSources: ['他司', '其他中介', '别家中介', '其他公司'],
      elsewhereRule: 'R2',
    },
    notes: [
      t(
        '正常佣金为成交价 1.5%（仅供参考）；他司成交同样按 12 个月计。',
        'The normal commission is 1.5% of the price (informational); closing through another agency uses the same 12 months.',
      ),
    ],
  }),
  preset(base('daily-chem-filing', '日化客户备案保护机制', 'Daily chemicals: filing protection', ['004']), {
    claim: {
      by: ['filing', 'report'],
      rule: 'R1',
      requireFiling: 'R1',
      window: { months: 3 },
      from: 'claim',
      windowRule: 'R2',
      others: 'forbidden',
      othersRule: 'R1',
    },
    filing: { window: { months: 3 }, windowRule: 'R2', rejectRule: 'R1' },
    closed: {
      status: 'protected',
      window: { months: 3 },
      warnUntil: { months: 6 },
      rule: 'R3',
      windowRule: 'R3',
      paymentsAreOrders: true,
    },
    deals: { defaultRule: 'R1' },
    labels: {
      unregistered: t('①未登记潜在客户', '① Unregistered prospect'),
      'released:filed': t('②已登记未合作无客户保护', '② Filed, no order, unprotected'),
      released: t('②已登记未合作无客户保护', '② Filed, no order, unprotected'),
      'protected:ordered': t('③正合作有客户保护', '③ Ordering, protected'),
      'warning:ordered': t('④正合作客户保护释放预警', '④ Ordering, release warning'),
      'released:ordered': t('⑤曾合作无客户保护完全释放', '⑤ Ordered before, fully released'),
      'protected:filed': t('⑥已登记未合作有客户保护', '⑥ Filed, no order yet, protected'),
    },
  }),
  preset(base('tools-filing', '客户备案制度（飞达）', 'Tools: customer filing', ['004']), {
    claim: {
      by: ['filing', 'report', 'deposit', 'deal', 'payment'],
      rule: 'R1',
      window: { months: 3 },
      from: 'claim',
      windowRule: 'R2',
      others: 'forbidden',
      othersRule: 'R2',
    },
    filing: { window: { months: 3 }, windowRule: 'R2', rejectRule: 'R1' },
    designation: { mode: 'unowned', rule: 'R5', callerRule: null },
    closed: {
      status: 'protected',
      window: { months: 6 },
      lapseTo: 'company',
      rule: 'R1',
      windowRule: 'R3',
      paymentsAreOrders: true,
    },
    deals: { defaultRule: 'R1' },
    departed: { to: '营销副总经理', rule: 'common/DEPARTED' },
    // decide/D6: a filing alone is protected under R2; with sales, others stay barred until R3.
    decisions: { 'tools-filing/R2': ['decide/D6'], 'tools-filing/R3': ['decide/D6'] },
    company: '市场部',
    house: '市场部',
  }),
];
