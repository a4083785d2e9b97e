// `guishu lookup` and `guishu presets`.
import { guishu, useSmallRegister } from './helpers';

const { book } = useSmallRegister();

describe('lookup', () => {
  it('exits 0 and prints JSON matches with --json', () => {
    const run = guishu(['lookup', book, '+86 138-0013-8000', '--as-of', '2026-11-30', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toEqual(
      expect.objectContaining({ query: '+86 138-0013-8000', asOf: '2026-11-30', matches: expect.any(Array) }),
    );
    for (const m of out.matches) expect(Object.keys(m)).toEqual(expect.arrayContaining(['customer', 'rows', 'events']));
    expect(out.matches).toHaveLength(1);
    expect(out.matches[0].customer).toMatchObject({ id: 'c-13800138000', owner: '张三', status: 'closed' });
    expect(out.matches[0].events.map((e: { row: number }) => e.row)).toEqual(expect.arrayContaining([2, 3, 6]));
  });

  it.each([['13800138000'], ['8000'], ['陈先生'], ['陈']])(
    'finds 陈先生 by %s and prints owner and reason',
    (query) => {
      const run = guishu(['lookup', book, query, '--as-of', '2026-11-30']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('c-13800138000');
      expect(run.stdout).toMatch(/归属：张三/);
      expect(run.stdout).toContain('来访登记 第6行');
    },
  );

  it('says so when nothing matches', () => {
    const run = guishu(['lookup', book, '不存在的客户', '--as-of', '2026-11-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/没有找到匹配「不存在的客户」的客户|找到 \d+ 位客户/);
  });

  it('takes an unquoted phone with spaces as one query', () => {
    const run = guishu(['lookup', book, '138', '0013', '8000', '--as-of', '2026-11-30', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).query).toBe('138 0013 8000');
  });
});

describe('presets', () => {
  it('lists every preset id with its title', () => {
    const run = guishu(['presets']);
    expect(run.code).toBe(0);
    for (const id of ['park-report', 'reception-rotation', 'cross-customer', 'daily-chem-filing', 'tools-filing']) {
      expect(run.stdout).toContain(id);
    }
  });

  it('prints JSON with --json', () => {
    const run = guishu(['presets', '--json']);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list).toHaveLength(15);
    expect(list[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        title: expect.objectContaining({ zh: expect.any(String), en: expect.any(String) }),
      }),
    );
  });

  it('speaks English with --lang en', () => {
    expect(guishu(['presets', '--lang', 'en']).stdout).toContain('Presets (--preset <id>)');
  });
});
