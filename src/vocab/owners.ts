// The one home of the owner-kind words (issue 15 point 6): who a customer can belong to, zh-CN and
// en side by side. An owner with a name (an agent, a channel's broker, the preset's company word)
// is shown by that name; these words are for 归属类型 and for an owner without one (the pool).
// The pool's words a manager may *write* in a ruling (公海, 释放 …) are the reader's, in
// src/engine/rules/ruling.ts.
import type { OwnerKind } from '../engine/types';
import type { Word } from './fields';

/** The kind as a label: 归属类型, the 归属人 cell of an owner without a name. */
export const OWNER_KIND_WORDS: Readonly<Record<OwnerKind, Word>> = {
  agent: { zh: '顾问', en: 'Agent' },
  pool: { zh: '公海', en: 'Pool' },
  company: { zh: '公司', en: 'Company' },
  channel: { zh: '渠道', en: 'Channel' },
  team: { zh: '团队', en: 'Team' },
};

/** The pool inside a sentence (the engine's reasons: “回公海” / “back to the pool”). */
export const POOL_IN_SENTENCE: Word = { zh: '公海', en: 'the pool' };
