// Issue 15 point 6: one home for the words. Every sentence the engine writes, in both languages,
// is a maker in src/engine/messages.ts (status words in labels.ts read src/vocab/); no other file
// under src/engine spells a Chinese word in a string or template literal. Comments may.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ENGINE = path.join(__dirname, '..', '..', 'src', 'engine');
const HOMES = new Set(['messages.ts', 'labels.ts']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Each string or template literal (every piece of a template) holding a CJK character, with its line. */
function cjkLiterals(name: string, source: string): string[] {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const walk = (n: ts.Node): void => {
    const pieces: string[] = [];
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) pieces.push(n.text);
    else if (ts.isTemplateExpression(n)) pieces.push(n.head.text, ...n.templateSpans.map((s) => s.literal.text));
    if (pieces.some((p) => CJK.test(p))) {
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      out.push(`${line}: ${n.getText(sf)}`);
    }
    ts.forEachChild(n, walk);
  };
  walk(sf);
  return out;
}

describe('issue 15.6: the engine writes its sentences in messages.ts only', () => {
  test('no string or template literal with a Chinese character in src/engine outside messages.ts and labels.ts', () => {
    const all = files(ENGINE);
    expect(all.length).toBeGreaterThan(10);
    const found: Record<string, string[]> = {};
    for (const file of all) {
      const rel = path.relative(ENGINE, file).split(path.sep).join('/');
      if (HOMES.has(rel)) continue;
      const hits = cjkLiterals(rel, readFileSync(file, 'utf8'));
      if (hits.length) found[rel] = hits;
    }
    expect(found).toEqual({});
  });

  test('the scan sees string, template and substituted literals, and skips comments', () => {
    // Each `${` is escaped: the planted source holds it as a file would.
    const planted = [
      '// 注释里的中文不算',
      '/** 文档注释也不算 */',
      "const a = M.t('无甲方确认', 'none');",
      `const b = \`成交 \${n} 笔\`;`,
      `const c = \`\${n} 笔\`;`,
      `const d = \`plain \${n}\`;`,
      "const e = 'plain';",
    ].join('\n');
    expect(cjkLiterals('planted.ts', planted)).toEqual(["3: '无甲方确认'", `4: \`成交 \${n} 笔\``, `5: \`\${n} 笔\``]);
  });

  test('messages.ts, the home, does hold the sentences (the scan would find them there)', () => {
    const hits = cjkLiterals('messages.ts', readFileSync(path.join(ENGINE, 'messages.ts'), 'utf8'));
    expect(hits.length).toBeGreaterThan(50);
  });
});
