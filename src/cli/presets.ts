// guishu presets [<id>]: every preset described by what it does, grouped by kind of business, with
// its source regulation as a note (issue 15 point 2); with an id, that preset's rules in words.
import {
  BUSINESS_KIND_LABELS,
  describePolicy,
  describeWhatItDoes,
  getPreset,
  presetIds,
  presetsByKind,
  ruleClause,
  rulesOfPreset,
  sourceNote,
  type Policy,
} from '../policy';
import { helpText, M, say, type Lang } from './messages';
import { checkLang, choosePolicy, COMMON_OPTIONS, parseVerb } from './options';
import { fail } from './messages';

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' }, policy: { type: 'string' } } as const;

export async function presetsCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('presets', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('presets', lang));
    return 0;
  }
  if (given.length > 1) fail(2, M.extraArguments(given.slice(1).join(' ')));
  // One preset (or a policy file's numbers): its rules in words.
  if (given.length === 1 || values.policy !== undefined) {
    if (given[0] !== undefined && getPreset(given[0]) === null) fail(2, M.unknownPreset(given[0], presetIds()));
    const policy = choosePolicy(values.policy === undefined ? given[0] : undefined, values.policy);
    if (values.json) {
      console.log(JSON.stringify(presetJson(policy, lang, true), null, 2));
      return 0;
    }
    for (const line of presetInWords(policy, lang)) console.log(line);
    return 0;
  }
  const policies = presetIds().flatMap((id) => getPreset(id) ?? []);
  if (values.json) {
    // The presets as data, as before, with the words beside each.
    console.log(
      JSON.stringify(
        policies.map((p) => ({ ...p, ...presetJson(p, lang, false) })),
        null,
        2,
      ),
    );
    return 0;
  }
  console.log(say(lang, M.presetsHead));
  for (const group of presetsByKind(policies)) {
    console.log('');
    console.log(`== ${BUSINESS_KIND_LABELS[group.kind][lang]} ==`);
    for (const p of group.presets) {
      console.log(`${p.id}`);
      console.log(`  ${describeWhatItDoes(p, lang)}`);
      console.log(`  ${sourceNote(p, lang)}`);
    }
  }
  return 0;
}

function presetJson(p: Policy, lang: Lang, withRules: boolean) {
  return {
    description: describeWhatItDoes(p, lang),
    source: sourceNote(p, lang),
    ...(withRules ? { id: p.id, rules: rulesOfPreset(p).map((id) => ({ id, clause: ruleClause(id, p, lang) })) } : {}),
  };
}

/** The heading of a preset's notes. */
const NOTE_HEADING = { zh: '说明', en: 'Note' } as const;

/** A preset's page: what it does, its numbers, each of its rules in words, then the common rules. */
export function presetInWords(p: Policy, lang: Lang): string[] {
  const lines = [
    `${p.id}`,
    `  ${describeWhatItDoes(p, lang)}`,
    `  ${sourceNote(p, lang)}`,
    `  ${describePolicy(p, lang)[1]?.trim() ?? ''}`,
    '',
  ];
  let common = false;
  for (const id of rulesOfPreset(p)) {
    if (!common && id.startsWith('common/')) {
      common = true;
      lines.push('', say(lang, M.commonRules));
    }
    lines.push(`${id}`, `  ${ruleClause(id, p, lang) ?? ''}`);
  }
  for (const note of p.notes) lines.push('', `${NOTE_HEADING[lang]}: ${note[lang]}`);
  return lines;
}
