// Issue 16.4 in the add-on: own sheets are known by their sheet developer metadata, never by
// their names alone; a manager's sheet named 问题 is never replaced.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { plain, type Fake } from './fake';
import { loadAt, settings, setupDocument } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

const recompute = (fake: Fake) =>
  plain<{ notes: string[] }>(fake.call(loadAt(fake, '2026-11-30T10:00:00'), 'guishuRecompute'));
const names = (fake: Fake) => fake.spreadsheet.getSheets().map((s) => s.getName());

describe("issue 16.4: a manager's sheet is never taken for Guishu's (add-on)", () => {
  it("keeps the manager's 问题, writes its own as 问题 (归属) marked with developer metadata, and finds it again after a rename", () => {
    const fake = setupDocument(20);
    settings(fake, {});
    const mine = fake.spreadsheet.insertSheet('问题');
    mine.getRange(1, 1, 2, 1).setValues([['经理的问题清单'], ['停车位不够']]);
    recompute(fake);
    expect(fake.values('问题')).toEqual([['经理的问题清单'], ['停车位不够']]);
    const own = fake.spreadsheet.getSheetByName('问题 (归属)')!;
    expect(own).not.toBeNull();
    expect(own.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['guishu.own', 'issues']]);
    const before = names(fake);
    // The manager renames Guishu's sheet: the mark still finds it; no third 问题 appears.
    own.setName('系统问题');
    recompute(fake);
    expect(names(fake)).toEqual(before.map((n) => (n === '问题 (归属)' ? '系统问题' : n)));
    expect(fake.values('问题')).toEqual([['经理的问题清单'], ['停车位不够']]);
    expect(fake.values('系统问题')[0]?.[0]).toBe('表');
  });
});
