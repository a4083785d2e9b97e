// A customer's status word: the preset's own where it has one (daily-chem-filing's ①–⑥), else the
// default word of src/vocab/statuses.ts (rulebook §5).
import type { Policy } from '../policy/schema';
import { STATUS_WORDS } from '../vocab/statuses';
import type { Status } from './types';

export function statusLabel(policy: Policy, status: Status, variant: string | null): { zh: string; en: string } {
  return (variant ? policy.labels[`${status}:${variant}`] : undefined) ?? policy.labels[status] ?? STATUS_WORDS[status];
}
