// The one home of the customer-category words (developer-direct: a developer's own customer or an
// agency's), zh-CN and en side by side.
import type { CustomerResult } from '../engine/types';
import type { Word } from './fields';

export type Category = NonNullable<CustomerResult['category']>;

/** As a label: 客户归属总表's 类别 column. */
export const CATEGORY_WORDS: Readonly<Record<Category, Word>> = {
  direct: { zh: '甲方直接客户', en: 'Developer direct' },
  agency: { zh: '乙方客户', en: 'Agency' },
};

/** At the head of a reason (“甲方直接客户：…” / “direct (developer’s own): …”); zh as the label. */
export const CATEGORY_IN_SENTENCE: Readonly<Record<Category, Word>> = {
  direct: { zh: CATEGORY_WORDS.direct.zh, en: 'direct (developer’s own)' },
  agency: { zh: CATEGORY_WORDS.agency.zh, en: 'agency' },
};
