// The two languages Guishu speaks (issue 15 point 6): reading a language code from settings, a
// page or a context, and the code a page's html element carries. Every other module asks here
// instead of comparing codes inline.

export type Lang = 'zh' | 'en';

const HTML_LANG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/** The language a stored or sent value names: English only when it says so, else Chinese. */
export function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : 'zh';
}

/** The html `lang` attribute for a language (zh-CN, en). */
export function htmlLang(lang: Lang): string {
  return HTML_LANG[lang];
}
