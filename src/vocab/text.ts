// How words are put together in each language (issue 15 point 6): the separators of a list
// (、 / , ), of clauses (； / ; ) and of phrases in a sentence (， / , ), and a name with a note
// after it (name（why） / name (why)). Every module joins words here instead of choosing
// punctuation inline.
import type { Lang } from './lang';

type Pair = { readonly zh: string; readonly en: string };

const LIST: Pair = { zh: '、', en: ', ' };
const CLAUSE: Pair = { zh: '；', en: '; ' };
const PHRASE: Pair = { zh: '，', en: ', ' };

/** Items of a list: 张三、李四 / Zhang, Li. */
export function listJoin(items: readonly string[], lang: Lang): string {
  return items.join(LIST[lang]);
}

/** The separator between clauses: ； / "; " (for splitting text that clauseJoin made). */
export function clauseSep(lang: Lang): string {
  return CLAUSE[lang];
}

/** Clauses of one sentence: A；B / A; B. */
export function clauseJoin(items: readonly string[], lang: Lang): string {
  return items.join(CLAUSE[lang]);
}

/** Phrases of one sentence: 客户 3，成交 2 / 3 customers, 2 deals. */
export function phraseJoin(items: readonly string[], lang: Lang): string {
  return items.join(PHRASE[lang]);
}

/** A label before its value: 电话：… / phone: … */
export function labelled(label: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}

/** A name with a note after it: 来访登记（不是登记表） / Visits (not a register). */
export function aside(name: string, why: string, lang: Lang): string {
  return lang === 'zh' ? `${name}（${why}）` : `${name} (${why})`;
}
