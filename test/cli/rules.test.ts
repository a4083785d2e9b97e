// Issue 15 on the command line: presets described by what they do, one preset's rules in words,
// `explain <rule-id>`, and `diff` between two policies on the same history.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO, ensureBuilt, expectOneLine, guishu, readXlsx, sha256, tempDir } from './helpers';

beforeAll(() => ensureBuilt());

describe('issue 15.2: guishu presets describes each preset by what it does', () => {
  test('grouped by kind of business, words first, the regulation as a note', () => {
    const r = guishu(['presets']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    const onSite = out.indexOf('== 案场销售');
    const channel = out.indexOf('== 渠道与中介');
    const b2b = out.indexOf('== 企业客户备案');
    expect(onSite).toBeGreaterThan(-1);
    expect(channel).toBeGreaterThan(onSite);
    expect(b2b).toBeGreaterThan(channel);
    expect(out.slice(onSite, channel)).toContain('cross-customer');
    expect(out.slice(channel, b2b)).toContain('channel-confirm');
    expect(out.slice(b2b)).toContain('daily-chem-filing');
    expect(out).toContain('7 天无跟进释放');
    expect(out).toMatch(/出处：客户归属的规定（格林枫景）/);
    expect(guishu(['presets', '--lang', 'en']).stdout).toContain('7 days without a follow-up');
  });

  test("presets <id>: that preset's rules in words with its numbers; a policy file with its own", () => {
    const r = guishu(['presets', 'cross-customer']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cross-customer/R4.1');
    expect(r.stdout).toContain('连续 7 天没有跟进记录');
    expect(r.stdout).toContain('common/ID-FAMILY');
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'p.json');
      writeFileSync(file, JSON.stringify({ preset: 'cross-customer', claim: { window: { days: 10 } } }));
      const p = guishu(['presets', '--policy', file]);
      expect(p.stdout).toContain('连续 10 天没有跟进记录');
      expect(p.stdout).toContain('10 天无跟进释放');
    } finally {
      cleanup();
    }
    expect(guishu(['presets', 'nope']).code).toBe(2);
  });
});

describe('issue 15.1: guishu explain <rule-id>', () => {
  test('one rule in words, the numbers of its preset or of the policy given', () => {
    const r = guishu(['explain', 'marketing-center/R2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 天');
    expect(r.stdout).toContain('14 天');
    expect(guishu(['explain', 'decide/D12', '--lang', 'en']).stdout).toContain('month-end never changes');
    expect(guishu(['explain', 'common/DEPARTED', '--preset', 'tools-filing']).stdout).toContain('营销副总经理');
  });

  test('an unknown id is a bad argument, naming near ids', () => {
    const r = guishu(['explain', 'cross-customer/R9']);
    expect(r.code).toBe(2);
    expect(expectOneLine(r)).toContain('cross-customer/R4.1');
  });
});

describe('issue 15.3: guishu diff', () => {
  test('judges the same history under both and reports changed customers, deals and agents', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const before = sha256(DEMO);
      const out = path.join(dir, 'diff.xlsx');
      const r = guishu([
        'diff',
        DEMO,
        '--preset',
        'cross-customer',
        '--preset',
        'case-field',
        '--as-of',
        '2026-11-30',
        '--out',
        out,
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/改用 case-field 后：\d+ 位客户归属改变，\d+ 笔成交分成改变/);
      expect(r.stdout).toContain('== 客户变化');
      expect(r.stdout).toContain('现行: [cross-customer/');
      expect(r.stdout).toContain('改后: [case-field/');
      expect(sha256(DEMO)).toBe(before);
      const book = await readXlsx(out);
      expect(book.worksheets.map((s) => s.name)).toEqual(['摘要', '客户变化', '成交分成变化', '业务员变化']);
      expect(book.getWorksheet('成交分成变化')!.getRow(1).getCell(6).value).toBe('原业绩分成');
      expect(book.getWorksheet('成交分成变化')!.rowCount).toBeGreaterThan(1);
    } finally {
      cleanup();
    }
  });

  test('--json - prints the comparison; the order of the two policies is the order given', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'ten.json');
      writeFileSync(file, JSON.stringify({ preset: 'cross-customer', claim: { window: { days: 10 } } }));
      const r = guishu([
        'diff',
        DEMO,
        '--policy',
        file,
        '--preset',
        'cross-customer',
        '--as-of',
        '2026-11-30',
        '--json',
        '-',
      ]);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.before).toBe('ten.json (cross-customer)');
      expect(json.after).toBe('cross-customer');
      expect(json.customers.length).toBeGreaterThan(0);
      // Under the shorter window, customers held under 10 days are released.
      expect(json.customers.every((c: { after: { status: string } }) => c.after.status !== 'protected')).toBe(true);
      expect(r.stderr).toContain('规则对比');
    } finally {
      cleanup();
    }
  });

  test('one policy only is a bad argument', () => {
    expect(guishu(['diff', DEMO, '--preset', 'cross-customer']).code).toBe(2);
  });
});
