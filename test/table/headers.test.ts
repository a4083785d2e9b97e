import { findHeader, mapColumns } from '../../src/table/headers';
import type { FieldName, SheetRole } from '../../src/table';

/** The field one header names under a role (a row of that header plus a date column). */
function fieldOf(header: string, role: SheetRole): FieldName | undefined {
  const m = mapColumns('t', [header], 0, role);
  const hit = Object.entries(m.columns).find(([, c]) => c === 0);
  return hit?.[0] as FieldName | undefined;
}

describe('header synonyms (rulebook §2.1–2.4)', () => {
  const register: Record<string, string[]> = {
    date: ['日期', '来访日期', '来电日期', '登记日期', '接待日期', 'Date', '到访日期'],
    time: ['时间', '来访时间'],
    name: ['客户姓名', '姓名', '客户名称', '客户', 'Customer'],
    phone: ['联系电话', '电话', '手机', '手机号', '联系方式', 'Phone', '客户电话', '手机号码'],
    agent: [
      '接待人',
      '置业顾问',
      '接待置业顾问',
      '销售员',
      '业务员',
      '销售人员',
      'Agent',
      '接待顾问',
      '顾问',
      '经纪人',
      '带看人',
    ],
    kind: ['类型', '来访方式', '登记类型', 'Type'],
    first: ['是否首次', '首访', '首次来访'],
    designated: ['指定顾问', '指定接待', '点名顾问'],
    referrer: ['介绍人', '推荐人', '老客户介绍'],
    accompanied: ['陪同', '老客户陪同', '是否陪同', '带客人'],
    relation: ['关系', '家庭关系'],
    linkedPhone: ['关联电话', '家属电话'],
    brief: ['仅取资料'],
    site: ['案场', '销售现场', '地点'],
    amount: ['金额', '成交金额', '定金金额', '总价'],
    source: ['来源', '渠道'],
    entered: ['录入时间', '登记时间', 'Entered'],
    note: ['备注'],
    dealDate: ['成交日期', '签约日期'],
    depositDate: ['定金日期', '认购日期'],
    confirmed: ['带客确认单', '确认单', '确认'],
  };
  const filing: Record<string, string[]> = {
    date: ['备案日期', '报备日期', '登记日期'],
    time: ['报备时间'],
    name: ['客户名称', '公司名称', '客户姓名'],
    phone: ['联系电话', '电话'],
    agent: ['业务员', '销售人员', '报备人', '经纪人'],
    channel: ['渠道', '渠道公司'],
    broker: ['渠道经纪人'],
    kind: ['备案类型'],
    relation: ['关系', '家庭关系'],
    linkedPhone: ['关联电话', '家属电话'],
    judged: ['判定日期'],
    confirmed: ['带客确认单', '确认单', '确认'],
    unit: ['房号'],
    area: ['面积'],
    price: ['原单价', '单价'],
    discountPrice: ['优惠后单价'],
    totalPrice: ['总价'],
    signedByCustomer: ['客户签字'],
    approvedByDeveloper: ['甲方签字', '甲方审批'],
    approvedByAgency: ['乙方签字', '乙方审批'],
    entered: ['录入时间'],
    nature: ['客户性质'],
  };
  const staff: Record<string, string[]> = {
    staffName: ['姓名', '人员', '置业顾问', 'Name'],
    staffStatus: ['状态', '在职状态'],
    staffFrom: ['日期', '生效日期', '开始日期', '离职日期'],
    staffTo: ['结束日期', '至'],
    manager: ['经理', '是否经理', '管理员'],
    email: ['邮箱', 'Email'],
    team: ['团队', '组别', '小组'],
    order: ['顺序', '接待顺序', '轮序'],
  };
  const rulings: Record<string, string[]> = {
    rulingDate: ['日期', '裁决日期', '分配日期'],
    customer: ['客户', '客户姓名', '联系电话', '电话'],
    newOwner: ['新归属人', '归属人', '分配给'],
    reason: ['原因', '裁决原因'],
    decidedBy: ['裁决人', '经理'],
  };
  const cases: [SheetRole, string, string][] = [];
  for (const [role, table] of [
    ['register', register],
    ['filing', filing],
    ['staff', staff],
    ['rulings', rulings],
  ] as const) {
    for (const [field, words] of Object.entries(table)) for (const w of words) cases.push([role, w, field]);
  }
  it.each(cases)('%s: %p -> %s', (role, header, field) => {
    // A lone 时间 or 录入时间 column stands in for the date, and so does a lone 成交日期 / 认购日期
    // on a register (a deal sheet, decide/D22); test them beside a date column.
    if (
      field === 'time' ||
      field === 'entered' ||
      (role === 'register' && (field === 'dealDate' || field === 'depositDate'))
    ) {
      const m = mapColumns('t', ['日期', header], 0, role);
      expect(m.columns[field]).toBe(1);
      return;
    }
    expect(fieldOf(header, role)).toBe(field);
  });

  it('ignores case, whitespace (full-width too), trailing colons and asterisks', () => {
    const m = mapColumns(
      't',
      ['*来访 日期：', ' 客户\u3000姓名 ', 'PHONE*', '置业顾问:', '联系电话（必填）'],
      0,
      'register',
    );
    expect(m.columns).toMatchObject({ date: 0, name: 1, phone: 2, agent: 3 });
    expect(m.issues).toHaveLength(1); // 联系电话（必填） repeats phone
  });

  it('issue 12 (outside registers): a note in brackets inside a header is left out (客户（公司）名称)', () => {
    expect(fieldOf('客户（公司）名称', 'filing')).toBe('name');
    expect(fieldOf('联系(手机)电话', 'register')).toBe('phone');
    expect(fieldOf('（备注）', 'register')).toBeUndefined();
  });

  it('issue 12 (outside registers): a known header after the act the sheet records (报备业务员, 接待销售员)', () => {
    expect(fieldOf('报备业务员', 'filing')).toBe('agent');
    expect(fieldOf('接待销售员', 'register')).toBe('agent');
    expect(fieldOf('来访电话', 'register')).toBe('phone');
    // Nothing known after the prefix, or the prefix alone: no field.
    expect(fieldOf('来访人数', 'register')).toBeUndefined();
    expect(fieldOf('报备', 'filing')).toBeUndefined();
    // Only who and whose number: 来访备注 is no note column by the prefix, 成交方式 no kind column.
    expect(fieldOf('来访备注', 'register')).toBeUndefined();
    expect(fieldOf('成交方式', 'register')).toBe('source');
  });

  it('issue 12 (outside registers): alternatives in one header name their common field (手机/电话)', () => {
    expect(fieldOf('手机/电话', 'register')).toBe('phone');
    expect(fieldOf('电话、手机', 'filing')).toBe('phone');
    // Two fields in one header: neither is taken.
    expect(fieldOf('姓名/电话', 'register')).toBeUndefined();
    expect(fieldOf('电话/备用', 'register')).toBeUndefined();
  });

  it('reads a lone 来访时间 column as the date', () => {
    const m = mapColumns('t', ['来访时间', '姓名', '置业顾问'], 0, 'register');
    expect(m.columns.date).toBe(0);
    expect(m.columns.time).toBeUndefined();
  });

  it('takes 经纪人 on a filing as the broker when a channel column exists', () => {
    expect(mapColumns('t', ['报备日期', '渠道', '经纪人', '客户姓名'], 0, 'filing').columns).toMatchObject({
      channel: 1,
      broker: 2,
    });
    const plain = mapColumns('t', ['报备日期', '经纪人', '客户姓名'], 0, 'filing').columns;
    expect(plain.agent).toBe(1);
    expect(plain.broker).toBeUndefined();
  });

  it("keeps a rulings sheet's name and phone columns apart", () => {
    const m = mapColumns('t', ['日期', '客户姓名', '联系电话', '新归属人'], 0, 'rulings');
    expect(m.columns).toMatchObject({ rulingDate: 0, customer: 1, phone: 2, newOwner: 3 });
    expect(m.issues).toEqual([]);
  });
});

describe('own columns', () => {
  it('finds them by zh and en headers, and 归属人 on a register is never a manager field', () => {
    // An earlier version's whole block (issue 13 point 2): the current block takes its place,
    // today's standing first, so the next write rewrites it where it was.
    const upgraded = {
      currentOwner: 2,
      currentStatus: 3,
      daysLeft: 4,
      owner: 5,
      status: 6,
      performance: 7,
      commission: 8,
      protectedThrough: 9,
      reason: 10,
    };
    const zh = mapColumns(
      't',
      ['日期', '姓名', '归属人', '归属状态', '业绩分成', '佣金分成', '保护到期', '判定依据'],
      0,
      'register',
    );
    expect(zh.ownColumns).toEqual(upgraded);
    expect(Object.values(zh.columns)).toEqual([0, 1]);
    const en = mapColumns(
      't',
      ['Date', 'Name', 'Owner', 'Status', 'Performance split', 'Commission split', 'Protected through', 'Reason'],
      0,
      'register',
    );
    expect(en.ownColumns).toEqual(upgraded);
    // With a header after the old block, it is not moved: the old columns are found where they are.
    const kept = mapColumns(
      't',
      ['日期', '姓名', '归属人', '归属状态', '业绩分成', '佣金分成', '保护到期', '判定依据', '区域'],
      0,
      'register',
    );
    expect(kept.ownColumns).toEqual({
      owner: 2,
      status: 3,
      performance: 4,
      commission: 5,
      protectedThrough: 6,
      reason: 7,
    });
  });

  it('uses 备案状态 / Filing status on filings', () => {
    const m = mapColumns('t', ['报备日期', '客户姓名', '备案状态', '保护到期', 'Reason'], 0, 'filing');
    expect(m.ownColumns).toEqual({
      currentOwner: 2,
      currentStatus: 3,
      daysLeft: 4,
      status: 5,
      protectedThrough: 6,
      reason: 7,
    });
    // An old header alone is not ours: only beside a column that certainly is (issue 13 point 2).
    expect(mapColumns('t', ['Filing status'], 0, 'filing').ownColumns).toEqual({});
    expect(mapColumns('t', ['当时备案状态'], 0, 'filing').ownColumns).toEqual({ status: 0 });
  });

  it("issue 13 point 2: finds the current headers, today's standing first", () => {
    const zh = mapColumns(
      't',
      [
        '日期',
        '姓名',
        '当前归属',
        '当前状态',
        '剩余天数',
        '当时归属',
        '当时状态',
        '业绩分成',
        '佣金分成',
        '当时保护到期',
        '判定依据',
      ],
      0,
      'register',
    );
    expect(zh.ownColumns).toEqual({
      currentOwner: 2,
      currentStatus: 3,
      daysLeft: 4,
      owner: 5,
      status: 6,
      performance: 7,
      commission: 8,
      protectedThrough: 9,
      reason: 10,
    });
    const en = mapColumns(
      't',
      [
        'Date',
        'Name',
        'Current owner',
        'Current status',
        'Days left',
        'Owner at this row',
        'Status at this row',
        'Reason',
      ],
      0,
      'register',
    );
    expect(en.ownColumns).toEqual({ currentOwner: 2, currentStatus: 3, daysLeft: 4, owner: 5, status: 6, reason: 7 });
  });

  it("issue 13 point 2: a manager's own 归属人 column stays the manager's; the old block beside it is ours", () => {
    // The manager keeps an 归属人 column; an earlier version appended its block right after it.
    const row = ['日期', '姓名', '归属人', '归属人', '归属状态', '业绩分成', '佣金分成', '保护到期', '判定依据'];
    const m = mapColumns('t', row, 0, 'register');
    expect(m.ownColumns).toEqual({
      currentOwner: 3,
      currentStatus: 4,
      daysLeft: 5,
      owner: 6,
      status: 7,
      performance: 8,
      commission: 9,
      protectedThrough: 10,
      reason: 11,
    });
    // Without any column of ours beside it, an old header is the manager's column.
    expect(mapColumns('t', ['日期', '姓名', '归属人', '备注'], 0, 'register').ownColumns).toEqual({});
    expect(mapColumns('t', ['日期', '姓名', '保护到期', '备注', '判定依据'], 0, 'register').ownColumns).toEqual({
      reason: 4,
    });
  });
});

describe('duplicates and blanks', () => {
  it('lets the first column win and notes the second; blank headers are ignored', () => {
    const m = mapColumns('登记', ['日期', '', '电话', '手机', null, 5, '姓名'], 2, 'register');
    expect(m.columns).toEqual({ date: 0, phone: 2, name: 6 });
    expect(m.issues).toEqual([
      expect.objectContaining({ sheet: '登记', row: 3, field: 'phone', level: 'note', code: 'duplicate-header' }),
    ]);
    expect(m.issues[0]?.message).toContain('手机');
  });
});

describe('findHeader', () => {
  it('finds the header row below a banner and a 填表人 line', () => {
    const values = [
      ['XX项目来访客户登记表', '', '', '', ''],
      ['填表人：王经理      日期：2026年11月', '', '', '', ''],
      ['序号', '来访日期', '客户姓名', '联系电话', '置业顾问'],
      [1, '2026-11-01', '陈先生', '13800000001', '张三'],
    ];
    const h = findHeader('来访登记', values, 'register');
    expect(h?.index).toBe(2);
    expect(h?.columns).toEqual({ date: 1, name: 2, phone: 3, agent: 4 });
  });

  it('skips title cells split over columns that name one field only', () => {
    const values = [
      ['填表人：', '王经理', '日期：', '2026-11-01'],
      ['日期', '姓名', '电话', '接待人'],
    ];
    expect(findHeader('x', values, 'register')?.index).toBe(1);
  });

  it('needs two known headers, one of them required', () => {
    expect(findHeader('x', [['备注', '来源']], 'register')).toBeNull();
    expect(findHeader('x', [['日期']], 'register')).toBeNull();
    expect(findHeader('x', [['日期', '电话']], 'register')?.index).toBe(0);
  });

  it('does not look past the first ten rows', () => {
    const values: unknown[][] = Array.from({ length: 10 }, () => ['']);
    values.push(['日期', '姓名', '电话']);
    expect(findHeader('x', values, 'register')).toBeNull();
  });

  it('lets the manager mapping win over detection', () => {
    const values = [['到店日', '客户姓名', '手机', '电话', '置业顾问']];
    const h = findHeader('s', values, 'register', { date: '到店日', phone: '电话', agent: '客户姓名' });
    expect(h?.columns).toEqual({ date: 0, phone: 3, agent: 1 });
    const missing = findHeader('s', values, 'register', { site: '案场名称' });
    expect(missing?.issues).toEqual([
      expect.objectContaining({ field: 'site', code: 'mapping-not-found' }),
      expect.objectContaining({ field: 'phone', code: 'duplicate-header' }),
    ]);
  });
});
