// The one home of the words for the fields Guishu reads (issue 15 point 6): every field key of the
// table layer with its zh-CN and en word side by side. The table layer (问题, setup's field list),
// the engine's reasons (developer-direct's missing items), the command line and the pages all read
// these; a field key is never shown to a user as it is. The zh word is the rulebook's (§2.1–§2.4)
// first header for the field where several are usual (渠道, not 渠道公司; 甲方审批 for the
// developer's approval, decide/D9).
import type { FieldName } from '../table/fields';

export interface Word {
  readonly zh: string;
  readonly en: string;
}

export const FIELD_WORDS: Readonly<Record<FieldName | 'sheet', Word>> = {
  date: { zh: '日期', en: 'Date' },
  time: { zh: '时间', en: 'Time' },
  name: { zh: '客户姓名', en: 'Name' },
  phone: { zh: '联系电话', en: 'Phone' },
  agent: { zh: '接待人', en: 'Agent' },
  kind: { zh: '类型', en: 'Kind' },
  first: { zh: '是否首次', en: 'First visit' },
  designated: { zh: '指定顾问', en: 'Designated agent' },
  referrer: { zh: '介绍人', en: 'Referrer' },
  accompanied: { zh: '陪同', en: 'Accompanied' },
  relation: { zh: '关系', en: 'Relation' },
  linkedPhone: { zh: '关联电话', en: 'Linked phone' },
  brief: { zh: '仅取资料', en: 'Brochure only' },
  site: { zh: '案场', en: 'Site' },
  amount: { zh: '金额', en: 'Amount' },
  source: { zh: '来源', en: 'Source' },
  entered: { zh: '录入时间', en: 'Entered' },
  note: { zh: '备注', en: 'Note' },
  dealDate: { zh: '成交日期', en: 'Deal date' },
  depositDate: { zh: '定金日期', en: 'Deposit date' },
  channel: { zh: '渠道', en: 'Channel' },
  broker: { zh: '渠道经纪人', en: 'Broker' },
  judged: { zh: '判定日期', en: 'Judged on' },
  confirmed: { zh: '带客确认单', en: 'Confirmation slip' },
  unit: { zh: '房号', en: 'Unit' },
  area: { zh: '面积', en: 'Area' },
  price: { zh: '原单价', en: 'List price' },
  discountPrice: { zh: '优惠后单价', en: 'Discounted price' },
  totalPrice: { zh: '总价', en: 'Total price' },
  signedByCustomer: { zh: '客户签字', en: 'Customer signature' },
  approvedByDeveloper: { zh: '甲方审批', en: 'Developer approval' },
  approvedByAgency: { zh: '乙方审批', en: 'Agency approval' },
  nature: { zh: '客户性质', en: 'Customer type' },
  staffName: { zh: '姓名', en: 'Name' },
  staffStatus: { zh: '在职状态', en: 'Status' },
  staffFrom: { zh: '生效日期', en: 'From' },
  staffTo: { zh: '结束日期', en: 'To' },
  manager: { zh: '是否经理', en: 'Manager' },
  email: { zh: '邮箱', en: 'Email' },
  team: { zh: '团队', en: 'Team' },
  order: { zh: '接待顺序', en: 'Rotation order' },
  rulingDate: { zh: '裁决日期', en: 'Ruling date' },
  customer: { zh: '客户', en: 'Customer' },
  newOwner: { zh: '新归属人', en: 'New owner' },
  reason: { zh: '原因', en: 'Reason' },
  decidedBy: { zh: '裁决人', en: 'Decided by' },
  sheet: { zh: '工作表', en: 'Sheet' },
};

/** A field's word; an unknown key gets a neutral word, never the key itself. */
export function fieldWord(field: string, lang: 'zh' | 'en'): string {
  const w = (FIELD_WORDS as Readonly<Record<string, Word>>)[field];
  return w ? w[lang] : lang === 'zh' ? '（其他列）' : '(other column)';
}
