// Rule ids as the rulebook defines them: `common/…` ids and each preset's `- R…` items.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function rulebookPath(): string {
  return join(__dirname, '..', '..', '..', 'shared', 'rulebook.md');
}

export function rulebookIds(text = readFileSync(rulebookPath(), 'utf8')): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(/`(common\/[A-Z-]+)`/g)) ids.add(m[1]);
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
