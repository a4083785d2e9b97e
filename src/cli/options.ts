// Argument parsing shared by the verbs: node's util.parseArgs, with every mistake turned into
// exit 2 and one line (contract). Policy files that cannot be used are exit 1.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dayFromYmd, dayOfIso } from '../engine/calendar';
import type { Day } from '../engine/types';
import { getPreset, parsePolicy, presetIds, type Policy } from '../policy';
import { CliError, fail, fsFailure, M, type Lang, type Text } from './messages';

export const DEFAULT_PRESET = 'cross-customer';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options every verb that reads a workbook accepts. */
export const POLICY_OPTIONS = {
  preset: { type: 'string' },
  policy: { type: 'string' },
  'as-of': { type: 'string' },
  tz: { type: 'string' },
} as const satisfies Options;

export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** The language asked for, read before parsing so that argument errors speak it too. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'zh';
}

export function parseVerb<O extends Options>(verb: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    const option = /'(?:-\w, )?(--?[^',\s]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(2, M.unknownOption(option, verb));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      fail(2, /does not take/.test(message) ? M.noValueAllowed(option) : M.missingValue(option));
    return fail(2, M.badArguments);
  }
}

export function checkLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh') return 'zh';
  if (value === 'en') return 'en';
  return fail(2, M.badLang(value));
}

/** The machine's zone unless --tz names one; a bad zone is a bad argument. */
export function checkZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return fail(2, M.badZone(zone));
  }
}

/** Today as a calendar day in the zone (contract: --as-of defaults to today in --tz). */
export function todayIn(zone: string | undefined, now: Date = new Date()): Day {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return dayFromYmd(part('year'), part('month'), part('day'));
}

export function asOfDay(text: string | undefined, zone: string | undefined): Day {
  if (text === undefined) return todayIn(checkZone(zone));
  checkZone(zone);
  return dayOfIso(text) ?? fail(2, M.badDate(text));
}

/** --preset id, --policy file, or the default preset. */
export function choosePolicy(preset: string | undefined, policyFile: string | undefined): Policy {
  if (preset !== undefined && policyFile !== undefined) fail(2, M.presetAndPolicy);
  if (policyFile !== undefined) return readPolicyFile(policyFile);
  const id = preset ?? DEFAULT_PRESET;
  const policy = getPreset(id);
  if (policy) return policy;
  if (preset !== undefined) fail(2, M.unknownPreset(id, presetIds()));
  return fail(1, M.presetUnavailable(id));
}

function readPolicyFile(file: string): Policy {
  let text: string;
  try {
    if (!statSync(file).isFile()) fail(1, M.notAFile(file));
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    return fail(1, fsFailure(error, file, M.policyMissing(file)));
  }
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch {
    const { line, column } = jsonErrorAt(body);
    return fail(1, M.policyNotJson(file, line, column));
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) {
    return fail(1, { zh: M.policyInvalid(file, parsed.error.zh).zh, en: M.policyInvalid(file, parsed.error.en).en });
  }
  return parsed.policy;
}

/**
 * Where a JSON text first goes wrong, as a 1-based line and column. V8's messages name a
 * position only for some mistakes, so the text is walked here (a plain JSON grammar check).
 */
export function jsonErrorAt(text: string): { line: number; column: number } {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const bad = (): never => {
    throw i;
  };
  const word = (w: string): void => {
    if (text.startsWith(w, i)) i += w.length;
    else bad();
  };
  const string = (): void => {
    if (text[i] !== '"') bad();
    for (i++; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') bad();
      if (ch === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) bad();
      }
    }
    bad();
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === '}') {
          ws();
          string();
          ws();
          if (text[i] !== ':') bad();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return;
        }
        bad();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return word('true');
    if (ch === 'f') return word('false');
    if (ch === 'n') return word('null');
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) bad();
    i += (m as RegExpExecArray)[0].length;
  };
  let at = text.length;
  try {
    value();
    ws();
    if (i < text.length) bad();
  } catch (stop) {
    at = typeof stop === 'number' ? Math.min(stop, text.length) : text.length;
  }
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Exactly the positionals a verb takes; a missing one is a bad argument. */
export function positionals(given: string[], count: number, missing: (index: number) => Text): string[] {
  if (given.length < count) fail(2, missing(given.length));
  if (given.length > count) fail(2, M.extraArguments(given.slice(count).join(' ')));
  return given;
}
