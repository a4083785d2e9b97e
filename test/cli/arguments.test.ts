// Exit status and messages of the built CLI (contract: 0 done, 1 unusable workbook or policy,
// 2 bad arguments), always one line and never a stack trace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, expectOneLine, guishu, sha256, writeXlsx, useSmallRegister } from './helpers';

const { dir: tmpDir, book } = useSmallRegister();
const tmp = { dir: tmpDir };

describe('help', () => {
  it('prints the overview with --help', () => {
    const run = guishu(['--help']);
    expect(run.code).toBe(0);
    for (const verb of ['annotate', 'lookup', 'presets', 'demo']) expect(run.stdout).toContain(verb);
  });

  it.each(['annotate', 'lookup', 'presets', 'demo'])('prints help for %s', (verb) => {
    const run = guishu([verb, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`guishu ${verb}`);
  });

  it("errors point 1: a bad choice or number in a policy file is said in the user's words (annotate, diff)", () => {
    const p = path.join(tmp.dir, 'p9.json');
    writeFileSync(p, JSON.stringify({ preset: 'cross-customer', claim: { from: 'visit', window: { days: 1.5 } } }));
    const zh = expectOneLine(guishu(['annotate', book, '--policy', p]));
    expect(zh).toMatch(/^guishu: 策略文件无效：.*p9\.json：/);
    expect(zh).toContain('claim.from（保护期起算）应为 以下之一：claim、contact，现为 "visit"');
    expect(zh).toContain('claim.window.days（保护期 › 天）应为 0 到 100000 的整数，现为 1.5');
    const en = expectOneLine(guishu(['diff', book, '--policy', p, '--preset', 'dafang', '--lang', 'en']));
    expect(en).toMatch(/^guishu: Invalid policy file .*p9\.json: /);
    expect(en).toContain('claim.from (protection counted from) must be one of claim, contact; it is "visit"');
    expect(en).toContain('must be a whole number from 0 to 100000; it is 1.5');
    for (const line of [zh, en]) expect(line).not.toMatch(/Invalid input|策略无效/);
  });

  it('speaks English with --lang en', () => {
    expect(guishu(['annotate', '--help', '--lang', 'en']).stdout).toContain('Usage: guishu annotate');
  });

  it('exits 2 with usage when no command is given', () => {
    const run = guishu([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('guishu annotate');
  });
});

describe('bin/guishu.js before a build', () => {
  it('says to run npm run build, in one line', () => {
    mkdirSync(path.join(tmp.dir, 'unbuilt', 'bin'), { recursive: true });
    const bin = path.join(tmp.dir, 'unbuilt', 'bin', 'guishu.js');
    copyFileSync(BIN, bin);
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(expectOneLine({ code: r.status, stdout: r.stdout, stderr: r.stderr })).toContain('npm run build');
  });
});

describe('bad arguments exit 2 with one line', () => {
  it.each([
    [['frobnicate'], /未知命令：frobnicate/],
    [['--frobnicate'], /未知选项：--frobnicate/],
    [['annotate'], /缺少工作簿文件/],
    // Several workbooks are one history (issue 16.10); two inputs may not share one copy.
    [['annotate', 'BOOK', 'BOOK'], /两个输入文件的批注副本会写到同一个文件/],
    [['annotate', 'BOOK', '--bogus'], /未知选项：--bogus/],
    [['annotate', 'BOOK', '--as-of'], /--as-of/],
    [['annotate', 'BOOK', '--as-of', '2026-02-30'], /--as-of 日期无效：2026-02-30/],
    [['annotate', 'BOOK', '--as-of', '2026/11/30'], /--as-of 日期无效/],
    [['annotate', 'BOOK', '--tz', 'Mars/Olympus'], /--tz 时区无效：Mars\/Olympus/],
    [['annotate', 'BOOK', '--lang', 'fr'], /--lang 只能是 zh 或 en/],
    [['annotate', 'BOOK', '--preset', 'nope'], /未知预设：nope。可用预设：.*cross-customer/],
    [['annotate', 'BOOK', '--preset', 'dafang', '--policy', 'p.json'], /--preset 与 --policy 只能用一个/],
    [['annotate', 'BOOK', '--out', 'BOOK'], /输出文件不能是输入文件本身/],
    [['lookup', 'BOOK'], /缺少要查询的电话或姓名/],
    [['presets', 'cross-customer', 'extra'], /多余的参数/],
    [['presets', 'extra'], /未知预设：extra/],
  ])('%j', (args, message) => {
    const before = sha256(book);
    const run = guishu(args.map((a) => (a === 'BOOK' ? book : a)));
    expect(run.code).toBe(2);
    expect(expectOneLine(run)).toMatch(message);
    expect(sha256(book)).toBe(before);
  });

  it('lists every valid preset id for an unknown one', () => {
    const line = expectOneLine(guishu(['annotate', book, '--preset', 'nope']));
    for (const id of ['park-report', 'cross-customer', 'tools-filing', 'daily-chem-filing']) expect(line).toContain(id);
  });

  it('speaks English with --lang en', () => {
    const run = guishu(['annotate', book, '--as-of', 'tomorrow', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(expectOneLine(run)).toMatch(/Invalid --as-of date: tomorrow/);
  });
});

describe('an unusable workbook or policy exits 1 with one line', () => {
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(tmp.dir, name);
    writeFileSync(p, content);
    return p;
  };

  it.each([
    ['a missing file', () => path.join(tmp.dir, 'missing.xlsx'), /找不到文件：.*missing\.xlsx/],
    [
      'a directory',
      () => (mkdirSync(path.join(tmp.dir, 'dir.xlsx'), { recursive: true }), path.join(tmp.dir, 'dir.xlsx')),
      /不是文件/,
    ],
    ['a csv named .xlsx', () => file('csv.xlsx', '日期,客户姓名\n2026-11-01,陈先生\n'), /不是 xlsx 工作簿/],
    ['an empty file', () => file('empty.xlsx', ''), /不是 xlsx 工作簿/],
    [
      'a broken zip',
      () => file('broken.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64, 7)])),
      /工作簿不完整或已损坏/,
    ],
  ])('%s', (_what, make, message) => {
    const run = guishu(['annotate', make()]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(message);
  });

  it('a workbook without a register', async () => {
    const p = path.join(tmp.dir, 'numbers.xlsx');
    await writeXlsx(p, [
      {
        name: 'Sheet1',
        rows: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    ]);
    const run = guishu(['annotate', p]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/没有找到来访登记表.*Sheet1/);
  });

  it.each([
    ['a missing policy file', null, /找不到策略文件/],
    ['a policy that is not JSON', '{ preset: ', /策略文件不是有效的 JSON/],
    ['a policy naming an unknown preset', '{"preset":"nope"}', /策略文件无效.*nope/],
    ['a policy with an unknown setting', '{"preset":"cross-customer","colour":"red"}', /策略文件无效.*colour/],
    ['a policy with a bad number (zod path)', '{"preset":"cross-customer","warnDays":-3}', /策略文件无效.*warnDays/],
  ])('%s', (_what, content, message) => {
    const p = path.join(tmp.dir, `policy-${Math.random().toString(36).slice(2)}.json`);
    if (content !== null) writeFileSync(p, content);
    const run = guishu(['annotate', book, '--policy', p]);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(message);
  });

  it('speaks English with --lang en', () => {
    const run = guishu(['annotate', path.join(tmp.dir, 'missing.xlsx'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(expectOneLine(run)).toMatch(/File not found: .*missing\.xlsx/);
  });

  it('refuses --out that is the input through another path', () => {
    const copy = path.join(tmp.dir, 'same.xlsx');
    copyFileSync(book, copy);
    const run = guishu(['annotate', copy, '--out', path.join(tmp.dir, '.', 'sub', '..', 'same.xlsx')]);
    expect(run.code).toBe(2);
    expectOneLine(run);
  });
});
