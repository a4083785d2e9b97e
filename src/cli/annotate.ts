// guishu annotate <workbook.xlsx>: judge every customer, write the annotated copy and the report.
import { helpText, M, say } from './messages';
import { asOfDay, checkLang, choosePolicy, COMMON_OPTIONS, parseVerb, POLICY_OPTIONS, positionals } from './options';
import { judgeWorkbook, outPathFor, summary, writeCopy, writeReport } from './pipeline';

const OPTIONS = { ...POLICY_OPTIONS, ...COMMON_OPTIONS, out: { type: 'string' }, json: { type: 'string' } } as const;

export async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('annotate', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('annotate', lang));
    return 0;
  }
  const [file] = positionals(given, 1, () => M.needWorkbook('annotate'));
  // Arguments first (exit 2), then the files (exit 1).
  const asOf = asOfDay(values['as-of'], values.tz);
  const out = outPathFor(file, values.out);
  const policy = choosePolicy(values.preset, values.policy);

  const run = await judgeWorkbook(file, policy, asOf);
  const notes = await writeCopy(run, out, lang);
  const report = values.json === undefined ? null : writeReport(run, values.json, lang);
  // With `--json -` the report owns standard output; the summary goes to standard error.
  const print = report === null ? console.log : console.error;
  for (const line of [...summary(run, lang), ...notes, say(lang, M.wroteCopy(out))]) print(line);
  if (values.json !== undefined && values.json !== '-') print(say(lang, M.wroteReport(values.json)));
  if (report !== null) process.stdout.write(report);
  return 0;
}
