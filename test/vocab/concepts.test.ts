// Issue 15 point 6: one home for the concept words (statuses, event kinds, conflict kinds, owner
// kinds, issue levels, categories, sheet roles, decide/D13's year bases), one module per concept
// under src/vocab/, zh and en side by side; nothing else in src spells them; no page or sheet
// shows a raw code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { statusLabel } from '../../src/engine/labels';
import { ownerName } from '../../src/engine/messages';
import type {
  ChangeResult,
  ConflictKind,
  CustomerResult,
  EngineResult,
  InputIssue,
  OwnerKind,
  Status,
} from '../../src/engine/types';
import { getPreset } from '../../src/policy';
import { issueMessage, makeIssue } from '../../src/table/messages';
import { PRESETS } from '../../src/policy/presets';
import { ownSheets } from '../../src/table/render';
import { MESSAGES, setLang, t, type Key } from '../../src/ui/i18n';
import { conflictKindLabel, eventKindLabel, ownerText, roleLabel, statusText } from '../../src/ui/labels';
import { numberLabel, numberPaths } from '../../src/ui/numbers';
import { CATEGORY_IN_SENTENCE, CATEGORY_WORDS } from '../../src/vocab/categories';
import { CONFLICT_WORDS } from '../../src/vocab/conflicts';
import { EVENT_FIRST_VERBS, EVENT_GROUPS, EVENT_IN_SENTENCE, EVENT_VERBS, EVENT_WORDS } from '../../src/vocab/events';
import type { Word } from '../../src/vocab/fields';
import { ISSUE_LEVEL_WORDS } from '../../src/vocab/levels';
import { NUMBER_WORDS, SPLIT_WORDS, UNIT_WORDS } from '../../src/vocab/numbers';
import { OWNER_KIND_WORDS, POOL_IN_SENTENCE } from '../../src/vocab/owners';
import { ROLE_WORDS } from '../../src/vocab/roles';
import { STATUS_MEANINGS, STATUS_WORDS } from '../../src/vocab/statuses';
import { YEAR_BASIS_WORDS } from '../../src/vocab/years';
import { rulebookPath } from '../rulebook/ruleIds';
import { result as fixture } from '../table/result-fixture';

const SRC = path.join(__dirname, '..', '..', 'src');
const read = (rel: string): string => readFileSync(path.join(SRC, rel), 'utf8');
const CJK = /[\u3400-\u9fff]/;

/** The codes of a union type as its source declares them (`export type X = 'a' | 'b';`). */
function unionCodes(rel: string, declaration: RegExp): string[] {
  const m = read(rel).match(declaration);
  if (!m) throw new Error(`no declaration ${declaration} in ${rel}`);
  return [...m[1]!.matchAll(/'([\w-]+)'/g)].map((x) => x[1]!).sort();
}

const UNIONS = {
  status: unionCodes('engine/types.ts', /export type Status =([^;]+);/),
  event: unionCodes('engine/types.ts', /export type EventKind =([^;]+);/),
  conflict: unionCodes('engine/types.ts', /export type ConflictKind =([^;]+);/),
  owner: unionCodes('engine/types.ts', /export type OwnerKind =([^;]+);/),
  level: unionCodes('engine/types.ts', /readonly level: ([^;]+);/),
  category: unionCodes('engine/types.ts', /readonly category: ([^;]+);/),
  role: [...unionCodes('table/fields.ts', /export type SheetRole =([^;]+);/), 'ignore'].sort(),
  basis: unionCodes('table/dates.ts', /export type YearBasis =([^;]+);/),
};

/** Every table of the vocabulary with the union it is keyed by. */
const TABLES: readonly [string, keyof typeof UNIONS, Readonly<Record<string, Word>>][] = [
  ['STATUS_WORDS', 'status', STATUS_WORDS],
  ['STATUS_MEANINGS', 'status', STATUS_MEANINGS],
  ['EVENT_WORDS', 'event', EVENT_WORDS],
  ['EVENT_IN_SENTENCE', 'event', EVENT_IN_SENTENCE],
  ['EVENT_VERBS', 'event', EVENT_VERBS],
  ['CONFLICT_WORDS', 'conflict', CONFLICT_WORDS],
  ['OWNER_KIND_WORDS', 'owner', OWNER_KIND_WORDS],
  ['ISSUE_LEVEL_WORDS', 'level', ISSUE_LEVEL_WORDS],
  ['CATEGORY_WORDS', 'category', CATEGORY_WORDS],
  ['CATEGORY_IN_SENTENCE', 'category', CATEGORY_IN_SENTENCE],
  ['ROLE_WORDS', 'role', ROLE_WORDS],
  ['YEAR_BASIS_WORDS', 'basis', YEAR_BASIS_WORDS],
];

describe('issue 15.6: each concept has one table, zh and en for every code of its union', () => {
  test.each(TABLES)('%s covers its union, zh with a Chinese character, en without', (_name, union, table) => {
    expect(UNIONS[union].length).toBeGreaterThan(1);
    expect(Object.keys(table).sort()).toEqual(UNIONS[union]);
    for (const [code, w] of Object.entries(table)) {
      expect({ code, zh: CJK.test(w.zh), en: w.en.trim().length > 0 && !CJK.test(w.en) }).toEqual({
        code,
        zh: true,
        en: true,
      });
    }
  });

  test('the partial forms (first-contact verbs, the pool in a sentence, timeline groups) are of their union', () => {
    for (const code of Object.keys(EVENT_FIRST_VERBS)) expect(UNIONS.event).toContain(code);
    for (const g of EVENT_GROUPS) expect(UNIONS.event).toContain(g);
    expect(CJK.test(POOL_IN_SENTENCE.zh)).toBe(true);
    expect(POOL_IN_SENTENCE.zh).toBe(OWNER_KIND_WORDS.pool.zh);
  });

  test('status words are the rulebook’s (§5), and a preset’s own word still wins', () => {
    // §5's 中文 column, kept here for a checkout without the rulebook beside it; where the
    // rulebook is present, the copy is checked against it.
    const section5: Readonly<Record<Status, string>> = {
      unregistered: '未登记',
      'pending-visit': '报备待到访',
      protected: '保护中',
      warning: '释放预警',
      released: '已释放',
      unowned: '无归属',
      company: '转公司',
      closed: '已成交',
      disputed: '待裁决',
    };
    const book = rulebookPath();
    if (book) {
      const rulebook = readFileSync(book, 'utf8');
      for (const code of UNIONS.status as Status[]) {
        const row = rulebook.match(new RegExp(`^\\| \`${code}\` \\| ([^|]+) \\|`, 'm'));
        expect({ code, zh: row?.[1]?.trim() }).toEqual({ code, zh: section5[code] });
      }
    }
    for (const code of UNIONS.status as Status[]) expect(STATUS_WORDS[code].zh).toBe(section5[code]);
    const filing = getPreset('daily-chem-filing')!;
    expect(statusLabel(filing, 'unregistered', null)).toEqual(filing.labels.unregistered);
    expect(statusLabel(filing, 'unregistered', null).zh).not.toBe(STATUS_WORDS.unregistered.zh);
    expect(statusLabel(getPreset('cross-customer')!, 'protected', null)).toEqual(STATUS_WORDS.protected);
  });

  test('every number of every preset has its words (the setup page, `guishu presets`)', () => {
    const heads = new Set<string>();
    for (const p of PRESETS) {
      for (const { path: at } of numberPaths(p)) {
        const parts = at.split('.');
        if (parts[0] === 'deals' && parts[1] === 'byOther') {
          expect(Object.keys(SPLIT_WORDS)).toEqual(expect.arrayContaining([parts[3], parts[4]]));
          continue;
        }
        const unit = parts[parts.length - 1]!;
        if (unit in UNIT_WORDS) parts.pop();
        heads.add(parts.join('.'));
      }
    }
    expect([...heads].sort()).toEqual(Object.keys(NUMBER_WORDS).sort());
    for (const table of [NUMBER_WORDS, SPLIT_WORDS, UNIT_WORDS] as Readonly<Record<string, Word>>[])
      for (const [code, w] of Object.entries(table))
        expect({ code, zh: CJK.test(w.zh), en: w.en.length > 0 && !CJK.test(w.en) }).toEqual({
          code,
          zh: true,
          en: true,
        });
  });

  test('the engine names the pool with the vocabulary’s words', () => {
    expect(ownerName({ kind: 'pool', name: null })).toEqual(POOL_IN_SENTENCE);
  });
});

// ---------- nothing outside the vocabulary spells a concept word ----------

/**
 * Words banned as string literals outside src/vocab/: every form of every concept table. A form
 * that is one lowercase English word (`closed`, `filed`, `agency`) cannot be told from a code or
 * an identifier in source, so it is left out; every Chinese form and every English label is in.
 */
function bannedWords(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, table: Readonly<Record<string, Word>>): void => {
    for (const [code, w] of Object.entries(table)) {
      for (const text of [w.zh, w.en]) if (!/^[a-z]+$/.test(text)) out.set(text, `${name}.${code}`);
    }
  };
  for (const [name, , table] of TABLES) add(name, table);
  add('EVENT_FIRST_VERBS', EVENT_FIRST_VERBS as Record<string, Word>);
  add('POOL_IN_SENTENCE', { pool: POOL_IN_SENTENCE });
  // The parts of a split rule and the units (业绩, 归属人, 天 …) are everyday words other
  // concepts use too (own column headers, the what-if table): not banned.
  add('NUMBER_WORDS', NUMBER_WORDS);
  return out;
}

/** Files that are the concept modules themselves, or the rule clauses and preset descriptions
 *  (sentences from the seeds that use the words inside them). */
const HOMES = (rel: string): boolean =>
  rel.startsWith('vocab/') ||
  rel === 'policy/clauses.ts' ||
  rel === 'policy/clauseTexts.ts' ||
  rel === 'policy/describe.ts';

/**
 * Where a concept word may stand as a literal, per file, and why. Input-reading vocabularies (words
 * Guishu recognises in a manager's cells, headers and sheet names) are not words Guishu shows;
 * a few other literals are another concept that happens to be spelled the same. The list is
 * exact: a word that stops appearing in its file must be taken off.
 */
const EXEMPT: Readonly<Record<string, { readonly words: readonly string[]; readonly reason: string }>> = {
  'table/kinds.ts': {
    words: ['来访', '接待', '来电', '跟进', '约访', '带看', '定金', '成交', '回款', '报备', '备案', '甲方确认', '渠道'],
    reason: 'the kind-cell aliases the reader recognises (input), not words it shows',
  },
  'table/fields.ts': {
    words: ['顾问', '接待', '渠道', '人员', '团队'],
    reason: 'column-header aliases the reader recognises (input)',
  },
  'table/records.ts': {
    words: ['来电', '报备'],
    reason: 'sheet-name markers the reader recognises (a 来电登记表 holds calls, a 报备 sheet reports)',
  },
  'gas/pageApi.ts': {
    words: ['客户备案', '裁决'],
    reason: 'the sheet names the filing and ruling pages append to (sheets are found by these names)',
  },
  'policy/presets.ts': {
    words: ['公司'],
    reason: 'a preset’s own word for the company (policy data, like policy.labels)',
  },
  'table/monthSheet.ts': {
    words: ['顾问', 'Agent', 'Released'],
    reason: '月结’s column headers: the agents’ column and the customers released this month',
  },
  'table/remindSheet.ts': {
    words: ['顾问', 'Agent'],
    reason: '到期提醒’s column header for the agents’ column',
  },
  'table/whatIf.ts': {
    words: ['Agent', '判定日'],
    reason: 'the what-if table’s agent header, and its as-of line (the as-of day, not a year basis)',
  },
  'gas/i18n.ts': {
    words: ['客户备案'],
    reason: 'the menu item that opens the filing dialog (its en is the action, File a customer)',
  },
  'ui/i18n.ts': {
    words: ['客户备案', '裁决', 'Note', '保护期', 'Protection'],
    reason:
      'the filing dialog’s title, the ruling form’s heading, the filing form’s note field and the timeline legend’s protection window (the protection in force, not the preset’s number)',
  },
  'cli/presets.ts': {
    words: ['Note'],
    reason: 'the heading of a preset’s notes in `guishu presets`',
  },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every string literal (and template without substitutions) of a file, by the TypeScript parser. */
function literals(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const walk = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    ts.forEachChild(n, walk);
  };
  walk(sf);
  return out;
}

describe('issue 15.6: concept words are spelled only in src/vocab/', () => {
  const banned = bannedWords();

  test('the ban holds the words it should (and would catch an inline copy)', () => {
    for (const w of ['保护中', '他人成交', 'Release warning', '公海', 'the pool', '接待', 'a visit', '弱记录'])
      expect(banned.has(w)).toBe(true);
    const probe = ts.createSourceFile('x.ts', "const x = { zh: '保护中', en: 'Protected' };", ts.ScriptTarget.Latest);
    const found: string[] = [];
    const walk = (n: ts.Node): void => {
      if (ts.isStringLiteral(n) && banned.has(n.text)) found.push(n.text);
      ts.forEachChild(n, walk);
    };
    walk(probe);
    expect(found).toEqual(['保护中', 'Protected']);
  });

  test('no literal equal to a concept word outside the homes, but for the listed exemptions', () => {
    const found: Record<string, string[]> = {};
    for (const file of sourceFiles(SRC)) {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      if (HOMES(rel)) continue;
      const hits = [...new Set(literals(file).filter((s) => banned.has(s)))].sort();
      if (hits.length) found[rel] = hits;
    }
    const exempt = Object.fromEntries(Object.entries(EXEMPT).map(([f, e]) => [f, [...e.words].sort()]));
    expect(found).toEqual(exempt);
  });
});

// ---------- no raw code on a page or a sheet ----------

const CODES = Object.values(UNIONS).flat();
/** Codes that cannot be ordinary words of a sentence (a hyphen, or a capital inside). */
const CODE_LIKE = CODES.filter((c) => /-|[a-z][A-Z]/.test(c));

describe('issue 15.6: the pages never show a raw code', () => {
  afterEach(() => setLang('zh'));

  test.each(['zh', 'en'] as const)('every status, kind, group, conflict, owner kind and role in words (%s)', (lang) => {
    setLang(lang);
    const shown = (code: string, text: string, word: Word): void => {
      expect({ code, text }).toEqual({ code, text: word[lang] });
      expect(text).not.toBe(code);
    };
    for (const s of UNIONS.status as Status[]) {
      shown(s, statusText(s), STATUS_WORDS[s]);
      shown(s, t(`help.status.${s}` as Key), STATUS_MEANINGS[s]);
    }
    for (const k of UNIONS.event) shown(k, eventKindLabel(k), EVENT_WORDS[k as keyof typeof EVENT_WORDS]);
    for (const g of EVENT_GROUPS) shown(g, t(`group.${g}`), EVENT_WORDS[g]);
    // decide: the conflicts dialog had no word for reported-visit and showed the code.
    for (const c of UNIONS.conflict as ConflictKind[]) shown(c, conflictKindLabel(c), CONFLICT_WORDS[c]);
    for (const o of UNIONS.owner as OwnerKind[]) shown(o, ownerText(null, o), OWNER_KIND_WORDS[o]);
    for (const r of UNIONS.role) shown(r, roleLabel(r), ROLE_WORDS[r as keyof typeof ROLE_WORDS]);
    // The setup page's numbers: a word for every number of every preset, never its path.
    for (const p of PRESETS) {
      for (const { path: at } of numberPaths(p)) {
        const label = numberLabel(at);
        expect({ at, label: label.includes('.') || /[a-z][A-Z]/.test(label) }).toEqual({ at, label: false });
      }
    }
    // The typed keys still type-check, and the tables hold no code as a value.
    expect(t('status.protected')).toBe(STATUS_WORDS.protected[lang]);
    const values = new Set(Object.values(MESSAGES[lang]));
    for (const code of CODE_LIKE) expect({ code, shown: values.has(code) }).toEqual({ code, shown: false });
  });
});

describe('issue 15.6: 问题, 冲突, 客户归属总表 and 变更日志 never show a raw code', () => {
  const policy = getPreset('cross-customer')!;
  const base = fixture.customers[0]!;
  const customers: CustomerResult[] = (UNIONS.status as Status[]).flatMap((status, i) =>
    (UNIONS.owner as OwnerKind[]).map((kind, j) => ({
      ...base,
      id: `c-1380000${i}${j}00`,
      name: `客户${i}${j}`,
      phones: [`1380000${i}${j}00`],
      owner: { kind, name: null },
      status,
      // The engine's own path: a preset without words of its own gives the vocabulary's.
      statusLabel: statusLabel(policy, status, null),
      category: (UNIONS.category as ('direct' | 'agency')[])[(i + j) % 2]!,
    })),
  );
  const changes: ChangeResult[] = (UNIONS.status as Status[]).map((status, i) => ({
    ...fixture.changes[0]!,
    customerId: customers[i * UNIONS.owner.length]!.id,
    from: { kind: 'pool', name: null },
    fromStatus: status,
    to: { kind: 'company', name: null },
    toStatus: status,
  }));
  const issues: InputIssue[] = [
    ...(UNIONS.level as InputIssue['level'][]).map((level) => makeIssue('来访登记', 3, 'date', level, 'date-blank')),
    ...UNIONS.event.map((kind, i) =>
      makeIssue('来访登记', 10 + i, 'kind', 'note', 'kind-unknown', { text: '?', kind }),
    ),
    ...UNIONS.basis.map((basis, i) =>
      makeIssue('来访登记', 30 + i, 'date', 'note', 'year-inferred', { text: '11-01', date: '2026-11-01', basis }),
    ),
  ];
  const result: EngineResult = {
    ...fixture,
    customers,
    rows: [],
    deals: [],
    conflicts: (UNIONS.conflict as ConflictKind[]).map((kind) => ({ ...fixture.conflicts[0]!, kind })),
    changes,
    issues,
  };

  test.each(['zh', 'en'] as const)('every code of every union is shown in words (%s)', (lang) => {
    const sheets = ownSheets(result, lang, { maskPhones: false, policy });
    const values = (name: string): string[][] => sheets.find((s) => s.name === name)!.values.slice(1);
    const cells = sheets.flatMap((s) => s.values.flat());
    for (const code of CODES) expect({ code, raw: cells.includes(code) }).toEqual({ code, raw: false });
    for (const code of CODE_LIKE)
      expect({ code, raw: cells.some((c) => c.includes(code)) }).toEqual({ code, raw: false });

    // 冲突's 类型: one row per conflict kind, each in its word.
    expect(values('冲突').map((r) => r[4])).toEqual(
      (UNIONS.conflict as ConflictKind[]).map((k) => CONFLICT_WORDS[k][lang]),
    );
    // 客户归属总表: 归属人 of a nameless owner and 归属类型 are the owner kind's word; 状态 the status word.
    const summary = values('客户归属总表');
    expect(new Set(summary.map((r) => r[4]))).toEqual(new Set(Object.values(OWNER_KIND_WORDS).map((w) => w[lang])));
    expect(new Set(summary.map((r) => r[5]))).toEqual(new Set(Object.values(STATUS_WORDS).map((w) => w[lang])));
    expect(new Set(summary.map((r) => r[8]))).toEqual(new Set(Object.values(CATEGORY_WORDS).map((w) => w[lang])));
    // 变更日志: both statuses in words.
    expect(values('变更日志').map((r) => r[3])).toEqual((UNIONS.status as Status[]).map((s) => STATUS_WORDS[s][lang]));
    // 问题: the level in words; a kind and a year basis inside a message in words.
    const problems = values('问题');
    expect(problems.slice(0, UNIONS.level.length).map((r) => r[3])).toEqual(
      (UNIONS.level as InputIssue['level'][]).map((l) => ISSUE_LEVEL_WORDS[l][lang]),
    );
    for (const [i, kind] of UNIONS.event.entries()) {
      const message = problems.find((r) => r[1] === String(10 + i))![4]!;
      expect(message).toContain(EVENT_IN_SENTENCE[kind as keyof typeof EVENT_IN_SENTENCE][lang]);
      expect(message).toBe(issueMessage(issues[UNIONS.level.length + i]!, lang));
      if (lang === 'zh') expect(message).not.toMatch(/[a-z]{3,}/);
    }
    for (const [i, basis] of UNIONS.basis.entries()) {
      const message = problems.find((r) => r[1] === String(30 + i))![4]!;
      expect(message).toContain(YEAR_BASIS_WORDS[basis as keyof typeof YEAR_BASIS_WORDS][lang]);
      if (lang === 'zh') expect(message.replace('decide/D13', '')).not.toMatch(/[a-z]{3,}/i);
    }
  });
});
