// The clause texts of every rule id, zh and en side by side (issue 15 point 1): data only, read
// through clauseTexts(). The add-on's build (build.mjs, target gas) replaces this module with the
// same table packed with gzip and decoded once per run by Utilities (docs/scale.md, "Bundle"):
// the texts are a seventh of the bundle and compress to a third. The command line and the pages
// use this module as it is.
import type { PresetId } from './schema';

export interface ClauseText {
  readonly zh: string;
  readonly en: string;
}

export interface ClauseData extends ClauseText {
  /** The preset whose numbers a common or decide clause speaks of (decide/D2: channel-confirm). */
  readonly preset?: PresetId;
}

const c = (zh: string, en: string, preset?: PresetId): ClauseData => (preset ? { zh, en, preset } : { zh, en });

const TEXTS: Readonly<Record<string, ClauseData>> = {
  // ---- common (rulebook §4, §6) ----
  'common/ID-PHONE': c(
    '同一电话号码（规范化后）即同一客户；仅姓名相同不合并（两位王先生是两位客户）。',
    'The same phone number (normalized) is the same customer; the same name alone does not merge rows (two Mr Wangs are two customers).',
  ),
  'common/ID-VALID': c(
    '既无电话也无姓名的记录不能确立归属，列入「问题」；只有姓名没有电话的记录为弱记录，既不能确立也不能阻止归属。',
    'A row with neither phone nor name cannot carry a claim and goes on Issues; a row with a name but no phone is weak: it neither makes nor blocks a claim.',
  ),
  'common/ID-FAMILY': c(
    '关系为父母、子女或配偶、且关联电话指向另一客户的记录，与该客户视为同一客户；兄弟姐妹、亲戚、朋友为独立客户。',
    'A row whose relation is parent, child or spouse and whose linked phone points at another customer is that customer; siblings, other relatives and friends are separate customers.',
  ),
  'common/REGISTER': c(
    '来访登记表与备案表是唯一依据：表上没有的，视为没有发生。',
    'The register and the filing sheet are the only evidence: what is not on them did not happen.',
  ),
  'common/RULING': c(
    '经理的裁决自其日期起决定归属，并记入变更日志；之后的规则从新的归属人继续执行。',
    "A manager's ruling sets the owner from its date on and is logged; later rules keep running from the new owner.",
  ),
  'common/DEPARTED': c(
    '业务员离职之日起，其全部客户交由{departed.to}重新分配；已成交的业绩仍归离职者，离职后的复购或转介绍不归其所有。',
    'From the day an agent leaves, all their customers go to {departed.to} for reassignment; past deals stay credited to them, later repeat purchases or referrals do not.',
  ),
  'common/INTERVENE': c(
    '客户在保护期内，其他业务员的接触不改变归属，记为义务接待。',
    "While a customer is protected, other agents' contacts do not move the owner; they are duty help.",
  ),
  'common/CONFLICT': c(
    '非归属人成交、已保护客户的重复备案、以及规定禁止的他人接触，都列入「冲突」并注明所依规则，经理可以改判。',
    'Every deal closed by someone other than the owner, every second filing of a held customer and every forbidden contact by another agent is listed on Conflicts with the rule that settled it, for a manager to overrule.',
  ),
  'common/ABSENT': c(
    '归属人不在或正忙：登记表上显示他人接待即可；须归属人「当天休息」的规则，则须人员表有休息、请假或公出记录。',
    'Owner away or busy: another agent receiving on the register is enough; where a rule needs the owner off that day, the staff sheet must say so (rest, leave or business trip).',
  ),

  // ---- park-report 园区报备 ----
  'park-report/R1': c(
    '业务员向销售部报备新客户，报备即开始等待到访；他人对同一客户的第二次报备不予受理。',
    'An agent reports a new customer to the sales department; the claim then awaits a visit, and a second report of the customer by another agent is rejected.',
  ),
  'park-report/R2': c(
    '报备后须在 {filing.visitWithin} 内带客户到访，否则报备失效；之后由带客到访的业务员归属，无人带客的自行到访归{claim.walkInTo.label}。',
    "After a report the agent must bring the customer within {filing.visitWithin}, else the report lapses; then the agent who brings the customer owns, and a visit with no agent makes it the {claim.walkInTo.label}'s.",
  ),
  'park-report/R3': c(
    '自首次到访起 {claim.window} 为追单期，期内交定金或全款即成交归该业务员；期满未成交则释放。',
    'From the first visit, a chase period of {claim.window}: a deposit or full payment within it closes the customer for the agent; none, and the customer is released.',
  ),
  'park-report/R4': c(
    '前台登记的无人接待来访，电话与仍在期限内的报备相同，算作报备人的到访。',
    "A desk walk-in with no agent whose phone matches a report still in time counts as the reporter's visit.",
  ),
  'park-report/R5': c(
    '追单期内其他业务员介入不改变归属，其促成的成交业绩与佣金全部归归属人。',
    "During the chase period other agents' involvement does not change the owner, and a deal they close is credited in full to the owner.",
  ),

  // ---- reception-rotation 客户接待及业绩归属管理规定 ----
  'reception-rotation/R1': c(
    '接待按轮序进行；短时离开由下一位义务接待，回来后客户交还。',
    'Reception follows the rotation; a short absence is covered by the next agent, who hands the customer back.',
  ),
  'reception-rotation/R2': c(
    '老客户归首次接待人；首次接待人不在时他人接待，若由他人成交：{split:R2}。',
    'A returning customer belongs to the first receptionist; if another agent receives and closes while they are away: {split:R2}.',
  ),
  'reception-rotation/R3': c(
    '首次来访即点名指定某业务员的客户，归被指定者，不按轮序；仅仅认识而未被点名不产生归属。',
    'A first-time customer who names an agent belongs to that agent, out of turn; merely knowing the customer without being named gives no claim.',
  ),
  'reception-rotation/R4': c(
    '首次接待只是取资料和名片，第二次由他人做了工作并成交：{split:R4}。',
    'If the first contact was only brochures and a card and a second agent did the work and closed: {split:R4}.',
  ),
  'reception-rotation/R5': c(
    '归属期限：{claim.window}；首次接待人一直保有客户，直到经理裁决。',
    'Time limit: {claim.window}; the first receptionist keeps the customer until a ruling.',
  ),

  // ---- case-field 案场 ----
  'case-field/R1': c(
    '首次接待者归属，业绩与佣金归首次接待者。',
    'First reception owns; performance and commission go to the first receptionist.',
  ),
  'case-field/R3': c(
    '归属人不在时老客户由其他业务员代为接待，不算轮序，客户仍归原归属人。',
    'When the owner is away another agent receives the returning customer; it is not a rotation turn and the owner keeps the customer.',
  ),
  'case-field/R4': c(
    '他人未认出老客户而接待：自首次接待起 {claim.window} 内且未成交，客户归原接待；当场成交则{split:R4}；超过 {claim.window}，无论成交与否归第二接待人。',
    'A returning customer not recognized: within {claim.window} of the first reception and no deal, the original keeps them; a deal on the spot: {split:R4}; beyond {claim.window}, the second receptionist, deal or not.',
  ),
  'case-field/R5': c(
    '接待前点名指定业务员的新客户归被指定者；被指定者不在、由值班业务员成交：{split:R5}。',
    'A new customer who names an agent before reception belongs to that agent; if that agent is absent and the duty agent closes: {split:R5}.',
  ),
  'case-field/R6': c(
    '家庭成员被不同业务员分别登记、双方都不知情：{split:R6}（业绩归先登记者）。',
    'Family members registered separately by different agents, unknown to both: {split:R6} (performance to the first registrant).',
  ),
  'case-field/R7': c(
    '来电客户由经理登记分配，仅有来电不产生归属。',
    'Phone inquiries are registered and assigned by the manager; a call alone gives no claim.',
  ),
  'case-field/R9': c(
    '老客户陪同新客户来访（老客户当天也有登记），新客户归老客户的业务员；只提到介绍人而本人未到，不产生归属。',
    "An old customer who comes along with a new one (a row the same day): the new customer goes to the old customer's agent; a referrer named without coming along gives no claim.",
  ),
  'case-field/R10a': c(
    '因服务质量被投诉：经理改派（裁决），之后的成交业绩与佣金全部归新业务员。',
    'Complaint about service quality: the manager reassigns (a ruling); later deals go 100% to the new agent.',
  ),
  'case-field/R10b': c(
    '业务员无过错的投诉：客户仍归原业务员；经理指定的代接待人成交：{split:R10b}。',
    'Complaint where the agent was not at fault: the customer stays; if the agent designated to receive them closes: {split:R10b}.',
  ),

  // ---- first-receptionist 格林枫景 ----
  'first-receptionist/R2': c(
    '首次接待者归属，其他人之后的接待为义务接待。',
    'The first receptionist owns; later receptions by others are duty help.',
  ),
  'first-receptionist/R3': c(
    '点名原业务员的客户交还原业务员；原业务员不在时他人代接待并当天告知，不算轮序。',
    'A customer who names the original agent is handed back; if that agent is away another receives and tells them the same day, not a rotation turn.',
  ),
  'first-receptionist/R4': c(
    '未被认出的客户按新客户接待；但交定金后 {deals.lateEvidence.days:d} 内登记表证明首次接待人，客户无条件归还首次接待人；此后录入的证据不算。',
    'A customer not recognized is received as new; but if within {deals.lateEvidence.days:d} of the deposit the register proves the first receptionist, the customer returns to them; evidence entered later does not count.',
  ),
  'first-receptionist/R5': c(
    '已购房业主带来的朋友（业主当天也有登记）归该业主的业务员，无论其是否在场。',
    "Friends brought by an existing buyer (the buyer has a row the same day) belong to the buyer's agent, present or not.",
  ),
  'first-receptionist/R6': c(
    '一个月内客户被他人抢走或成交后被争抢达 {flags.taken} 次及以上的业务员，在月结中标记。',
    'An agent whose customers are taken, or fought over after deposit, {flags.taken} times or more in a month is flagged on the month-end summary.',
  ),
  'first-receptionist/R8': c(
    '离职业务员的客户交{departed.to}重新分配。',
    "A departed agent's customers go to {departed.to} for reassignment.",
  ),

  // ---- first-contact 售楼部 ----
  'first-contact/R1': c(
    '首次接触（来电或来访）者归属；归属人不在时他人协助，协助者不计业绩。',
    'First contact, call or visit, owns; when the owner is absent others help, with no performance credit.',
  ),
  'first-contact/R2': c(
    '业务员的老客户介绍的新客户归该业务员，并沿介绍链传递（新客户点名该业务员或首次登记即写明介绍人）；新客户点名其他业务员的，归被点名者。',
    "A new customer introduced by agent A's customer belongs to A, down the chain (when the new customer names A or the referrer is on the first row); one who names another agent belongs to that agent.",
  ),
  'first-contact/R2b': c(
    '业务员的亲友归该业务员（登记为指定顾问）。',
    'A relative or friend of an agent belongs to that agent (recorded as designated).',
  ),
  'first-contact/R3': c(
    '同一天在不同案场由不同业务员接待：分单，业绩平分。',
    'Received the same day at different sites by different agents: the order is split equally.',
  ),
  'first-contact/R4': c(
    '未登记的来访不产生归属；未记录姓名的记录（即使有电话）也不算登记，为弱记录。',
    "Unregistered visits give no claim; a row without the customer's name, even with a phone, is not a registration either: it is weak.",
  ),
  'first-contact/R5': c(
    '离职业务员未成交的客户作为新客户，由{departed.to}分配。',
    "A departed agent's undealt customers are new customers, assigned by {departed.to}.",
  ),

  // ---- marketing-center 营销中心 ----
  'marketing-center/R1': c('首接负责制：首次接待者归属。', 'The first receptionist owns (首接负责制).'),
  'marketing-center/R2': c(
    '首次来访后 {claim.firstFollowup.days:d} 内须首次回访（否则预警）；来访客户两次联系间隔最长 {claim.window}，来电客户 {claim.callWindow}，超过则交经理重新分配。',
    'A first call-back is due within {claim.firstFollowup.days:d} of the first visit (else a warning); at most {claim.window} between contacts for visit customers, {claim.callWindow} for call customers; beyond that the manager reassigns.',
  ),
  'marketing-center/R3': c(
    '来电客户由经理分配：仅有来电时客户待经理分配，分配后按来电客户期限计算。',
    'Call customers are assigned by the manager: a call alone leaves the customer waiting for the manager; the call-customer window runs from the assignment.',
  ),
  'marketing-center/R4': c(
    '归属人忙于接待新客户、他人接待其老客户：当天成交{split:sameDayReception}；当天未成交客户仍归归属人；归属人当天约了客户来签约的，成交全部归归属人。',
    "The owner busy with a new customer and another agent receives their returning customer: a deal that day is {split:sameDayReception}; no deal and the owner keeps the customer; a customer the owner had booked to sign that day is the owner's deal, 100%.",
  ),
  'marketing-center/R5': c(
    '外展、巡展登记的客户归登记人；否则按新客户处理。',
    'A customer registered at an outside exhibition belongs to that registration; otherwise new.',
  ),

  // ---- deal-attribution 成交客户归属规定 ----
  'deal-attribution/R1': c(
    '成交归首次接待人（以登记日期为准），归属有效期 {claim.window}；期满后只有客户点名或原业务员认出客户时仍归原业务员，否则归新接待人。',
    'A deal belongs to the first receptionist by the register date, for {claim.window}; after that the original keeps it only if the customer names them or they recognized the customer, else the new receptionist.',
  ),
  'deal-attribution/R2': c(
    '家庭成员被两位业务员接待：客户承认并认识原业务员归原业务员；接待时查明当场成交两人平分；事后才查明归第二位。',
    'Family members received by two agents: the customer knows the first agent → first agent; found out during the visit and closed on the spot → split equally; found out later → second agent.',
  ),
  'deal-attribution/R3': c(
    '老客户再次购买，归原业务员。',
    'An old customer buying again belongs to the original agent.',
  ),
  'deal-attribution/R4': c(
    '老客户的亲戚、同事由老客户带来，归原业务员；否则为新客户。',
    "An old customer's relatives or colleagues brought by the buyer belong to the original agent; otherwise new.",
  ),
  'deal-attribution/R5': c(
    '老客户亲自带新客户来（当天有登记），或新客户首次来访即点名原业务员，归原业务员；只提到介绍人或事后才提，归新接待人。',
    'The old customer brings the new one in person (a row the same day), or the new customer names the original agent on the first visit → original agent; a referrer only mentioned, or mentioned later → the new receptionist.',
  ),
  'deal-attribution/R6': c(
    '业务员离职：由{departed.to}指定人员回访，客户点名该人员的归其所有，否则为新客户。',
    'A departed agent: {departed.to} assigns a caller; a customer who names that caller is theirs, otherwise new.',
  ),
  'deal-attribution/R7': c(
    '经{team.label}关系（开发商、建筑商）首次来访并当场成交，业绩归{team.label}。',
    'A first visit through the developer or builder closed on the spot: performance to {team.label}.',
  ),

  // ---- walk-in-desk 客户归属制度 ----
  'walk-in-desk/R1': c(
    '从未来过的客户，归接待他的轮值业务员。',
    'A customer never seen before belongs to the agent on rotation who receives them.',
  ),
  'walk-in-desk/R2': c(
    '认出老客户的业务员接待并归属该客户。',
    'An agent who recognizes a returning customer receives and owns them.',
  ),
  'walk-in-desk/R3': c(
    '无人认出的客户，归接待他的业务员。',
    'A customer whom nobody recognizes belongs to the agent who receives them.',
  ),
  'walk-in-desk/R4': c(
    '当天休息的业务员，若来访前 {claim.offDayShare.days:d} 内有自己的跟进记录，与接待人五五分；没有则归接待人。',
    'An agent off that day with a follow-up of their own in the {claim.offDayShare.days:d} before the visit shares the customer 50/50 with the receiving agent; without one, the receiving agent owns.',
  ),
  'walk-in-desk/R5': c('点名某业务员的客户归被点名者。', 'A customer who names an agent belongs to that agent.'),
  'walk-in-desk/R6': c(
    '首次来访前打过电话并说出接电话业务员的，归该业务员。',
    'A first visitor who called before and names the phone agent belongs to the phone agent.',
  ),
  'walk-in-desk/R7': c(
    '打过电话但说不出是谁接的，归接待人。',
    'A first visitor who called before but cannot name anybody belongs to the receiving agent.',
  ),

  // ---- cross-customer 交叉客户 ----
  'cross-customer/R1': c(
    '首次接待者归属，前提是来访已登记。',
    'First reception owns, provided the visit is on the register.',
  ),
  'cross-customer/R3': c(
    '归属人忙时他人接待并告知，归属人须在 {claim.callback.days:d} 内（次日下班前）电话回访，否则客户交经理另行安排；接待当场成交，业绩与佣金归归属人。',
    'The owner busy: another agent receives and tells them; the owner must call back within {claim.callback.days:d} (by the end of the next day) or the manager reassigns the customer; a deal at that reception goes to the owner.',
  ),
  'cross-customer/R4.1': c(
    '连续 {claim.window} 没有跟进记录（自最后一次联系的次日起算），视为放弃该客户。',
    '{claim.window} in a row without a follow-up record (counted from the day after the last contact) and the claim lapses.',
  ),
  'cross-customer/R4.2': c(
    '他人成交后超过 {deals.lateEvidence.days:d} 才发现的，视为放弃；成交日 + {deals.lateEvidence.days:d} 之后录入的证据不算。',
    'A deal by another agent that the owner finds more than {deals.lateEvidence.days:d} later: the owner has given up; evidence entered after deal day + {deals.lateEvidence.days:d} does not count.',
  ),
  'cross-customer/R4.3': c(
    '只来过电话的客户，在跟进期内被他人成交：{split:R4.3}；由来电接待人成交则全归来电接待人。',
    'A phone-only customer closed by another agent within the follow-up window: {split:R4.3}; closed by the caller: all to the caller.',
  ),
  'cross-customer/R4.5': c(
    '父母、夫妻为同一客户；兄弟姐妹、亲戚为独立客户；同事合买同一套房为同一客户（须经理裁决）。',
    'Parents and spouses are the same customer; siblings and other relatives are separate; colleagues buying one unit are one customer (a manager rules).',
  ),
  'cross-customer/R5.2': c(
    '甲先于乙：甲最近一次跟进未超过 {claim.window}，乙退出。',
    "A before B: if A's latest follow-up is within {claim.window}, B withdraws.",
  ),

  // ---- dafang 达方 ----
  'dafang/R1': c('谁先成交，客户归谁。', 'A customer belongs to whoever made the first deal with them.'),
  'dafang/R3': c(
    '老客户介绍的客户由老客户的业务员接待并归属。',
    "A customer referred by an old customer is received by, and belongs to, the old customer's agent.",
  ),
  'dafang/R4': c(
    '{closed.window} 没有沟通也没有续单，客户释放。',
    '{closed.window} without communication or a repeat order releases the customer.',
  ),
  'dafang/R6': c(
    '归属人休息、他人与其老客户成交：{split:R6}。',
    'The owner resting and another agent closes with their old customer: {split:R6}.',
  ),
  'dafang/R9': c(
    '有效的客户资料须有全名或姓氏，以及真实的联系电话。',
    'A valid record needs a full name or surname and a real phone.',
  ),
  'dafang/R10': c(
    '电话预约的客户由预约的业务员接待。',
    'A customer who booked by phone with an agent is received by that agent.',
  ),

  // ---- channel-confirm 渠道确客 ----
  'channel-confirm/R1': c(
    '渠道经纪人须在客户到访前至少 {filing.leadMinutes.minutes:h} 报备客户姓名和电话。',
    'A channel broker reports the customer (name, phone) at least {filing.leadMinutes.minutes:h} before the visit.',
  ),
  'channel-confirm/R2': c(
    '登记表上没有该客户的来电来访、或最近一次早于报备 {claim.window} 以上，判为渠道客户；否则归登记表上的业务员，报备不予受理。',
    "If the register has no call or visit for the customer, or the latest is more than {claim.window} before the report, it is the channel's customer; otherwise it belongs to the agent on the register and the report is rejected.",
  ),
  'channel-confirm/R3': c(
    '判定后 {filing.visitWithin} 内渠道须带客到访，否则报备失效。',
    'The broker must bring the customer within {filing.visitWithin} after the judgment, else the report lapses.',
  ),
  'channel-confirm/R4': c(
    '切客：为登记表 {claim.window} 内已有客户的家庭成员（配偶、父母、子女、兄弟姐妹）报备，不予受理并标记。',
    'Cutting in (切客): a report for a household member (spouse, parents, children, siblings) of a customer the register holds within {claim.window} is rejected and flagged.',
  ),
  'channel-confirm/R5': c(
    '备案表有带客确认单一栏时，渠道归属须签字后才生效，此前为报备待到访。',
    'Where the filing sheet keeps a 带客确认单 column, a channel claim takes effect only once signed; until then it is pending a visit.',
  ),

  // ---- developer-direct 甲方直接客户 ----
  'developer-direct/R1': c(
    '甲方确认单在客户首次来电来访当天或之前提交、且至认购日各项完整（姓名、房号、面积、价格、客户签字、双方审批），才算甲方直接客户。',
    "A deal is the developer's direct customer only when the 甲方确认 was filed on or before the first call or visit and is complete (name, unit, area, prices, signature, both approvals) by the deal day.",
  ),
  'developer-direct/R2': c(
    '首次来访后才出示的确认单、不完整的确认单、或认购名与确认单不符，均为乙方（代理）客户。',
    'A confirmation shown after the first visit, an incomplete one, or a deal under another name → an agency customer.',
  ),
  'developer-direct/R3': c(
    '代理客户向甲方要求优惠，仍为代理客户。',
    'An agency customer who asked the developer for a discount stays agency.',
  ),

  // ---- brokerage-viewing 看房确认单 ----
  'brokerage-viewing/R1': c(
    '带看后 {claim.window} 内，买方及其直系亲属、代理人私下与业主成交，应付成交价 {owed.rate%} 给经纪公司，记在带看业务员名下。',
    'For {claim.window} after a viewing, if the buyer or their relatives or representatives deal with the owner directly, {owed.rate%} of the price is owed to the brokerage, credited to the viewing agent.',
  ),
  'brokerage-viewing/R2': c(
    '首次看房后经其他中介成交，同样应付 {owed.rate%}（期限同为 {claim.window}）。',
    'A buyer on their first viewing who then closes through another agency owes {owed.rate%} all the same (within the same {claim.window}).',
  ),

  // ---- daily-chem-filing 日化 ----
  'daily-chem-filing/R1': c(
    '先备案先得：备案客户受保护 {filing.window}，他人不得接触；他人之后对同一客户的备案不予受理。',
    'First filed, first served: a filed customer is protected for {filing.window} and nobody else may approach them; a later filing by another agent is rejected.',
  ),
  'daily-chem-filing/R2': c(
    '备案后 {claim.window} 内没有成交，客户释放（②）。',
    'No deal within {claim.window} of filing → released (②).',
  ),
  'daily-chem-filing/R3': c(
    '有订单回款保持③；距最近一次回款超过 {closed.window} 为④预警；超过 {closed.warnUntil} 为⑤完全释放。',
    'An order payment keeps the customer ③; more than {closed.window} since the last payment → ④ warning; more than {closed.warnUntil} → ⑤ released.',
  ),

  // ---- tools-filing 飞达 ----
  'tools-filing/R1': c(
    '已备案且有销售的客户受保护，其他业务员不得向其销售。',
    'A filed customer with sales is protected; no other agent may sell to them.',
  ),
  'tools-filing/R2': c(
    '已拜访并备案的客户 {claim.window} 内其他人不得拜访；期间无销售则释放，他人可以拜访。',
    'A visited and filed customer: {claim.window} in which no other agent may visit; no sale in that time and others may.',
  ),
  'tools-filing/R3': c(
    '有过销售但 {closed.window} 无销售也无回款，客户转{company}重新分配。',
    'A customer with sales but none and no payment for {closed.window} is transferred to {company} for reassignment.',
  ),
  'tools-filing/R5': c(
    '在公司购买时点名某业务员的客户，归该业务员。',
    'A customer buying at the company who names a salesperson belongs to that salesperson.',
  ),

  // ---- decide/D1..D24 (rulebook §10) ----
  'decide/D1': c(
    '报备或到访没有时间时，「提前半天」按日期判断：报备须早于到访日，当天报备算迟报。',
    'Where the report or the visit has no time, "half a day before" is read on dates: the report must be dated before the visit\'s day; a same-day report is late.',
  ),
  'decide/D2': c(
    '{claim.window} 保护期同样约束归属：业务员的归属在其最近一次联系后 {claim.window} 内有效，渠道的归属在其到访及之后每次联系后 {claim.window} 内有效，期满释放。',
    "The {claim.window} protection also bounds claims: an agent's holds through {claim.window} after their latest contact, a channel's through {claim.window} after its visit and each later contact; then it lapses.",
    'channel-confirm',
  ),
  'decide/D3': c(
    '有效渠道客户成交后归属仍记为渠道（已成交），业绩与佣金全部归接待渠道来访的业务员；渠道费按其合同，不参与分成。',
    "A deal on a valid channel customer leaves the channel as owner (closed); performance and commission go 100% to the agent who received the channel's visit; the channel's fee follows its contract.",
  ),
  'decide/D4': c(
    '他人在归属人期限最后一天接待：客户保留到次日结束，期间回访即为跟进并重新计时；否则交经理。',
    "Another agent's reception on the owner's last window day keeps the customer the owner's through the next day; a call-back by then restarts the window; none, and the manager reassigns.",
  ),
  'decide/D5': c(
    '连续无跟进而失效的客户进入公海；只有错过回访期限才交经理。',
    'A claim lapsed for lack of follow-up goes to the pool; only a missed call-back sends the customer to the manager.',
  ),
  'decide/D6': c(
    '仅备案即受保护 {filing.window}；有销售的客户，保护期满后他人拜访仍列入冲突，直到转公司；离职业务员的客户由{departed.to}安排。',
    "A filing alone is protected for {filing.window}; with sales, other agents' visits stay on Conflicts after that until the company transfer; a departed agent's customers go to {departed.to}.",
    'tools-filing',
  ),
  'decide/D7': c(
    '只有归属人自己的联系和续单才续期，他人联系为义务接待；业务员来访前的电话或约访为预约，来访即其接待。',
    "Only the owner's own contacts and repeat orders renew the month; another agent's contact is duty help; an agent's call or booking before the visit makes the visit their reception.",
    'dafang',
  ),
  'decide/D8': c(
    '备案期满后备案人的回款使客户重新成为③，从回款日重新计时；期间他人重新备案的，以其备案为准。',
    "The filer's payment after the filing lapsed makes the customer ③ again, the clock running from it; if another agent filed after the release, that filing holds.",
    'daily-chem-filing',
  ),
  'decide/D9': c(
    '确认单完整指：姓名、房号、面积、原单价、优惠后单价、客户签字、双方审批齐全（有总价栏时含总价）；姓氏加称谓与以该姓开头的全名视为同名。',
    "Complete means name, unit, area, list and discounted unit prices, the customer's signature and both approvals (and the total where kept); surname + title matches a full name with that surname.",
  ),
  'decide/D10': c(
    '直系亲属包括配偶；佣金归成交前 12 个月内最早带看的业务员（他司成交：首次带看的业务员）。',
    'Lineal relatives include spouses; the fee goes to the agent of the earliest viewing within 12 months of the deal (elsewhere: the first viewing).',
  ),
  'decide/D11': c(
    '定金、认购、签约、全款为同一笔购买：后续阶段沿用首阶段的分成，月结只计一次。',
    "Deposit, subscription, contract and full payment are one purchase: later stages carry the first stage's split, and the month counts it once.",
  ),
  'decide/D12': c(
    '判定某天时使用该天及以前的所有记录，与录入时间无关（及时登记规则除外）；已写入的月结不再改变，迟到的记录在首次看到它的运行中记入变更日志。',
    'Judging a day uses every row dated on or before it, whatever its entry time (except timely-registration rules); a written month-end never changes, and late rows show on the change log of the run that first sees them.',
  ),
  'decide/D13': c(
    '没有年份的日期，年份依次取自：表名或标题、录入时间、最接近表中最新完整日期的年份、判定日之前最近的该日期。',
    "A date without a year takes it from the sheet's name or title, the row's entry stamp, the year nearest the sheet's latest full date, else the latest such day before the as-of day.",
  ),
  'decide/D14': c(
    '以第二人首次登记的日期判断：{claim.window} 内且当天未成交，客户归还原接待，其后的成交仍归原接待并列入冲突；只有首次出现当天成交才按分成。',
    "The second agent's first row decides: inside {claim.window} with no deal that day, the customer goes back to the original, whose later deals they stay, listed on Conflicts; only a deal that first day takes the split.",
    'case-field',
  ),
  'decide/D15': c(
    '仅以关系栏关联的家庭成员按规则二判断：接待当次查明归第一位（当场成交平分），事后查明归第二位。',
    'Family members tied only by a relation link follow R2: found out at the reception → first agent (a deal that day split equally); only later → second agent.',
  ),
  'decide/D16': c(
    '报备有效期内他人带来的来访算作报备人的到访，带客者为义务接待；报备失效后报备人的到访与他人同等对待。',
    "While a report is live, a visit brought by another agent is the reporter's visit and the bringer is duty help; after the report lapsed, the reporter's own visit counts like anyone's.",
  ),
  'decide/D17': c(
    '裁决为新归属人重新开始各项期限，视同其联系、来访或备案；已成交的分成不变。',
    'A ruling restarts the windows from its date for the new owner, as their contact, visit or filing; past deals keep their splits.',
  ),
  'decide/D18': c(
    '{claim.firstFollowup.days:d} 内的首次回访即解除预警；只有归属人自己的联系续期；来电客户来访后按来访客户计算。',
    "A first call-back inside {claim.firstFollowup.days:d} clears the warning; only the owner's own contacts renew; a call customer who visits is a visit customer from then on.",
    'marketing-center',
  ),
  'decide/D19': c(
    '「近 {claim.offDayShare.days:d}」包括来访当天及之前 {claim.offDayShare.days:d}；都有时间时只算来访时间之前的跟进。',
    '"The last {claim.offDayShare.days:d}" covers the visit day and the {claim.offDayShare.days:d} before it; with times, only follow-ups before the visit count.',
    'walk-in-desk',
  ),
  'decide/D20': c(
    '一个家庭为同一客户，{claim.window} 之内按家庭成员分成，之外归第二接待人；成交归属规定中原业务员每次接待都重新计算一个月。',
    'A household is one customer: inside {claim.window} the family split applies, beyond it the second agent; under deal attribution each visit the original receives restarts the month.',
    'case-field',
  ),
  'decide/D21': c(
    '被指定的业务员与首次接待人同等对待：他人成交按 7:3（仅取资料时 3:7）分成，业绩与佣金相同。',
    'A designated agent owns like a first receptionist: a deal by another is split 70/30 (30/70 after a brief contact), performance and commission alike.',
  ),
  'decide/D22': c(
    '有姓名无电话的成交仍然计入（标记为弱记录）：业绩与佣金全归成交人，列入问题与冲突，不并入也不改变其他客户的归属。',
    'A deal row with a name but no phone still counts, marked weak: 100% to its agent, listed on Issues and Conflicts; it joins no customer and moves no claim.',
  ),
  'decide/D23': c(
    '日期、时间、电话、业务员、类型、金额和房号都相同的成交行只算一次，其余副本列入问题。',
    'Deal rows equal in date, time, phone, agent, kind, amount and unit are one entry, counted once; each copy is listed on Issues.',
  ),
  'decide/D24': c(
    '从未被任何业务员认领的客户（无接待人或只有弱记录）为无归属，在公海中，下一个有效接触的业务员即归属。',
    'A customer nobody has claimed (no agent, or only weak rows) is unowned, in the pool; the next valid contact by an agent owns.',
  ),
};

/** Every clause by rule id. */
export function clauseTexts(): Readonly<Record<string, ClauseData>> {
  return TEXTS;
}
