// The committed copy of the rule ids (rule-ids.json) against the rulebook it was taken from.
import { readFileSync } from 'node:fs';
import { idsIn, rulebookPath, SNAPSHOT } from './ruleIds';

const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as string[];

test("rule-ids.json lists the rulebook's rule ids (CI always has the rulebook to check against)", () => {
  const book = rulebookPath();
  if (book === null) {
    // A clone outside the workspace reads the copy; CI must not be one.
    expect(process.env.CI ?? '').not.toBe('true');
    expect(snapshot.length).toBeGreaterThan(0);
    return;
  }
  // On a mismatch, rewrite the copy from the rulebook: JSON.stringify(idsIn(text), null, 1).
  expect(snapshot).toEqual(idsIn(readFileSync(book, 'utf8')));
});

test("the parser finds common ids and each preset's items, slashes split", () => {
  const text = [
    'Uses `common/REGISTER` and `common/ID-PHONE`.',
    '## 7. Presets',
    '### 7.1 `park-report` Park',
    '- R1 First rule.',
    '- R2/R3 Two rules in one item.',
    '## 8. Other',
    '- R9 not a preset item',
  ].join('\n');
  expect(idsIn(text)).toEqual([
    'common/ID-PHONE',
    'common/REGISTER',
    'park-report/R1',
    'park-report/R2',
    'park-report/R3',
  ]);
});
