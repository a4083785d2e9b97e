// Issue 12 point 12 "The words offices write": the 来访方式 / 类型 values real registers use, and
// 老带新 feeding the referral rules (case-field R9).
import { annotate } from '../../src/engine';
import { getPreset } from '../../src/policy';
import { readWorkbook } from '../../src/table';
import { readKind } from '../../src/table/kinds';
import { day, grid } from './helpers';

describe('issue 12 point 12: the words offices write are event kinds', () => {
  it.each([
    ['首访', 'visit'],
    ['复访', 'visit'],
    ['二访', 'visit'],
    ['到访', 'visit'],
    ['自然来访', 'visit'],
    ['自然到访', 'visit'],
    ['认筹', 'visit'],
    ['老带新', 'visit'],
    ['来电', 'call'],
    ['电话', 'call'],
    ['网络', 'call'],
    ['网络咨询', 'call'],
    ['回访', 'followup'],
    ['约访', 'appointment'],
    ['带看', 'viewing'],
    ['签约', 'deal'],
    ['定金', 'deposit'],
    ['认购', 'deposit'],
    ['全款', 'deal'],
    ['回款', 'payment'],
    ['老带新来访', 'visit'],
    ['首访（自然来访）', 'visit'],
  ])('%p is %s', (word, kind) => {
    expect(readKind(word)?.kind).toBe(kind);
  });

  it('only 老带新 says the old customer brought the new one', () => {
    expect(readKind('老带新')?.brought).toBe(true);
    expect(readKind('老客户带新客户')?.brought).toBe(true);
    expect(readKind('首访')?.brought).toBeUndefined();
    expect(readKind('老客户介绍')?.brought).toBeUndefined();
  });

  it.each(['渠道', '中介', '自驾', '步行', '新客户', '续报'])(
    '%p says how or who, not what: the sheet’s own kind, with no line on 问题',
    (word) => {
      const rows = [
        ['日期', '客户姓名', '联系电话', '置业顾问', '来访方式'],
        ['2026-11-01', '王先生', '13922220013', '张三', word],
      ];
      for (const [sheet, kind] of [
        ['来访登记', 'visit'],
        ['来电登记表', 'call'],
        ['客户备案', 'filing'],
        ['报备', 'report'],
      ] as const) {
        const { input } = readWorkbook([grid(sheet, rows)], { asOf: day('2026-11-30') });
        expect([sheet, input.events[0]?.kind]).toEqual([sheet, kind]);
        expect(input.issues).toEqual([]);
      }
    },
  );

  it('an unknown word keeps the sheet’s kind and says on 问题 what was assumed', () => {
    const { input } = readWorkbook(
      [
        grid('来访登记', [
          ['日期', '客户姓名', '联系电话', '置业顾问', '来访方式'],
          ['2026-11-01', '王先生', '13922220013', '张三', '随便看看'],
        ]),
      ],
      { asOf: day('2026-11-30') },
    );
    expect(input.events[0]?.kind).toBe('visit');
    expect(input.issues.map((i) => i.message)).toEqual(['类型“随便看看”无法识别，按来访处理']);
  });
});

describe('issue 12 point 12 / case-field R9: 老带新 feeds the referral rules', () => {
  const HEAD = ['日期', '客户姓名', '联系电话', '置业顾问', '来访方式', '介绍人'];
  const judge = (rows: unknown[][], preset = 'case-field') => {
    const { input } = readWorkbook([grid('来访登记', [HEAD, ...rows])], { asOf: day('2026-11-30') });
    return { input, result: annotate(input, getPreset(preset)!, day('2026-11-30')) };
  };
  const ownerOf = (result: ReturnType<typeof judge>['result'], name: string) =>
    result.customers.find((c) => c.name === name)?.owner.name;

  it('a 老带新 row credits the old customer’s agent, the old customer named in 介绍人 without a row that day', () => {
    const { input, result } = judge([
      ['2026-11-01', '老王', '13922220013', '张三', '首访', ''],
      ['2026-11-20', '小李', '13922220014', '李四', '老带新', '老王'],
    ]);
    expect(input.events[1]).toMatchObject({ accompanied: true, referrer: '老王' });
    expect(ownerOf(result, '小李')).toBe('张三');
    expect(result.rows.find((r) => r.ref.row === 3)?.reason.rules).toContain('case-field/R9');
  });

  it('the referrer may be written as a phone, in any format', () => {
    const { result } = judge([
      ['2026-11-01', '老王', '13922220013', '张三', '首访', ''],
      ['2026-11-20', '小李', '13922220014', '李四', '老带新', '+86 139-2222-0013'],
    ]);
    expect(ownerOf(result, '小李')).toBe('张三');
  });

  it('a referrer named on a plain 首访 row without coming along gives no claim (R9 unchanged)', () => {
    const { result } = judge([
      ['2026-11-01', '老王', '13922220013', '张三', '首访', ''],
      ['2026-11-20', '小李', '13922220014', '李四', '首访', '老王'],
    ]);
    expect(ownerOf(result, '小李')).toBe('李四');
  });

  it('老带新 with no referrer written: a plain visit for the receiving agent, and a line on 问题 asking for the referrer', () => {
    const { input, result } = judge([
      ['2026-11-01', '老王', '13922220013', '张三', '首访', ''],
      ['2026-11-20', '小李', '13922220014', '李四', '老带新', ''],
    ]);
    expect(ownerOf(result, '小李')).toBe('李四');
    const note = input.issues.find((i) => i.code === 'referral-no-referrer');
    expect(note).toMatchObject({ sheet: '来访登记', row: 3, field: 'referrer', level: 'note' });
    expect(note?.message).toMatch(/老带新.*没有填写介绍人/);
  });
});

describe('issue 12 point 12: a word saying the customer did not come is never a visit', () => {
  const rows = (word: string) => [
    ['日期', '客户姓名', '联系电话', '置业顾问', '来访方式'],
    ['2026-11-01', '王先生', '13922220013', '张三', word],
  ];

  it.each(['未到访', '未来访', '爽约', '取消来访', '客户未到访'])(
    '%p on a visit register is a follow-up, said on 问题',
    (word) => {
      const { input } = readWorkbook([grid('来访登记', rows(word))], { asOf: day('2026-11-30') });
      expect(input.events[0]?.kind).toBe('followup');
      expect(input.issues.map((i) => i.message)).toEqual([`类型“${word}”表示客户未到访，不按来访计，按跟进处理`]);
    },
  );

  it('on a filing sheet the row stays a filing (a report not yet followed by a visit)', () => {
    const { input } = readWorkbook([grid('报备', rows('未到访'))], { asOf: day('2026-11-30') });
    expect(input.events[0]?.kind).toBe('report');
    expect(input.issues).toEqual([]);
  });

  it('未成交 on a visit row is still the visit (today’s reading, said on 问题)', () => {
    const { input } = readWorkbook([grid('来访登记', rows('未成交'))], { asOf: day('2026-11-30') });
    expect(input.events[0]?.kind).toBe('visit');
    expect(input.issues.map((i) => i.code)).toEqual(['kind-unknown']);
  });
});

describe('issue 12 point 12: a 来访方式 that says how the customer came is the row’s 来源 when it has none', () => {
  const HEAD = ['日期', '客户姓名', '联系电话', '置业顾问', '来访方式'];

  it('外展 in 来访方式 reaches marketing-center R5 like a 来源 of 外展', () => {
    const { input } = readWorkbook(
      [grid('来访登记', [HEAD, ['2026-11-01', '王先生', '13922220013', '张三', '外展']])],
      { asOf: day('2026-11-02') },
    );
    expect(input.events[0]).toMatchObject({ kind: 'visit', source: '外展' });
    const result = annotate(input, getPreset('marketing-center')!, day('2026-11-02'));
    expect(result.customers[0]?.owner.name).toBe('张三');
    expect(result.customers[0]?.reason.rules).toContain('marketing-center/R5');
  });

  it('a 来源 column keeps its own word; an event word is no 来源', () => {
    const head = [...HEAD, '来源'];
    const { input } = readWorkbook(
      [
        grid('来访登记', [
          head,
          ['2026-11-01', '王先生', '13922220013', '张三', '渠道', '开发商关系'],
          ['2026-11-02', '李女士', '13922220014', '张三', '首访', ''],
        ]),
      ],
      { asOf: day('2026-11-30') },
    );
    expect(input.events.map((e) => e.source)).toEqual(['开发商关系', null]);
  });
});

it.each(['来访方式', '到访方式', '来访类型', '来访形式', '类型'])(
  'issue 12 point 12: a %p column holds the kind words',
  (header) => {
    const { input } = readWorkbook(
      [
        grid('来访登记', [
          ['日期', '客户姓名', '联系电话', '置业顾问', header],
          ['2026-11-01', '王先生', '13922220013', '张三', '来电'],
        ]),
      ],
      { asOf: day('2026-11-30') },
    );
    expect(input.events[0]?.kind).toBe('call');
  },
);
