// guishu demo: the shipped example workbook, annotated the same way every time.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { dayFromYmd } from '../engine';
import { fail, helpText, M, say } from './messages';
import { checkLang, choosePolicy, COMMON_OPTIONS, parseVerb, positionals } from './options';
import { judgeWorkbook, summary, writeCopy, writeReport } from './pipeline';

/** Fixed, so the demo's output never depends on the day it is run. */
export const DEMO_AS_OF = dayFromYmd(2026, 11, 30);
export const DEMO_PRESET = 'cross-customer';

/** examples/demo.xlsx of this package: dist/cli.js (built) and src/cli (tests) both sit two deep. */
function demoWorkbook(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'examples', 'demo.xlsx');
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) return fail(1, M.demoMissing(path.join('examples', 'demo.xlsx')));
  }
}

export async function demoCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('demo', argv, COMMON_OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('demo', lang));
    return 0;
  }
  positionals(given, 0, () => M.noVerb);
  const policy = choosePolicy(DEMO_PRESET, undefined);
  const run = await judgeWorkbook(demoWorkbook(), policy, DEMO_AS_OF);

  // out/ in the current directory (git-ignored in the repository, where `npm run demo` runs).
  const outDir = path.resolve('out');
  mkdirSync(outDir, { recursive: true });
  const copy = path.join(outDir, 'demo.guishu.xlsx');
  const report = path.join(outDir, 'demo.report.json');
  const notes = await writeCopy(run, copy, lang);
  writeReport(run, report, lang);
  for (const line of summary(run, lang)) console.log(line);
  for (const line of notes) console.log(line);
  console.log(say(lang, M.wroteCopy(path.relative(process.cwd(), copy))));
  console.log(say(lang, M.wroteReport(path.relative(process.cwd(), report))));
  return 0;
}
