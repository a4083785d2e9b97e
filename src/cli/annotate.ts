// guishu annotate <workbook.xlsx> [more.xlsx …]: judge every customer, write the annotated copy
// (one per input) and the report. Several workbooks are one history (issue 16.10).
import path from 'node:path';
import { fail, helpText, M, say } from './messages';
import { endProgress, startProgress } from './progress';
import { asOfDay, checkLang, choosePolicy, COMMON_OPTIONS, parseVerb, POLICY_OPTIONS } from './options';
import { judgeWorkbooks, outPathFor, summary, writeCopies, writeReport } from './pipeline';

const OPTIONS = { ...POLICY_OPTIONS, ...COMMON_OPTIONS, out: { type: 'string' }, json: { type: 'string' } } as const;

export async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('annotate', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('annotate', lang));
    return 0;
  }
  if (given.length < 1) fail(2, M.needWorkbook('annotate'));
  const files = given;
  // Arguments first (exit 2), then the files (exit 1). With several inputs, --out is a folder.
  const asOf = asOfDay(values['as-of'], values.tz);
  const outs =
    files.length === 1
      ? [outPathFor(files[0] as string, values.out)]
      : files.map((f) =>
          outPathFor(
            f,
            values.out === undefined ? undefined : path.join(values.out, path.basename(outPathFor(f, undefined))),
          ),
        );
  if (new Set(outs.map((o) => path.resolve(o))).size < outs.length) fail(2, M.sameOut);
  const policy = choosePolicy(values.preset, values.policy);

  startProgress(lang);
  const { run, notes } = await (async () => {
    try {
      const judged = await judgeWorkbooks(files, policy, asOf);
      return { run: judged, notes: await writeCopies(judged, outs, lang) };
    } finally {
      endProgress();
    }
  })();
  const report = values.json === undefined ? null : writeReport(run, values.json, lang);
  // With `--json -` the report owns standard output; the summary goes to standard error.
  const print = report === null ? console.log : console.error;
  for (const line of [...summary(run, lang), ...notes, ...outs.map((out) => say(lang, M.wroteCopy(out)))]) print(line);
  if (values.json !== undefined && values.json !== '-') print(say(lang, M.wroteReport(values.json)));
  if (report !== null) process.stdout.write(report);
  return 0;
}
