// guishu explain <rule-id> [--preset <id> | --policy <file>]: one rule's clause in words, the
// numbers from the policy given, else from the rule's own preset (issue 15 point 1).
import { clauseIds, getPreset, ruleClause } from '../policy';
import { DEFAULT_PRESET } from './options';
import { fail, type Lang, type Text } from './messages';
import { checkLang, choosePolicy, COMMON_OPTIONS, parseVerb, positionals } from './options';

const OPTIONS = {
  ...COMMON_OPTIONS,
  preset: { type: 'string' },
  policy: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const t = (zh: string, en: string): Text => ({ zh, en });
export const EXPLAIN_TEXT = {
  needRule: t(
    '缺少规则编号。用法：guishu explain <规则编号>，如 cross-customer/R4.1',
    'No rule id given. Usage: guishu explain <rule-id>, e.g. cross-customer/R4.1',
  ),
  unknownRule: (id: string, near: readonly string[]) =>
    t(
      `未知规则编号：${id}${near.length ? `（相近：${near.join('、')}）` : ''}`,
      `Unknown rule id: ${id}${near.length ? ` (did you mean ${near.join(', ')})` : ''}`,
    ),
  help: t(
    `用法：guishu explain <规则编号> [--preset <id> | --policy <file>] [--json] [--lang zh|en]

  用文字说明一条规则（如 cross-customer/R4.1、common/ID-FAMILY、decide/D12），
  数字取自所给的策略；未给时取该规则所属预设的数字。`,
    `Usage: guishu explain <rule-id> [--preset <id> | --policy <file>] [--json] [--lang zh|en]

  One rule (such as cross-customer/R4.1, common/ID-FAMILY, decide/D12) in words, with the numbers
  of the policy given, else of the rule's own preset.`,
  ),
};

export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('explain', argv, OPTIONS);
  const lang: Lang = checkLang(values.lang);
  if (values.help) {
    console.log(EXPLAIN_TEXT.help[lang]);
    return 0;
  }
  const [id] = positionals(given, 1, () => EXPLAIN_TEXT.needRule);
  if (!clauseIds().includes(id)) {
    const scope = id.split('/')[0] ?? '';
    const near = clauseIds()
      .filter((x) => x.toLowerCase() === id.toLowerCase() || (scope && x.startsWith(`${scope}/`)))
      .slice(0, 8);
    fail(2, EXPLAIN_TEXT.unknownRule(id, near));
  }
  const scope = id.split('/')[0] ?? '';
  const policy =
    values.preset !== undefined || values.policy !== undefined
      ? choosePolicy(values.preset, values.policy)
      : (getPreset(scope) ?? getPreset(DEFAULT_PRESET)!);
  const clause = ruleClause(id, policy, lang) ?? '';
  if (values.json) console.log(JSON.stringify({ id, preset: policy.id, lang, clause }, null, 2));
  else console.log(`${id}\n  ${clause}`);
  return 0;
}
