// The columns Guishu reads, and the header words that name them (rulebook §2.1–2.4). The lists
// are a start, not a closed set: a manager corrects the rest once through ReadOptions.mapping.
import { OWN_COLUMN_HEADERS, OWN_COLUMN_SPECS, type OwnColumn } from './labels';
import { wordKey } from './text';

export type { OwnColumn } from './labels';

export type SheetRole = 'register' | 'filing' | 'staff' | 'rulings';

/** Register and filing columns (rulebook §2.1, §2.2). */
export type RecordField =
  | 'date'
  | 'time'
  | 'name'
  | 'phone'
  | 'agent'
  | 'kind'
  | 'first'
  | 'designated'
  | 'referrer'
  | 'accompanied'
  | 'relation'
  | 'linkedPhone'
  | 'brief'
  | 'site'
  | 'amount'
  | 'source'
  | 'entered'
  | 'note'
  | 'dealDate'
  | 'depositDate'
  | 'channel'
  | 'broker'
  | 'judged'
  | 'confirmed'
  | 'unit'
  | 'area'
  | 'price'
  | 'discountPrice'
  | 'totalPrice'
  | 'signedByCustomer'
  | 'approvedByDeveloper'
  | 'approvedByAgency'
  | 'nature';

/** Staff sheet columns (rulebook §2.3). */
export type StaffField = 'staffName' | 'staffStatus' | 'staffFrom' | 'staffTo' | 'manager' | 'email' | 'team' | 'order';

/** Rulings columns (rulebook §2.4). A second customer column (name and phone apart) becomes `phone`. */
export type RulingField = 'rulingDate' | 'customer' | 'newOwner' | 'reason' | 'decidedBy';

export type FieldName = RecordField | StaffField | RulingField;

type Synonyms = Partial<Record<FieldName, readonly string[]>>;

// Shared by registers and filings; each role then adds or overrides its own words.
const RECORD_COMMON: Synonyms = {
  name: ['客户姓名', '姓名', '客户名称', '客户', '客户名', '客户称呼', '称呼', 'customer', 'name', 'customername'],
  phone: [
    '联系电话',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系方式',
    '客户电话',
    '客户手机',
    '电话号码',
    '联系号码',
    '客户联系方式',
    'phone',
    'mobile',
    'tel',
    'telephone',
  ],
  agent: [
    '接待人',
    '置业顾问',
    '接待置业顾问',
    '销售员',
    '业务员',
    '销售人员',
    '接待顾问',
    '顾问',
    '带看人',
    '接待',
    '接待员',
    '销售顾问',
    '接待销售',
    '销售',
    '跟进人',
    'agent',
    'salesperson',
  ],
  kind: [
    '类型',
    '来访方式',
    '登记类型',
    '来访类型',
    '接待类型',
    '方式',
    '到访方式',
    '到访类型',
    '来访形式',
    'type',
    'kind',
  ],
  first: ['是否首次', '首访', '首次来访', '是否首访', '首次', 'first', 'firstvisit'],
  designated: ['指定顾问', '指定接待', '点名顾问', '指定置业顾问', '指定', '点名', 'designated', 'designatedagent'],
  referrer: ['介绍人', '推荐人', '老客户介绍', '介绍人电话', '推荐人电话', 'referrer', 'referredby'],
  accompanied: ['陪同', '老客户陪同', '是否陪同', '带客人', '老客户带来', 'accompanied'],
  relation: ['关系', '家庭关系', '亲属关系', '关联关系', 'relation', 'relationship'],
  linkedPhone: ['关联电话', '家属电话', '关联人电话', '亲属电话', 'linkedphone'],
  brief: ['仅取资料', '是否仅取资料', '取资料', 'brief', 'brochureonly'],
  site: ['案场', '销售现场', '地点', '来访地点', '项目', 'site'],
  amount: ['金额', '成交金额', '定金金额', '成交价', '成交总价', 'amount'],
  // How the deal was made (他司, 业主自行交易: brokerage-viewing R1, R2) is where it came from.
  source: ['来源', '客户来源', '来访渠道', '来源渠道', '认知途径', '成交方式', '成交渠道', '交易方式', 'source'],
  entered: ['录入时间', '登记时间', '录入日期', '填写时间', 'entered'],
  note: ['备注', '说明', 'note', 'notes', 'remark', 'remarks'],
  dealDate: ['成交日期', '签约日期', '成交时间', '签约时间', '全款日期', 'dealdate'],
  depositDate: ['定金日期', '认购日期', '下定日期', '交定日期', '认购时间', 'depositdate'],
  channel: ['渠道公司', 'channel'],
  broker: ['渠道经纪人', 'broker'],
  judged: ['判定日期', 'judged', 'judgeddate'],
  confirmed: ['带客确认单', '确认单', '确认', '是否确认', 'confirmed'],
  unit: ['房号', '房源', '房间号', 'unit'],
  area: ['面积', '建筑面积', 'area'],
  price: ['原单价', '单价', 'price'],
  discountPrice: ['优惠后单价', '折后单价', '优惠单价', 'discountprice'],
  totalPrice: ['totalprice'],
  signedByCustomer: ['客户签字', '客户签名', 'customersigned'],
  approvedByDeveloper: ['甲方签字', '甲方审批', '甲方签名', 'developerapproval'],
  approvedByAgency: ['乙方签字', '乙方审批', '乙方签名', 'agencyapproval'],
  nature: ['客户性质', 'nature', 'customertype'],
};

const REGISTER: Synonyms = {
  ...RECORD_COMMON,
  date: [
    '日期',
    '来访日期',
    '来电日期',
    '登记日期',
    '接待日期',
    '到访日期',
    // 飞达's 《客户拜访记录》 (seed 004) and the follow-up books offices keep.
    '拜访日期',
    '跟进日期',
    '回访日期',
    '带看日期',
    '看房日期',
    // A 回款记录 sheet is dated by its payments (its rows are payments, by the sheet's name).
    '回款日期',
    'date',
    'visitdate',
  ],
  // A `time` header on a sheet without a date column is read as the date (it holds date-times).
  time: ['时间', '来访时间', '来电时间', '到访时间', '接待时间', 'time'],
  agent: [...(RECORD_COMMON.agent ?? []), '经纪人', '拜访人'],
  amount: [...(RECORD_COMMON.amount ?? []), '总价', '回款金额'],
  // On a register 渠道 says where the visitor came from (rulebook §2.1 source).
  source: [...(RECORD_COMMON.source ?? []), '渠道', '渠道公司'],
  channel: ['channel'],
};

const FILING: Synonyms = {
  ...RECORD_COMMON,
  name: [...(RECORD_COMMON.name ?? []), '公司名称', '单位名称'],
  date: ['备案日期', '报备日期', '登记日期', '日期', '备案时间', '建档日期', 'date', 'filingdate'],
  time: ['报备时间', '时间', 'time'],
  // 经纪人 is resolved after mapping: the broker when a channel column exists, else the agent.
  agent: [...(RECORD_COMMON.agent ?? []), '报备人', '备案人', '经纪人'],
  kind: ['备案类型', '报备类型', ...(RECORD_COMMON.kind ?? [])],
  channel: ['渠道', '渠道公司', '渠道名称', 'channel'],
  totalPrice: ['总价', 'totalprice'],
  // channel-confirm R5 「由任总签字后生效」: a filing's own 审批 / 签字 column is the slip's signature.
  confirmed: [
    ...(RECORD_COMMON.confirmed ?? []),
    '审批',
    '签字',
    '任总签字',
    '是否审批',
    '是否签字',
    '审批状态',
    '签字状态',
    '确认状态',
    '签字确认',
    '审批结果',
    'approved',
    'signed',
  ],
};

const STAFF: Synonyms = {
  staffName: ['姓名', '人员', '置业顾问', '员工', '员工姓名', '顾问', 'name', 'staff'],
  staffStatus: ['状态', '在职状态', '人员状态', 'status'],
  staffFrom: ['日期', '生效日期', '开始日期', '离职日期', '起始日期', 'from', 'date'],
  staffTo: ['结束日期', '至', '截止日期', 'to', 'until'],
  manager: ['经理', '是否经理', '管理员', 'manager'],
  email: ['邮箱', '电子邮箱', '邮件', 'email', 'e-mail'],
  team: ['团队', '组别', '小组', '组', 'team'],
  order: ['顺序', '接待顺序', '轮序', '轮岗顺序', 'order'],
};

const RULINGS: Synonyms = {
  rulingDate: ['日期', '裁决日期', '分配日期', 'date'],
  customer: [
    '客户',
    '客户姓名',
    '客户名称',
    '姓名',
    '联系电话',
    '电话',
    '手机',
    '手机号',
    '客户电话',
    'customer',
    'phone',
  ],
  newOwner: ['新归属人', '归属人', '分配给', '新顾问', 'newowner', 'owner', 'assignedto'],
  reason: ['原因', '裁决原因', '分配原因', 'reason'],
  decidedBy: ['裁决人', '经理', '决定人', 'decidedby'],
};

function keyMap(table: Synonyms): ReadonlyMap<string, FieldName> {
  const map = new Map<string, FieldName>();
  for (const [field, words] of Object.entries(table) as [FieldName, readonly string[]][]) {
    for (const word of words) {
      const key = wordKey(word);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
}

function ownMap(role: 'register' | 'filing'): ReadonlyMap<string, OwnColumn> {
  const map = new Map<string, OwnColumn>();
  for (const [col, text] of Object.entries(OWN_COLUMN_HEADERS[role]) as [OwnColumn, { zh: string; en: string }][]) {
    map.set(wordKey(text.zh), col);
    map.set(wordKey(text.en), col);
  }
  return map;
}

/** Headers an earlier version wrote for an own column (OWN_COLUMN_SPECS aliases). */
function aliasMap(role: 'register' | 'filing'): ReadonlyMap<string, OwnColumn> {
  const map = new Map<string, OwnColumn>();
  for (const spec of OWN_COLUMN_SPECS[role]) {
    for (const text of spec.aliases) {
      map.set(wordKey(text.zh), spec.key);
      map.set(wordKey(text.en), spec.key);
    }
  }
  return map;
}

/**
 * Header key -> own column, for the headers of an earlier version. Taken only next to a column
 * that is certainly ours (headers.ts), so a manager's own 归属人 column stays the manager's.
 */
export const OWN_ALIAS_KEYS: Readonly<Record<SheetRole, ReadonlyMap<string, OwnColumn>>> = {
  register: aliasMap('register'),
  filing: aliasMap('filing'),
  staff: new Map(),
  rulings: new Map(),
};

/** Header key -> field, per role (keys as wordKey makes them). */
export const FIELD_KEYS: Readonly<Record<SheetRole, ReadonlyMap<string, FieldName>>> = {
  register: keyMap(REGISTER),
  filing: keyMap(FILING),
  staff: keyMap(STAFF),
  rulings: keyMap(RULINGS),
};

/** Header key -> Guishu's own column. Only registers and filings carry own columns. */
export const OWN_KEYS: Readonly<Record<SheetRole, ReadonlyMap<string, OwnColumn>>> = {
  register: ownMap('register'),
  filing: ownMap('filing'),
  staff: new Map(),
  rulings: new Map(),
};

/** A header row must name at least one of these to count as the header row. */
export const REQUIRED: Readonly<Record<SheetRole, readonly FieldName[]>> = {
  register: ['date', 'time', 'name', 'phone', 'agent'],
  filing: ['date', 'time', 'name', 'phone', 'agent'],
  staff: ['staffName'],
  rulings: ['rulingDate', 'customer', 'newOwner'],
};

/** Header words that mark a filing sheet when its name says nothing (rulebook §2.2). */
export const FILING_MARKERS: ReadonlySet<string> = new Set(
  ['备案日期', '报备日期', '报备人', '备案人', '备案类型', '报备类型', '报备时间', '建档日期'].map(wordKey),
);

/** Header words that mark a rulings sheet (rulebook §2.4). */
export const RULING_MARKERS: ReadonlySet<string> = new Set(['新归属人', '分配给'].map(wordKey));

/** The filing header that names the broker when a channel column exists, else the agent. */
export const BROKER_OR_AGENT = wordKey('经纪人');

/** Date-valued fields: parsed as dates, with the same year inference. */
export const DATE_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  'date',
  'dealDate',
  'depositDate',
  'judged',
  'entered',
  'staffFrom',
  'staffTo',
  'rulingDate',
]);
