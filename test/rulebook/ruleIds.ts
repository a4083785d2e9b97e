// Rule ids as the rulebook defines them: `common/…` ids and each preset's `- R…` items.
// The rulebook (../shared/rulebook.md) is the source of truth and sits beside the project in
// its workspace and in CI. A clone elsewhere has no such sibling, so the ids are also kept in
// rule-ids.json; where the rulebook is present a test checks that the copy still matches it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SNAPSHOT = join(__dirname, 'rule-ids.json');

/** The rulebook beside the project, or null in a checkout that does not have it. */
export function rulebookPath(): string | null {
  const path = join(__dirname, '..', '..', '..', 'shared', 'rulebook.md');
  return existsSync(path) ? path : null;
}

/** The rule ids: from the rulebook where it is present, else from the committed copy. */
export function rulebookIds(): string[] {
  const path = rulebookPath();
  return path ? idsIn(readFileSync(path, 'utf8')) : (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as string[]);
}

export function idsIn(text: string): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(/`(common\/[A-Z-]+)`/g)) ids.add(m[1]);
  // Rulebook §10: the decisions on points the seeds leave open, cited beside the rule they complete.
  for (const m of text.matchAll(/^- `(decide\/D[0-9]+)`/gm)) ids.add(m[1]);
  let preset: string | null = null;
  for (const line of text.split('\n')) {
    const head = /^### 7\.\d+ `([a-z-]+)`/.exec(line);
    if (head) preset = head[1];
    else if (/^##? /.test(line)) preset = null;
    const item = preset ? /^- (R[0-9][0-9a-z.]*(?:\/R[0-9][0-9a-z.]*)*) /.exec(line) : null;
    if (item && preset) for (const r of item[1].split('/')) ids.add(`${preset}/${r}`);
  }
  return [...ids].sort();
}
