// The `guishu` command: picks the verb, runs it, and turns every failure into one line and an
// exit status (contract: 0 done, 1 workbook or policy unusable, 2 bad arguments).
import { version } from '../../package.json';
import { annotateCommand } from './annotate';
import { demoCommand } from './demo';
import { diffCommand, DIFF_HELP } from './diff';
import { explainCommand, EXPLAIN_TEXT } from './explain';
import { lookupCommand } from './lookup';
import { monthCommand } from './month';
import { remindCommand } from './remind';
import { CliError, helpText, M, say } from './messages';
import { langOf } from './options';
import { presetsCommand } from './presets';

const VERBS: Readonly<Record<string, (argv: string[]) => Promise<number>>> = {
  annotate: annotateCommand,
  lookup: lookupCommand,
  presets: presetsCommand,
  demo: demoCommand,
  explain: explainCommand,
  diff: diffCommand,
  remind: remindCommand,
  month: monthCommand,
};

/** `guishu … --json - | head`: the reader went away; nothing more to say, and no trace. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') > 0) continue;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

/** Help of the verbs that keep their words in their own file (explain, diff). */
const OWN_HELP: Readonly<Record<string, { zh: string; en: string }>> = { explain: EXPLAIN_TEXT.help, diff: DIFF_HELP };

export async function run(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const lang = langOf(argv);
  try {
    const [verb, ...rest] = argv;
    if (verb === undefined) {
      console.error(helpText('main', lang));
      return 2;
    }
    if (verb === '--help' || verb === '-h' || verb === 'help') {
      const own = rest[0] ? OWN_HELP[rest[0]] : undefined;
      console.log(own ? own[lang] : helpText(rest[0] && VERBS[rest[0]] ? rest[0] : 'main', lang));
      return 0;
    }
    if (verb === '--version' || verb === '-v') {
      console.log(version);
      return 0;
    }
    const command = VERBS[verb];
    if (!command) {
      console.error(`guishu: ${say(lang, verb.startsWith('-') ? M.unknownOption(verb, '') : M.unknownVerb(verb))}`);
      return 2;
    }
    return await command(rest);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`guishu: ${say(lang, error.text)}`);
      return error.exitCode;
    }
    // A bug or a damaged package deep in a file: still one line, the details on request.
    if (process.env.GUISHU_DEBUG) console.error(error);
    console.error(`guishu: ${say(lang, M.internal)}`);
    return 1;
  }
}
