/// <reference lib="dom" />
// Rule ids with their clause under each (issue 15): a disclosure per id, opened by click or
// keyboard; the clause comes from the server with the numbers in force and is inserted as text.
import { h } from './dom';

export function ruleIds(ids: readonly string[], clauses: Readonly<Record<string, string>> | undefined): HTMLElement {
  return h(
    'span',
    { class: 'rules' },
    ids.map((id) => {
      const clause = clauses?.[id];
      if (!clause) return h('code', {}, id);
      return h(
        'details',
        { class: 'rule-clause', 'data-rule': id },
        h('summary', {}, h('code', {}, id)),
        h('span', { class: 'clause' }, clause),
      );
    }),
  );
}
