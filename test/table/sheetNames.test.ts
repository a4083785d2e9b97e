// Issue 12 (registers nobody here wrote): 飞达's own documents (seed 004: 「《客户档案表》和《客户拜访记录》」)
// and a 回款记录 sheet are read as the filing sheet, the register and its payments.
import { roleByName } from '../../src/table/roles';
import { readWorkbook } from '../../src/table/read';

describe('the seeds’ own sheet names (tools-filing R2, daily-chem-filing R1, developer-direct R1, marketing-center R1)', () => {
  it.each([
    ['客户档案表', 'filing'],
    ['客户档案', 'filing'],
    ['客户建档', 'filing'],
    ['客户拜访记录', 'register'],
    ['拜访记录 9月', 'register'],
    ['回访记录', 'register'],
    ['回款记录', 'register'],
    ['来访登记', 'register'],
    ['来访客户登记本', 'register'],
    ['个人谈客本', 'register'],
    ['公共约客本', 'register'],
    ['客户资料表', 'filing'],
    ['甲方直接客户确认单', 'filing'],
    ['领秀慧谷渠道带客确认单', 'filing'],
    ['带看记录', 'register'],
    ['汇总', null],
  ])('%s is %s', (name, role) => {
    expect(roleByName(name)).toBe(role);
  });

  it('a 回访记录 or 跟进记录 sheet holds follow-ups, a 来电记录 calls, unless 类型 says otherwise', () => {
    const sheet = (name: string) =>
      readWorkbook([
        {
          name,
          values: [
            ['日期', '客户姓名', '联系电话', '置业顾问'],
            ['2026-11-02', '陈先生', '13922220013', '张三'],
          ],
        },
      ]).input.events.map((e) => e.kind);
    expect([sheet('回访记录'), sheet('跟进记录'), sheet('来电记录'), sheet('来访记录')]).toEqual([
      ['followup'],
      ['followup'],
      ['call'],
      ['visit'],
    ]);
  });

  it('a 公共约客本 holds appointments, a 甲方直接客户确认单 the developer’s confirmations', () => {
    const { input } = readWorkbook([
      {
        name: '公共约客本',
        values: [
          ['日期', '客户姓名', '联系电话', '置业顾问'],
          ['2026-11-05', '陈先生', '13922220013', '张三'],
        ],
      },
      {
        name: '甲方直接客户确认单',
        values: [
          ['日期', '客户姓名', '联系电话', '房号'],
          ['2026-11-01', '魏女士', '13922220061', '3-1201'],
        ],
      },
    ]);
    expect(input.events.map((e) => [e.ref.sheet, e.kind])).toEqual([
      ['公共约客本', 'appointment'],
      ['甲方直接客户确认单', 'confirm'],
    ]);
  });

  it('brokerage-viewing R1: a 带看记录 sheet holds viewings (带看日期); 成交方式 他司 is the deal’s source', () => {
    const { input } = readWorkbook([
      {
        name: '带看记录',
        values: [
          ['带看日期', '客户姓名', '联系电话', '经纪人'],
          ['2026-01-10', '马先生', '13922220401', '张三'],
        ],
      },
      {
        name: '成交登记',
        values: [
          ['成交日期', '客户姓名', '联系电话', '成交价', '成交方式'],
          ['2026-11-01', '马先生', '13922220401', '200万', '他司'],
        ],
      },
    ]);
    expect(input.events.map((e) => [e.kind, e.source, e.amount])).toEqual([
      ['viewing', null, null],
      ['deal', '他司', 2_000_000],
    ]);
  });

  it('reads the three sheets: a filing by 建档日期, visits by 拜访日期 / 拜访人, payments by 回款日期', () => {
    const { input, layout } = readWorkbook([
      {
        name: '客户档案表',
        values: [
          ['建档日期', '客户名称', '联系人', '联系电话', '业务员'],
          ['2026-08-01', '宏达五金', '刘总', '0755-8888 1111', '张三'],
        ],
      },
      {
        name: '客户拜访记录',
        values: [
          ['拜访日期', '客户名称', '联系电话', '拜访人', '拜访内容'],
          ['2026-09-01', '宏达五金', '0755-88881111', '李四', '推新品'],
        ],
      },
      {
        name: '回款记录',
        values: [
          ['回款日期', '客户名称', '联系电话', '业务员', '回款金额'],
          ['2026-08-20', '宏达五金', '075588881111', '张三', '5万'],
        ],
      },
    ]);
    expect(layout.sheets.map((s) => s.role)).toEqual(['filing', 'register', 'register']);
    expect(input.events.map((e) => [e.kind, e.agent, e.phone, e.amount])).toEqual([
      ['filing', '张三', '075588881111', null],
      ['visit', '李四', '075588881111', null],
      ['payment', '张三', '075588881111', 50000],
    ]);
  });
});
