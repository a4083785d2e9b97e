// A hand-made EngineResult for render and report tests: independent of the engine's fold.
import { dayFromYmd } from '../../src/engine/calendar';
import type { EngineResult, Reason } from '../../src/engine/types';

const d = (m: number, day: number) => dayFromYmd(2026, m, day);
const reason = (rules: string[], zh: string, en: string): Reason => ({ rules, zh, en });

export const layout = {
  sheets: [
    {
      name: '来访登记',
      role: 'register' as const,
      headerRow: 3,
      columns: {},
      ownColumns: {},
      lastManagerColumn: 15,
      dataRows: [4, 5, 6, 8, 9],
    },
    {
      name: '客户备案',
      role: 'filing' as const,
      headerRow: 1,
      columns: {},
      ownColumns: { status: 6, protectedThrough: 7, reason: 8 },
      lastManagerColumn: 4,
      dataRows: [2],
    },
    {
      name: '人员',
      role: 'staff' as const,
      headerRow: 1,
      columns: {},
      ownColumns: {},
      lastManagerColumn: 3,
      dataRows: [2],
    },
  ],
};

export const result: EngineResult = {
  asOf: d(11, 30),
  preset: 'cross-customer',
  customers: [
    {
      id: 'c-13800138000',
      name: '陈先生',
      phones: ['13800138000', '13900139000'],
      owner: { kind: 'agent', name: '张三' },
      coOwners: [],
      status: 'closed',
      statusLabel: { zh: '已成交', en: 'Closed' },
      protectedThrough: null,
      category: null,
      reason: reason(['cross-customer/R3'], '张三 首次接待 2026-11-01', 'Zhang San first received on 2026-11-01'),
      refs: [
        { sheet: '来访登记', row: 4 },
        { sheet: '来访登记', row: 6 },
      ],
    },
    {
      id: 'c-13700137000',
      name: '=HYPERLINK("http://x","y")',
      phones: ['13700137000'],
      owner: { kind: 'pool', name: null },
      coOwners: [],
      status: 'released',
      statusLabel: { zh: '②已登记未合作无客户保护', en: '② Filed, no protection' },
      protectedThrough: null,
      category: 'direct',
      reason: reason(['cross-customer/R4.1'], '七天未跟进', 'No follow-up for seven days'),
      refs: [{ sheet: '来访登记', row: 5 }],
    },
  ],
  rows: [
    {
      ref: { sheet: '来访登记', row: 4 },
      customerId: 'c-13800138000',
      owner: { kind: 'agent', name: '张三' },
      status: 'protected',
      protectedThrough: d(11, 8),
      reason: reason(['cross-customer/R1'], '首次接待', 'First reception'),
      deal: null,
    },
    {
      ref: { sheet: '来访登记', row: 5 },
      customerId: 'c-13700137000',
      owner: { kind: 'pool', name: null },
      status: 'released',
      protectedThrough: null,
      reason: reason(['cross-customer/R4.1'], '已释放', 'Released'),
      deal: null,
    },
    // Row 6 holds a visit and a deal (成交日期 column): the deal's judgment shows.
    {
      ref: { sheet: '来访登记', row: 6 },
      customerId: 'c-13800138000',
      owner: { kind: 'agent', name: '张三' },
      status: 'protected',
      protectedThrough: d(11, 17),
      reason: reason(['cross-customer/R3'], '李四 代接待', 'Li Si stood in'),
      deal: null,
    },
    {
      ref: { sheet: '来访登记', row: 6 },
      customerId: 'c-13800138000',
      owner: { kind: 'agent', name: '张三' },
      status: 'closed',
      protectedThrough: null,
      reason: reason(['cross-customer/R4.3'], '五五分成', 'Split equally'),
      deal: 0,
    },
    {
      ref: { sheet: '客户备案', row: 2 },
      customerId: 'c-13800138000',
      owner: { kind: 'agent', name: '张三' },
      status: 'pending-visit',
      protectedThrough: d(11, 6),
      reason: reason(['park-report/R2'], '报备 5 天内到访', 'Visit within 5 days'),
      deal: null,
    },
  ],
  deals: [
    {
      ref: { sheet: '来访登记', row: 6 },
      day: d(11, 10),
      customerId: 'c-13800138000',
      closer: '李四',
      performance: { 李四: 0.3, 张三: 0.7 },
      commission: { 张三: 0.5, 李四: 0.5 },
      category: null,
      owed: null,
      purchaseOf: null,
      unverified: false,
      reason: reason(['cross-customer/R4.3'], '五五分成', 'Split equally'),
    },
  ],
  conflicts: [
    {
      customerId: 'c-13800138000',
      ref: { sheet: '来访登记', row: 6 },
      day: d(11, 10),
      kind: 'deal-by-other',
      parties: ['张三', '李四'],
      reason: reason(['common/CONFLICT'], '李四 成交张三的客户', "Li Si closed Zhang San's customer"),
      deadline: d(11, 13),
    },
  ],
  changes: [
    {
      day: d(11, 9),
      customerId: 'c-13700137000',
      from: { kind: 'agent', name: '王五' },
      fromStatus: 'protected',
      to: { kind: 'pool', name: null },
      toStatus: 'released',
      rules: ['cross-customer/R4.1'],
      ref: null,
    },
  ],
  issues: [
    { sheet: '来访登记', row: 8, field: 'date', message: '日期无法识别：11月31日', level: 'error' },
    { sheet: '来访登记', row: null, field: 'sheet', message: '未找到指定顾问列', level: 'note' },
  ],
  duplicates: [],
};
