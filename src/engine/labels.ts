// Status words (rulebook §5); a preset may use its own (daily-chem-filing's ①–⑥).
import type { Policy } from '../policy/schema';
import type { Status } from './types';

export const STATUS_LABELS: Record<Status, { zh: string; en: string }> = {
  unregistered: { zh: '未登记', en: 'Unregistered' },
  'pending-visit': { zh: '报备待到访', en: 'Pending visit' },
  protected: { zh: '保护中', en: 'Protected' },
  warning: { zh: '释放预警', en: 'Release warning' },
  released: { zh: '已释放', en: 'Released' },
  unowned: { zh: '无归属', en: 'Unowned' },
  company: { zh: '转公司', en: 'To company' },
  closed: { zh: '已成交', en: 'Closed' },
  disputed: { zh: '待裁决', en: 'Disputed' },
};

export function statusLabel(policy: Policy, status: Status, variant: string | null): { zh: string; en: string } {
  return (
    (variant ? policy.labels[`${status}:${variant}`] : undefined) ?? policy.labels[status] ?? STATUS_LABELS[status]
  );
}
