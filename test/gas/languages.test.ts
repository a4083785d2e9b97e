// Issue 15 point 6 (and issue 14 point 9's leftover): the add-on answers in the user's language,
// words and punctuation alike. A lookup over invalid stored settings says, in that language, that
// it cannot look up and who can repair the settings (never the recompute's "nothing was written");
// a saved filing's reason joins its clauses with that language's separator. Runs dist/Code.js.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { plain, snapshot, type Fake } from './fake';
import { loadAt, MANAGER, settings, setupDocument } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'Code.js')))
    execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

type Answer = { matches: unknown[]; manager: boolean; notes: string[] };
const CJK = /[\u4e00-\u9fff]/;

function withStored(raw: string): Fake {
  const fake = setupDocument(20);
  fake.properties.document.map.set('guishu.settings', raw);
  return fake;
}

const lookup = (fake: Fake, ...args: unknown[]): Answer => {
  fake.setUser(MANAGER);
  return plain<Answer>(fake.call(loadAt(fake, '2026-11-30T10:00:00'), 'guishuLookup', '客户1', ...args));
};

/** Settings of an older schema: readable JSON that fails validation, its language still readable. */
const older = (lang: string) => JSON.stringify({ v: 0, preset: 'cross-customer', lang, managers: [MANAGER] });

describe('issue 14.9 / 15.6: a lookup over invalid settings says so in the user language', () => {
  test('zh: it cannot look up, and a manager can repair it; nothing is written', () => {
    const fake = withStored(older('zh'));
    const before = snapshot(fake.spreadsheet);
    const r = lookup(fake, 'zh');
    expect(r.matches).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(
      /^设置无效，暂时无法查询客户：.+。经理可从菜单 扩展程序 › 归属 Guishu › 设置 修正后保存$/,
    );
    expect(r.notes[0]).not.toContain('写入');
    expect(snapshot(fake.spreadsheet)).toEqual(before);
  });

  test('en: the same in English, with no Chinese in it', () => {
    const r = lookup(withStored(older('zh')), 'en');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/^The settings are invalid, so customers cannot be looked up: .+\. A manager can/);
    expect(r.notes[0]).not.toMatch(/written/);
    // Nothing Chinese but the add-on's name, which Google's menu shows in every language.
    expect(r.notes[0]!.replace('归属 Guishu', 'Guishu')).not.toMatch(CJK);
  });

  test('settings that are not JSON: the reason speaks the language asked for too', () => {
    expect(lookup(withStored('{not json'), 'en').notes).toEqual([
      'The settings are invalid, so customers cannot be looked up: the settings are not valid JSON. A manager can correct them under Extensions › 归属 Guishu › Setup and save',
    ]);
    expect(lookup(withStored('{not json'), 'zh').notes).toEqual([
      '设置无效，暂时无法查询客户：设置不是有效的 JSON。经理可从菜单 扩展程序 › 归属 Guishu › 设置 修正后保存',
    ]);
  });

  test('no language from the page: the one still readable in the stored settings', () => {
    expect(lookup(withStored(older('en'))).notes[0]).toMatch(/^The settings are invalid, so customers cannot/);
    expect(lookup(withStored(older('zh'))).notes[0]).toMatch(/^设置无效，暂时无法查询客户/);
  });
});

describe('issue 15.6: a saved filing joins its reason in the page language', () => {
  const save = (lang: 'zh' | 'en') => {
    const fake = setupDocument(20);
    settings(fake, { lang });
    fake.setUser(MANAGER);
    const draft = { name: '赵先生', phone: '139 0000 0999', agent: '张三', note: '展会' };
    return plain<{ reason: string; saved: unknown }>(
      fake.call(loadAt(fake, '2026-11-30T10:00:00'), 'guishuFilingSave', draft, lang),
    );
  };

  test('zh: ；between the verdict and the recompute notes; en: "; "', () => {
    const zh = save('zh');
    expect(zh.saved).toBeTruthy();
    expect(zh.reason).toContain('；');
    const en = save('en');
    expect(en.saved).toBeTruthy();
    expect(en.reason).toContain('; ');
    expect(en.reason).not.toContain('；');
  });
});
