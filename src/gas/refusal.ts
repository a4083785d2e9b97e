// What a page's server call may say when it does not answer (docs/addon.md "Errors"): an expected
// refusal (a missing permission, invalid settings, a busy document, no document) is a Refusal
// carrying its sentence; anything else is unexpected, and the page gets one fixed sentence while
// the detail goes to the execution log. The page shows only text after REFUSAL_MARK.
import { pick, type Lang, type Text } from './i18n';

export class Refusal extends Error {
  constructor(readonly said: string | Text) {
    super(typeof said === 'string' ? said : said.zh);
    this.name = 'Refusal';
  }

  /** The sentence in `lang` (a sentence made in one language already stays as it is). */
  in(lang: Lang): string {
    return typeof this.said === 'string' ? this.said : pick(this.said, lang);
  }
}
