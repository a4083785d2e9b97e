// Issue 15 point 6: one home for the words shown to users.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getPreset } from '../../src/policy';
import type { FieldName } from '../../src/table/fields';
import { ownSheets } from '../../src/table/render';
import { FIELD_WORDS, fieldWord } from '../../src/vocab/fields';
import { run } from '../helpers/scenario';

const SRC = path.join(__dirname, '..', '..', 'src');

describe('issue 15.6: field words live in one place', () => {
  test('every field key of the table layer has a zh and an en word; the drifted ones are settled', () => {
    const keys: FieldName[] = [
      'date',
      'customer',
      'dealDate',
      'channel',
      'approvedByDeveloper',
      'staffStatus',
      'rulingDate',
    ];
    for (const k of keys) {
      expect(FIELD_WORDS[k].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(FIELD_WORDS[k].en).toMatch(/^[A-Z]/);
    }
    expect(FIELD_WORDS.channel.zh).toBe('渠道');
    expect(FIELD_WORDS.approvedByDeveloper.zh).toBe('甲方审批');
    // The field keys of the reader's type are exactly the vocabulary's (plus the sheet itself).
    const fieldsTs = readFileSync(path.join(SRC, 'table', 'fields.ts'), 'utf8');
    const declared = new Set<string>();
    for (const block of fieldsTs.matchAll(/export type (?:RecordField|StaffField|RulingField) =([^;]+);/g)) {
      for (const m of block[1]!.matchAll(/'(\w+)'/g)) declared.add(m[1]!);
    }
    expect(declared.size).toBeGreaterThan(40);
    expect([...declared].sort()).toEqual(
      Object.keys(FIELD_WORDS)
        .filter((k) => k !== 'sheet')
        .sort(),
    );
  });

  test('问题 never shows a field key as it is (customer, dealDate, an unknown one)', () => {
    const result = run(
      {
        preset: 'cross-customer',
        rows: [['V', '11-01', '张三', 'C1']],
        issues: [
          { sheet: '裁决', row: 2, field: 'customer', level: 'error', message: 'x' },
          { sheet: '来访登记', row: 3, field: 'dealDate', level: 'warning', message: 'y' },
          { sheet: '来访登记', row: 4, field: 'somethingNew', level: 'warning', message: 'z' },
        ] as never,
      },
      '11-02',
    );
    for (const lang of ['zh', 'en'] as const) {
      const issues = ownSheets(result, lang, { maskPhones: false, policy: getPreset('cross-customer')! }).find(
        (s) => s.name === '问题',
      )!;
      const fields = issues.values.slice(1).map((r) => r[2]);
      expect(fields).toEqual(
        expect.arrayContaining([
          fieldWord('customer', lang),
          fieldWord('dealDate', lang),
          fieldWord('somethingNew', lang),
        ]),
      );
      for (const f of fields) expect(f).not.toMatch(/^[a-z]+[A-Z]?\w*$/);
    }
  });
});

// Choosing a language inline (`lang === 'zh' ? … : …`, `x.lang === 'en' ? 'en' : 'zh'`, or
// `const zh = lang === 'zh'` to choose with later) belongs to the vocabulary: every module under src/vocab/ (one table per concept, zh and en side by side;
// lang.ts reads a language code, text.ts joins words) and the message module of each area.
// Anywhere else it fails, naming the file and line, so the word goes where it belongs.
const VOCABULARY_DIRS = ['vocab/'];
const VOCABULARY = new Set([
  'policy/clauses.ts',
  'policy/clauseTexts.ts',
  'policy/describe.ts',
  'table/labels.ts',
  'table/messages.ts',
  'engine/messages.ts',
  'cli/messages.ts',
  'gas/i18n.ts',
  'ui/i18n.ts',
]);
const INLINE_CHOICE = /[!=]== '(?:zh|en)'\s*\?|(?:const|let|var)\s+\w+\s*=\s*[\w.]+\s*[!=]==\s*'(?:zh|en)'\s*[;\n]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** `file:line: text` for every inline language choice in `text`. */
function inlineChoices(rel: string, text: string): string[] {
  return [...text.matchAll(INLINE_CHOICE)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return `src/${rel}:${line}: ${text.split('\n')[line - 1]!.trim()}`;
  });
}

describe('issue 15.6: no inline language choice outside the vocabulary modules', () => {
  test('the ban can fail: it finds a choice, on its line, even across a line break', () => {
    const text = [
      'const a = 1;',
      "const s = lang === 'zh'",
      "  ? '现行'",
      "  : 'now';",
      "const t = x.lang === 'en' ? 'en' : 'zh';",
      "  const zh = this.lang === 'zh';",
      '',
    ].join('\n');
    expect(inlineChoices('cli/x.ts', text)).toEqual([
      "src/cli/x.ts:2: const s = lang === 'zh'",
      "src/cli/x.ts:5: const t = x.lang === 'en' ? 'en' : 'zh';",
      "src/cli/x.ts:6: const zh = this.lang === 'zh';",
    ]);
    const fine = ['const zh = pick(TEXT, lang);', 'listJoin(items, lang);', "if (value === 'en') return 'en';", ''];
    expect(inlineChoices('cli/x.ts', fine.join('\n'))).toEqual([]);
  });

  test("`lang === 'zh' ? … : …` appears only in src/vocab/ and the message modules", () => {
    const found: string[] = [];
    for (const file of files(SRC)) {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      if (VOCABULARY.has(rel) || VOCABULARY_DIRS.some((d) => rel.startsWith(d))) continue;
      found.push(...inlineChoices(rel, readFileSync(file, 'utf8')));
    }
    expect(found).toEqual([]);
  });
});
