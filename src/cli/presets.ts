// guishu presets: every preset's id, title and numbers.
import { describePolicy, getPreset, presetIds } from '../policy';
import { helpText, M, say } from './messages';
import { checkLang, COMMON_OPTIONS, parseVerb, positionals } from './options';

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' } } as const;

export async function presetsCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('presets', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('presets', lang));
    return 0;
  }
  positionals(given, 0, () => M.noVerb);
  const policies = presetIds().flatMap((id) => getPreset(id) ?? []);
  if (values.json) {
    console.log(JSON.stringify(policies, null, 2));
    return 0;
  }
  console.log(say(lang, M.presetsHead));
  for (const policy of policies) console.log(describePolicy(policy, lang).join('\n'));
  return 0;
}
