// The clause texts travel in dist/Code.js packed (build.mjs, docs/scale.md "Bundle"): the same
// table as src/policy/clauseTexts.ts, decoded by Utilities in the add-on on first use, never at
// load (onOpen in AuthMode.NONE loads the bundle too), and written on 规则说明 word for word.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { getPreset, ruleClause } from '../../src/policy';
import { clauseTexts } from '../../src/policy/clauseTexts';
import { plain } from './fake';
import { loadAt, settings, setupDocument } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const CODE = path.join(ROOT, 'dist', 'Code.js');
beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

describe('clause texts packed in the bundle', () => {
  test('the packed table is the source table, and no clause sentence is in the bundle as text', () => {
    const code = readFileSync(CODE, 'utf8');
    const packed = [...code.matchAll(/"([A-Za-z0-9+/]{1000,}={0,2})"/g)].map((x) => x[1]!);
    expect(packed).toHaveLength(1);
    const table = JSON.parse(gunzipSync(Buffer.from(packed[0]!, 'base64')).toString('utf8'));
    expect(table).toEqual(JSON.parse(JSON.stringify(clauseTexts())));
    for (const text of Object.values(clauseTexts()).slice(0, 40)) {
      expect(code).not.toContain(text.zh.slice(0, 24));
      expect(code).not.toContain(text.en.slice(0, 40));
    }
  });

  test('onOpen in AuthMode.NONE decodes nothing; a recompute decodes once and writes 规则说明 word for word', () => {
    const fake = setupDocument(200);
    settings(fake, {});
    const ctx = loadAt(fake, '2026-11-30T10:00:00');
    fake.calls.reset();
    fake.open(ctx, 'NONE');
    expect(fake.calls.total('Utilities.')).toBe(0);
    fake.calls.reset();
    plain(fake.call(ctx, 'guishuRecompute'));
    expect(fake.calls.get('Utilities.ungzip')).toBe(1);
    expect(fake.calls.get('Utilities.base64Decode')).toBe(1);
    const rules = fake.values('规则说明');
    expect(rules.length).toBeGreaterThan(3);
    const policy = getPreset('cross-customer')!;
    for (const [id, text] of rules.slice(1).map((r) => [String(r[0]), String(r[1])])) {
      expect(text).toBe(ruleClause(id, policy, 'zh'));
    }
  });
});
