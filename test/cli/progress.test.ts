// Issue 16.9: one progress line on a terminal for long work, none elsewhere.
import { Progress } from '../../src/cli/progress';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { isTTY, out, write: (s: string) => out.push(s) };
}

describe('issue 16.9: progress on long work', () => {
  it('shows nothing in the first two seconds, then one line replaced in place, erased at the end', () => {
    let t = 0;
    const s = sink(true);
    const p = new Progress('zh', s, () => t);
    p.update('read', 0.1, 1024);
    expect(s.out).toEqual([]);
    t = 2500;
    p.update('read', 0.42, 20480);
    t = 2600;
    p.update('read', 0.5, 30000); // too soon after the last: skipped
    t = 2800;
    p.update('judge', null, 52000, true);
    t = 2900;
    p.update('write', 0.75, 9000, true);
    p.end();
    expect(s.out).toEqual([
      '\rguishu: 读取 42% 20,480 行…\u001b[K',
      '\rguishu: 判定 52,000 行…\u001b[K',
      '\rguishu: 写出 75% 9,000 行…\u001b[K',
      '\r\u001b[K',
    ]);
    // Every line starts by returning to the line's start: one line, replaced in place.
    expect(s.out.every((l) => l.startsWith('\r') && !l.includes('\n'))).toBe(true);
  });

  it('says it in English when asked', () => {
    let t = 0;
    const s = sink(true);
    const p = new Progress('en', s, () => t);
    t = 3000;
    p.update('write', 1, 100);
    expect(s.out).toEqual(['\rguishu: Writing 100% 100 rows…\u001b[K']);
  });

  it('writes nothing at all when standard error is not a terminal', () => {
    let t = 0;
    const s = sink(false);
    const p = new Progress('zh', s, () => t);
    t = 10_000;
    p.update('read', 0.5, 10, true);
    p.end();
    expect(s.out).toEqual([]);
  });

  it('a short run that ends before two seconds leaves no trace', () => {
    const s = sink(true);
    const p = new Progress('zh', s, () => 0);
    p.update('read', 1, 10, true);
    p.end();
    expect(s.out).toEqual([]);
  });
});
