import { readWorkbook, issueMessage, type SheetGrid } from '../../src/table';
import { passOver } from '../../src/table/read';
import type { EventRecord, InputIssue } from '../../src/engine/types';
import { day, grid, utc } from './helpers';

const AS_OF = day('2026-11-30');
const read = (grids: SheetGrid[], opts = {}) => readWorkbook(grids, { asOf: AS_OF, ...opts });
const HEAD = ['日期', '客户姓名', '联系电话', '置业顾问', '类型'];
const register = (rows: unknown[][], name = '来访登记', head = HEAD) => grid(name, [head, ...rows]);

describe('sheet roles', () => {
  it('recognizes sheets by name', () => {
    const names: [string, string][] = [
      ['来访登记', 'register'],
      ['来访登记 10月', 'register'],
      ['来访登记表', 'register'],
      ['来电登记表', 'register'],
      ['来客登记本', 'register'],
      ['二期登记表', 'register'],
      ['Visits', 'register'],
      ['客户备案', 'filing'],
      ['报备', 'filing'],
      ['渠道报备登记表', 'filing'],
      ['备案', 'filing'],
      ['Filings', 'filing'],
      ['人员', 'staff'],
      ['Staff', 'staff'],
      ['裁决', 'rulings'],
      ['Rulings', 'rulings'],
    ];
    const grids = names.map(([n]) => grid(n, [['日期', '客户姓名', '置业顾问', '姓名', '新归属人', '客户']]));
    const { layout } = read(grids);
    expect(layout.sheets.map((s) => [s.name, s.role])).toEqual(names);
    expect(layout.skipped).toEqual([]);
  });

  it("passes over Guishu's own sheets silently and lists unrecognized ones", () => {
    const own = [
      '客户归属总表',
      '冲突',
      '问题',
      '变更日志',
      '查询日志',
      '月结 2026-10',
      '_guishu_stamps',
      'Guishu settings',
    ];
    const grids = [
      ...own.map((n) => grid(n, [['日期', '客户', '电话', '归属人', '置业顾问']])),
      grid('Sheet1', [['a', 'b']]),
    ];
    const { layout, input } = read(grids);
    expect(layout.sheets).toEqual([]);
    expect(layout.skipped).toEqual([
      { name: 'Sheet1', why: expect.stringContaining('未读取'), code: 'sheet-unrecognized' },
    ]);
    // An unrecognized sheet with something on it is said on 问题 (it may hold contacts); own sheets are not.
    expect(input.issues.map((i) => [i.sheet, i.row, i.level])).toEqual([['Sheet1', null, 'note']]);
  });

  it('a sheet set to be ignored, or an empty one, is passed over without a line on 问题', () => {
    const { input } = read([grid('说明', [['a', 'b']]), grid('空白', [])], { roles: { 说明: 'ignore' } });
    expect(input.issues).toEqual([]);
  });

  it('recognizes sheets by headers when the name says nothing', () => {
    const { layout } = read([
      grid('Sheet1', [['标题'], ['来访日期', '客户姓名', '手机', '接待顾问']]),
      grid('Sheet2', [['报备日期', '客户姓名', '联系电话', '报备人']]),
      grid('Sheet3', [
        ['姓名', '状态'],
        ['张三', '在职'],
        ['李四', '离职'],
      ]),
      grid('Sheet4', [['日期', '客户', '分配给']]),
      grid('Sheet5', [
        ['姓名', '状态'],
        ['张三', '良好'],
      ]),
      grid('Sheet6', [['日期', '客户姓名', '电话']]), // no agent: not a register by headers alone
    ]);
    expect(layout.sheets.map((s) => [s.name, s.role, s.headerRow])).toEqual([
      ['Sheet1', 'register', 2],
      ['Sheet2', 'filing', 1],
      ['Sheet3', 'staff', 1],
      ['Sheet4', 'rulings', 1],
    ]);
    expect(layout.skipped.map((s) => s.name)).toEqual(['Sheet5', 'Sheet6']);
  });

  it("follows the manager's roles, including ignore", () => {
    const { layout } = read([register([], 'Sheet1'), register([], '来访登记')], {
      roles: { Sheet1: 'register', 来访登记: 'ignore' },
    });
    expect(layout.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(layout.skipped).toEqual([{ name: '来访登记', why: '设置中标为不读取', code: 'sheet-ignored' }]);
  });

  it('reports a named sheet whose header row cannot be found', () => {
    const { layout, input } = read([grid('来访登记', [['随便'], ['abc']])]);
    expect(layout.skipped[0]?.code).toBe('no-header');
    expect(input.issues).toEqual([
      expect.objectContaining({ sheet: '来访登记', row: null, level: 'error', code: 'no-header' }),
    ]);
  });

  it('reads every register sheet as one register', () => {
    const { input } = read([
      register([['2026-10-05', '陈先生', '13800000001', '张三', '']], '来访登记 10月'),
      register([['2026-11-05', '陈先生', '13800000001', '张三', '']], '来访登记 11月'),
      register([['2026-11-06', '王女士', '13800000002', '李四', '来电']], '来电登记表'),
    ]);
    expect(input.events.map((e) => [e.ref.sheet, e.kind, e.from])).toEqual([
      ['来访登记 10月', 'visit', 'register'],
      ['来访登记 11月', 'visit', 'register'],
      ['来电登记表', 'call', 'register'],
    ]);
  });
});

describe('register rows', () => {
  it('produces events with the engine fields', () => {
    const head = [
      ...HEAD,
      '时间',
      '指定顾问',
      '介绍人',
      '陪同',
      '关系',
      '关联电话',
      '仅取资料',
      '案场',
      '金额',
      '来源',
      '录入时间',
      '备注',
    ];
    const { input } = read([
      register(
        [
          [
            '2026-11-03',
            ' 陈 先生 ',
            '138 0000 0001',
            '张三',
            '来访',
            '14:30',
            '李四',
            '13900000009',
            '是',
            '配偶',
            '+86 139-0000-0008',
            '是',
            '市区',
            '200万',
            '渠道',
            '2026-11-04 09:00',
            '随便写',
          ],
          ['2026-11-04', '王女士', 13800000002, '自行来访', '', '', '', '老王', '', '', '', '', '', '', '', '', ''],
        ],
        '来访登记',
        head,
      ),
    ]);
    expect(input.issues).toEqual([]);
    expect(input.events[0]).toEqual<EventRecord>({
      ref: { sheet: '来访登记', row: 2 },
      from: 'register',
      kind: 'visit',
      stage: null,
      day: day('2026-11-03'),
      minute: 870,
      enteredDay: day('2026-11-04'),
      name: '陈 先生',
      phone: '13800000001',
      agent: '张三',
      designated: '李四',
      referrer: '13900000009',
      accompanied: true,
      relation: '配偶',
      linkedPhone: '13900000008',
      brief: true,
      site: '市区',
      amount: 2000000,
      source: '渠道',
      channel: null,
      broker: null,
      judgedDay: null,
      confirmed: null,
      unit: null,
      area: null,
      price: null,
      discountPrice: null,
      totalPrice: null,
      signedByCustomer: null,
      approvedByDeveloper: null,
      approvedByAgency: null,
    });
    expect(input.events[1]).toMatchObject({
      phone: '13800000002',
      agent: null,
      referrer: '老王',
      accompanied: false,
      brief: false,
      minute: null,
      enteredDay: null,
    });
  });

  it('reads every date form, Date cells and serials included', () => {
    const dates: [unknown, string, number | null][] = [
      [utc('2026-11-01'), '2026-11-01', null],
      [utc('2026-11-01T10:00:00'), '2026-11-01', 600],
      [46329, '2026-11-03', null],
      ['2026-11-03', '2026-11-03', null],
      ['2026/11/3', '2026-11-03', null],
      ['2026年11月3日', '2026-11-03', null],
      ['2026.11.03', '2026-11-03', null],
      ['2026-11-03 14:30', '2026-11-03', 870],
      ['２０２６年１１月３日', '2026-11-03', null],
    ];
    const { input } = read([register(dates.map(([d], i) => [d, `客户${i}`, `1380000000${i}`, '张三', '']))]);
    expect(input.issues).toEqual([]);
    expect(input.events.map((e) => [e.day, e.minute])).toEqual(dates.map(([, iso, m]) => [day(iso), m]));
  });

  it('uses cellDate for Date cells', () => {
    const cellDate = (d: Date) => ({ day: Math.floor(d.getTime() / 86_400_000) + 1, minute: null });
    const { input } = read([register([[utc('2026-11-01'), '陈', '13800000001', '张三', '']])], { cellDate });
    expect(input.events[0]?.day).toBe(day('2026-11-02'));
  });

  it('infers the year of month-days from the rows around them, across a year boundary', () => {
    const { input } = read([
      register([
        ['2025-12-28', '甲', '13800000001', '张三', ''],
        ['12月30日', '乙', '13800000002', '张三', ''],
        ['1月3日', '丙', '13800000003', '张三', ''],
        ['1/5', '丁', '13800000004', '张三', ''],
      ]),
    ]);
    expect(input.events.map((e) => e.day)).toEqual(['2025-12-28', '2025-12-30', '2026-01-03', '2026-01-05'].map(day));
    expect(input.issues.map((i) => [i.row, i.level, i.code])).toEqual([
      [3, 'note', 'year-inferred'],
      [4, 'note', 'year-inferred'],
      [5, 'note', 'year-inferred'],
    ]);
    expect(input.issues[1]?.message).toBe('“1月3日”未写年份，按本表最近的完整日期读作 2026-01-03（decide/D13）');
  });

  it('takes the year from the sheet name, else from as-of', () => {
    const row = [['11月3日', '甲', '13800000001', '张三', '']];
    expect(read([register(row, '来访登记 2025年11月')]).input.events[0]?.day).toBe(day('2025-11-03'));
    expect(read([register(row)]).input.events[0]?.day).toBe(day('2026-11-03'));
    const none = readWorkbook([register(row)]);
    expect(none.input.events).toEqual([]);
    expect(none.input.issues).toEqual([expect.objectContaining({ row: 2, level: 'error', code: 'year-unknown' })]);
  });

  it('reports unreadable dates and error cells, and makes no event of them', () => {
    const { input } = read([
      register([
        ['下周', '甲', '13800000001', '张三', ''],
        ['#N/A', '乙', '13800000002', '张三', ''],
        ['', '丙', '13800000003', '张三', ''],
        ['2026-11-03', '#REF!', '13800000004', '#VALUE!', ''],
      ]),
    ]);
    expect(input.events.map((e) => e.ref.row)).toEqual([5]);
    expect(input.events[0]).toMatchObject({ name: null, agent: null, phone: '13800000004' });
    expect(input.issues.map((i) => [i.row, i.field, i.level, i.code])).toEqual([
      [2, 'date', 'error', 'date-unreadable'],
      [3, 'date', 'error', 'date-unreadable'],
      [4, 'date', 'error', 'date-blank'],
      [5, 'name', 'error', 'cell-error'],
      [5, 'agent', 'error', 'cell-error'],
    ]);
    expect(input.issues[0]?.message).toContain('下周');
    expect(input.issues[1]?.message).toContain('#N/A');
  });

  it('reads time from a time column, whatever its form', () => {
    const head = [...HEAD, '来访时间'];
    const { input } = read([
      register(
        [
          ['2026-11-03', '甲', '13800000001', '张三', '', '14:30'],
          ['2026-11-03', '乙', '13800000002', '张三', '', '14点30分'],
          ['2026-11-03', '丙', '13800000003', '张三', '', 0.5],
          ['2026-11-03', '丁', '13800000004', '张三', '', new Date(Date.UTC(1899, 11, 30, 9, 15))],
          ['2026-11-03 08:00', '戊', '13800000005', '张三', '', ''],
          ['2026-11-03', '己', '13800000006', '张三', '', '傍晚'],
        ],
        '来访登记',
        head,
      ),
    ]);
    expect(input.events.map((e) => e.minute)).toEqual([870, 870, 720, 555, 480, null]);
    expect(input.issues).toEqual([expect.objectContaining({ row: 7, field: 'time', code: 'time-unreadable' })]);
  });
});

describe('phones on rows', () => {
  it('reads numbers, landlines and notes', () => {
    const { input } = read([
      register([
        ['2026-11-03', '甲', 13800138000, '张三', ''],
        ['2026-11-03', '乙', '021-6234 5678', '张三', ''],
        ['2026-11-03', '丙', '6234 5678', '张三', ''],
        ['2026-11-03', '丁', '13800138001/13900139001', '张三', ''],
        ['2026-11-03', '戊', '138****8000', '张三', ''],
        ['2026-11-03', '己', '12345', '张三', ''],
      ]),
    ]);
    expect(input.events.map((e) => e.phone)).toEqual([
      '13800138000',
      '02162345678',
      '62345678',
      '13800138001',
      null,
      null,
    ]);
    expect(input.issues.map((i) => [i.row, i.field, i.level, i.code])).toEqual([
      [4, 'phone', 'note', 'phone-local'],
      [5, 'phone', 'note', 'phone-multiple'],
      [6, 'phone', 'error', 'phone-masked'],
      [7, 'phone', 'error', 'phone-invalid'],
    ]);
  });

  it('takes a mobile written in the name cell when the phone cell is blank', () => {
    const { input } = read([register([['2026-11-03', '王先生 13800138000', '', '张三', '']])]);
    expect(input.events[0]).toMatchObject({ name: '王先生', phone: '13800138000' });
    expect(input.issues.map((i) => i.code)).toEqual(['phone-from-name']);
  });
});

describe('identity validity (common/ID-VALID)', () => {
  // The row kept without a phone is weak; the engine, which knows the preset, says so on 问题.
  it('drops rows with neither phone nor name, keeps name-only rows for the engine to judge', () => {
    const { input, layout } = read([
      register([
        ['2026-11-01', '', '', '张三', '来访'],
        ['2026-11-01', '王先生', '', '张三', ''],
        ['2026-11-01', '', '13800000001', '张三', ''],
      ]),
    ]);
    expect(input.events.map((e) => e.ref.row)).toEqual([3, 4]);
    expect(input.events[0]?.phone).toBeNull();
    expect(input.issues.map((i) => [i.row, i.field, i.level])).toEqual([[2, 'customer', 'error']]);
    expect(input.issues[0]?.message).toContain('不能作为归属依据');
    expect(layout.sheets[0]?.dataRows).toEqual([2, 3, 4]);
  });

  it('skips blank rows silently, and totals, repeated headers and banners with a note', () => {
    const { input, layout } = read([
      grid('来访登记', [
        ['序号', ...HEAD],
        [1, '2026-11-01', '甲', '13800000001', '张三', ''],
        ['', '', '', '', '', ''],
        [2, '', '', '', '', ''], // a pre-numbered template row
        ['十一月下半月', '', '', '', '', ''],
        ['序号', ...HEAD],
        ['合计', '', '', '', '', ''],
        ['', '合计：2组', '', '', '', ''],
        [3, '2026-11-20', '乙', '13800000002', '李四', ''],
      ]),
    ]);
    expect(input.events.map((e) => e.ref.row)).toEqual([2, 9]);
    expect(input.issues.map((i) => [i.row, i.level, i.code])).toEqual([
      [5, 'note', 'banner-row'],
      [6, 'note', 'header-repeat'],
      [7, 'note', 'total-row'],
      [8, 'note', 'total-row'],
    ]);
    expect(layout.sheets[0]?.dataRows).toEqual([2, 9]);
  });

  it('notes exact duplicates, across register sheets too', () => {
    const row = ['2026-11-01', '甲', '13800000001', '张三', '来访'];
    const { input } = read([
      register([row, row, ['2026-11-01', '甲', '13800000001', '李四', '来访']]),
      register([row], '来访登记 2'),
    ]);
    expect(input.events).toHaveLength(4);
    expect(input.issues.map((i) => [i.sheet, i.row, i.level, i.message])).toEqual([
      ['来访登记', 3, 'note', '与第2行完全相同（重复登记）'],
      ['来访登记 2', 2, 'note', '与“来访登记”第2行完全相同（重复登记）'],
    ]);
  });

  it('decide/D23: deal rows are left to the engine, which also compares the amount and 房号', () => {
    const deal = (amount: number) => ['2026-11-05', '甲', '13800000001', '张三', '成交', amount];
    const { input } = read([
      {
        name: '来访登记',
        values: [['日期', '客户姓名', '联系电话', '置业顾问', '类型', '成交金额'], deal(900_000), deal(1_200_000)],
      },
    ]);
    // Two units the same day: not "completely identical", and no line here.
    expect(input.events).toHaveLength(2);
    expect(input.issues).toEqual([]);
  });
});

describe('kinds on rows', () => {
  it('defaults registers to visits and notes unknown words', () => {
    const { input } = read([
      register([
        ['2026-11-01', '甲', '13800000001', '张三', ''],
        ['2026-11-02', '甲', '13800000001', '张三', '认购'],
        ['2026-11-03', '甲', '13800000001', '张三', '随便看看'],
      ]),
    ]);
    expect(input.events.map((e) => [e.kind, e.stage])).toEqual([
      ['visit', null],
      ['deposit', 'subscription'],
      ['visit', null],
    ]);
    expect(input.issues).toEqual([
      expect.objectContaining({ row: 4, field: 'kind', level: 'note', code: 'kind-unknown' }),
    ]);
    expect(input.issues[0]?.message).toBe('类型“随便看看”无法识别，按来访处理');
  });

  it('defaults filings to filing, or report on a 报备 sheet or with a channel', () => {
    const head = ['备案日期', '客户姓名', '联系电话', '业务员', '备案类型', '渠道'];
    const rows = [
      ['2026-11-01', '甲', '13800000001', '张三', '', ''],
      ['2026-11-01', '乙', '13800000002', '', '', '渠道A'],
      ['2026-11-01', '丙', '13800000003', '张三', '甲方确认', ''],
    ];
    const filed = read([grid('客户备案', [head, ...rows])]).input.events;
    expect(filed.map((e) => [e.kind, e.from, e.channel])).toEqual([
      ['filing', 'filing', null],
      ['report', 'filing', '渠道A'],
      ['confirm', 'filing', null],
    ]);
    expect(read([grid('报备', [head, ...rows])]).input.events[0]?.kind).toBe('report');
  });

  it('turns deal-date columns of a visit row into a visit plus a deal', () => {
    const head = [...HEAD, '定金日期', '成交日期', '成交金额'];
    const { input } = read([
      register(
        [
          ['2026-11-01', '甲', '13800000001', '张三', '', '', '2026-11-20', '200万'],
          ['2026-11-02', '乙', '13800000002', '李四', '', '11月5日', '', ''],
          ['2026-11-03', '丙', '13800000003', '王五', '成交', '', '2026-11-03', ''],
        ],
        '来访登记',
        head,
      ),
    ]);
    expect(input.events.map((e) => [e.ref.row, e.kind, e.stage, e.day, e.amount])).toEqual([
      [2, 'visit', null, day('2026-11-01'), 2000000],
      [2, 'deal', 'contract', day('2026-11-20'), 2000000],
      [3, 'visit', null, day('2026-11-02'), null],
      [3, 'deposit', 'deposit', day('2026-11-05'), null],
      [4, 'deal', 'contract', day('2026-11-03'), null],
    ]);
  });
});

describe('sheet-specific defaults', () => {
  it('reads blank kinds on a 来电登记表 as calls', () => {
    const { input } = read([register([['2026-11-01', '甲', '13800000001', '张三', '']], '来电登记表')]);
    expect(input.events[0]?.kind).toBe('call');
  });

  it('takes 登记时间 as the date when the sheet keeps no other', () => {
    const { input, layout } = read([
      grid('Sheet1', [
        ['登记时间', '客户姓名', '电话', '置业顾问'],
        ['2026-11-01 10:00', '甲', '13800000001', '张三'],
      ]),
    ]);
    expect(layout.sheets[0]).toMatchObject({ role: 'register', columns: { date: 0 } });
    expect(input.events[0]).toMatchObject({ day: day('2026-11-01'), minute: 600, enteredDay: null });
  });
});

describe('filing rows', () => {
  it('reads channel, broker, judgment, confirmation and the developer-direct particulars', () => {
    const head = [
      '报备日期',
      '报备时间',
      '客户姓名',
      '联系电话',
      '渠道',
      '经纪人',
      '判定日期',
      '带客确认单',
      '房号',
      '面积',
      '原单价',
      '优惠后单价',
      '总价',
      '客户签字',
      '甲方审批',
      '乙方审批',
    ];
    const { input } = read([
      grid('报备', [
        head,
        ['2026-11-10', '09:00', '甲', '13800000001', '渠道A', '小明', '2026-11-11', '', '', '', '', '', '', '', '', ''],
        [
          '2026-11-10',
          '20:00',
          '乙',
          '13800000002',
          '渠道A',
          '',
          '',
          '√',
          '3-1201',
          '89.5㎡',
          '20000',
          '19000',
          '170万',
          '是',
          '任总已签',
          '否',
        ],
      ]),
    ]);
    expect(input.issues).toEqual([]);
    expect(input.events[0]).toMatchObject({
      kind: 'report',
      minute: 540,
      channel: '渠道A',
      broker: '小明',
      agent: null,
      judgedDay: day('2026-11-11'),
      confirmed: false,
      signedByCustomer: false,
    });
    expect(input.events[1]).toMatchObject({
      minute: 1200,
      broker: null,
      confirmed: true,
      unit: '3-1201',
      area: 89.5,
      price: 20000,
      discountPrice: 19000,
      totalPrice: 1700000,
      signedByCustomer: true,
      approvedByDeveloper: true,
      approvedByAgency: false,
    });
  });

  it('leaves confirmed null when the sheet keeps no confirmation column', () => {
    const { input } = read([
      grid('报备', [
        ['报备日期', '客户姓名', '联系电话'],
        ['2026-11-10', '甲', '13800000001'],
      ]),
    ]);
    expect(input.events[0]?.confirmed).toBeNull();
  });
});

describe('layout', () => {
  it("finds own columns again and knows the manager's last column", () => {
    const { layout, input } = read([
      grid('来访登记', [
        ['某项目来访客户登记表'],
        [
          '日期',
          '客户姓名',
          '联系电话',
          '置业顾问',
          '',
          '归属人',
          '归属状态',
          '业绩分成',
          '佣金分成',
          '保护到期',
          '判定依据',
        ],
        ['2026-11-01', '甲', '13800000001', '张三', '', '张三', '保护中', '', '', '2026-11-08', 'x'],
        ['2026-11-02', '乙', '13800000002', '李四', '手写备注', '', '', '', '', '', ''],
        ['', '', '', '', '', '李四', '保护中', '', '', '', ''],
      ]),
    ]);
    expect(layout.sheets).toEqual([
      {
        name: '来访登记',
        role: 'register',
        headerRow: 2,
        columns: { date: 0, name: 1, phone: 2, agent: 3 },
        // An earlier version's block: the current block takes its place (issue 13 point 2).
        ownColumns: {
          currentOwner: 5,
          currentStatus: 6,
          daysLeft: 7,
          owner: 8,
          status: 9,
          performance: 10,
          commission: 11,
          protectedThrough: 12,
          reason: 13,
        },
        lastManagerColumn: 4,
        dataRows: [3, 4],
      },
    ]);
    expect(input.events).toHaveLength(2);
  });

  it('counts title rows and data beyond the header in lastManagerColumn', () => {
    const { layout } = read([register([['2026-11-01', '甲', '13800000001', '张三', '', '', '', 'x']])]);
    expect(layout.sheets[0]?.lastManagerColumn).toBe(7);
  });

  it('applies the mapping override per sheet', () => {
    const { layout, input } = read(
      [
        grid('Sheet1', [
          ['到店日', '贵姓', '手机', '负责人'],
          ['2026-11-01', '甲', '13800000001', '张三'],
        ]),
      ],
      { mapping: { Sheet1: { date: '到店日', name: '贵姓', agent: '负责人' } } },
    );
    expect(layout.sheets[0]).toMatchObject({ role: 'register', columns: { date: 0, name: 1, phone: 2, agent: 3 } });
    expect(input.events[0]).toMatchObject({ name: '甲', agent: '张三', day: day('2026-11-01') });
  });

  it('refuses a register without a date column', () => {
    const { layout, input } = read([grid('来访登记', [['客户姓名', '联系电话', '置业顾问']])]);
    expect(layout.skipped).toEqual([expect.objectContaining({ name: '来访登记', code: 'missing-column' })]);
    expect(input.issues).toEqual([expect.objectContaining({ field: 'date', level: 'error', code: 'missing-column' })]);
  });
});

describe('staff and rulings', () => {
  it('a staff name with a note in brackets is the agent the register names (张三（组长） is 张三), on 问题', () => {
    const { input } = read([
      register([['2026-11-01', '陈先生', '13800000001', '张三', '来访']]),
      grid('人员', [
        ['姓名', '状态', '日期'],
        ['张三（组长）', '离职', '2026-11-15'],
        ['(实习)', '在职', ''],
      ]),
    ]);
    expect(input.staff.map((s) => [s.name, s.status])).toEqual([
      ['张三', 'departed'],
      ['(实习)', 'active'],
    ]);
    const noted = input.issues.filter((i) => i.code === 'agent-note');
    expect(noted.map((i) => [i.sheet, i.row, i.field])).toEqual([['人员', 2, 'staffName']]);
    expect(issueMessage(noted[0]!, 'zh')).toBe('姓名“张三(组长)”按 张三 计，括号内的说明未计入');
  });

  it('reads staff rows', () => {
    const { input } = read([
      grid('人员', [
        ['姓名', '状态', '日期', '结束日期', '经理', '邮箱', '团队', '接待顺序'],
        ['张三', '休息', '2026-11-10', '', '', '', '一组', 1],
        ['李四', '离职', '11月15日', '', '', '', '', ''],
        ['王经理', '在职', '', '', '是', 'wang@example.com', '', ''],
        ['赵六', '请假', '2026-11-20', '11月22日', '', '', '', ''],
        ['钱七', '调岗', '2026/11/1', '', '', '', '', ''],
        ['孙八', '公出', '下周', '', '', '', '', ''],
      ]),
    ]);
    expect(input.staff).toEqual([
      {
        ref: { sheet: '人员', row: 2 },
        name: '张三',
        status: 'rest',
        from: day('2026-11-10'),
        to: null,
        manager: false,
        email: null,
        team: '一组',
        order: 1,
      },
      {
        ref: { sheet: '人员', row: 3 },
        name: '李四',
        status: 'departed',
        from: day('2026-11-15'),
        to: null,
        manager: false,
        email: null,
        team: null,
        order: null,
      },
      {
        ref: { sheet: '人员', row: 4 },
        name: '王经理',
        status: 'active',
        from: null,
        to: null,
        manager: true,
        email: 'wang@example.com',
        team: null,
        order: null,
      },
      {
        ref: { sheet: '人员', row: 5 },
        name: '赵六',
        status: 'leave',
        from: day('2026-11-20'),
        to: day('2026-11-22'),
        manager: false,
        email: null,
        team: null,
        order: null,
      },
      {
        ref: { sheet: '人员', row: 6 },
        name: '钱七',
        status: 'active',
        from: day('2026-11-01'),
        to: null,
        manager: false,
        email: null,
        team: null,
        order: null,
      },
    ]);
    expect(input.issues.map((i) => [i.row, i.level, i.code])).toEqual([
      [3, 'note', 'year-inferred'],
      [6, 'note', 'status-unknown'],
      [7, 'error', 'date-unreadable'],
    ]);
  });

  it('reads rulings by phone or by name', () => {
    const { input } = read([
      grid('裁决', [
        ['日期', '客户', '新归属人', '原因', '裁决人'],
        ['2026-11-01', '138 0000 0001', '张三', '来电分配', '王经理'],
        ['2026-11-02', '王先生', '李四', '投诉更换', ''],
        ['2026-11-03', '陈先生', '', '', ''],
        ['2026-11-04', '', '张三', '', ''],
      ]),
    ]);
    expect(input.rulings).toEqual([
      {
        ref: { sheet: '裁决', row: 2 },
        day: day('2026-11-01'),
        customerPhone: '13800000001',
        customerName: null,
        newOwner: '张三',
        reason: '来电分配',
        decidedBy: '王经理',
      },
      {
        ref: { sheet: '裁决', row: 3 },
        day: day('2026-11-02'),
        customerPhone: null,
        customerName: '王先生',
        newOwner: '李四',
        reason: '投诉更换',
        decidedBy: null,
      },
    ]);
    expect(input.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [4, 'newOwner', 'ruling-no-owner'],
      [5, 'customer', 'ruling-no-customer'],
    ]);
  });
});

describe('more cells', () => {
  it('reads an error cell in the phone column as no phone: the row is weak', () => {
    const { input } = read([register([['2026-11-01', '王先生', '#N/A', '张三', '']])]);
    expect(input.events[0]?.phone).toBeNull();
    expect(input.issues.map((i) => [i.field, i.level, i.code])).toEqual([['phone', 'error', 'cell-error']]);
  });

  it('keeps a rulings sheet with name and phone in separate columns', () => {
    const { input } = read([
      grid('裁决', [
        ['裁决日期', '客户姓名', '联系电话', '分配给'],
        ['2026-11-01', '王先生', '13800000001', '张三'],
        ['2026-11-02', '陈先生 13800000002', '', '李四'],
        ['2026-11-03', '赵先生', '138****0003', '李四'],
      ]),
    ]);
    expect(input.rulings.map((r) => [r.customerName, r.customerPhone, r.newOwner])).toEqual([
      ['王先生', '13800000001', '张三'],
      ['陈先生', '13800000002', '李四'],
      ['赵先生', null, '李四'],
    ]);
    expect(input.issues.map((i) => [i.row, i.field, i.code])).toEqual([[4, 'phone', 'phone-masked']]);
  });

  it('keeps a Date that a sheet made of a text cell visible', () => {
    const head = [...HEAD, '房号'];
    const { input } = read([
      register([['2026-11-01', '甲', '13800000001', '张三', '', utc('2026-01-02')]], '来访登记', head),
    ]);
    expect(input.events[0]?.unit).toBe('2026-01-02');
  });
});

describe('messages', () => {
  it('carry zh text with an en twin', () => {
    const { input } = read([register([['2026-11-01', '', '', '张三', '']])]);
    const issue = input.issues[0] as InputIssue;
    expect(issue.message).toBe('既无电话也无客户姓名，不能作为归属依据（common/ID-VALID）');
    expect(issueMessage(issue, 'en')).toBe('Neither phone nor name: the row cannot carry a claim (common/ID-VALID)');
    expect(issueMessage(issue, 'zh')).toBe(issue.message);
  });
});

describe('passOver: what a reader may leave undecoded', () => {
  it("passes over Guishu's own sheets whole", () => {
    for (const name of ['客户归属总表', '冲突', '问题', '变更日志', '月结 2026-10'])
      expect(passOver(name, [])).toBe('sheet');
  });

  it("passes over the own columns below a register's header, found as readWorkbook finds them", () => {
    const head = [['来访登记'], ['日期', '客户姓名', '联系电话', '接待置业顾问', '归属人', '判定依据']];
    // 归属人 beside 判定依据 is an earlier version's block: the current one takes its place.
    expect(passOver('来访登记', head)).toEqual({ below: 1, columns: [4, 5, 6, 7, 8, 9, 10, 11, 12] });
    // Found by headers when the name says nothing; English headers of an earlier --lang en run.
    expect(passOver('Sheet1', [['Date', 'Name', 'Phone', 'Agent', 'Owner', 'Reason']])).toEqual({
      below: 0,
      columns: [4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
    expect(passOver('Sheet1', [['Date', 'Name', 'Phone', 'Agent', 'Owner at this row', 'Reason']])).toEqual({
      below: 0,
      columns: [4, 5],
    });
  });

  it('reads everything of a sheet with no own columns, or one that is not a register or filing', () => {
    expect(passOver('来访登记', [['日期', '客户姓名', '联系电话', '接待置业顾问']])).toBeNull();
    // A staff sheet's Status column is the manager's, whatever it is called.
    expect(
      passOver('人员', [
        ['姓名', '状态'],
        ['张三', '在职'],
      ]),
    ).toBeNull();
    expect(
      passOver('Staff', [
        ['Name', 'Status', 'Owner'],
        ['张三', 'active', 'x'],
      ]),
    ).toBeNull();
  });
});
