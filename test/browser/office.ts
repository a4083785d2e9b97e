// A small sales office for the page tests: a register with a customer whose history crosses
// agents, two customers called 王 (a name search lists both), a deal by another agent (a
// conflict to rule on), and two customers whose names are markup.
import { createFake, sheetFromRows, type Fake } from '../gas/fake';
import { cellDate, manifestScopes, MANAGER, REGISTER_HEADER, settings } from '../gas/fixtures';

export { MANAGER } from '../gas/fixtures';
export const AGENT = 'zhangsan@example.com';

export const IMG_NAME = '<img src=x onerror=alert(1)>';
export const SCRIPT_NAME = '</script><script>window.__pwned=1;alert(2)</script>';

const row = (
  date: string,
  time: string,
  name: string,
  phone: string,
  agent: string,
  kind: string,
  amount: number | '' = '',
) => [cellDate(date), time, name, phone, agent, kind, '', '', '', '', amount, ''];

export const REGISTER: unknown[][] = [
  ['XX项目来访客户登记表'],
  REGISTER_HEADER,
  row('2026-10-20', '10:05', '陈先生', '13900000001', '张三', '来电'),
  row('2026-11-05', '14:00', '王先生', '13900000003', '赵六', '来访'),
  row('2026-11-16', '10:30', '刘先生', '13900000004', '赵六', '来访'),
  row('2026-11-18', '09:40', '陈先生', '13900000001', '李四', '来访'),
  row('2026-11-19', '15:20', '王女士', '13900000002', '张三', '来访'),
  row('2026-11-20', '16:00', '刘先生', '13900000004', '张三', '成交', 1_200_000),
  row('2026-11-20', '11:00', '王先生', '13900000003', '赵六', '定金', 50_000),
  row('2026-11-20', '11:00', SCRIPT_NAME, '13900000077', '赵六', '来访'),
  row('2026-11-22', '16:45', '陈先生', '13900000001', '孙七', '来访'),
  row('2026-11-23', '10:10', '陈先生', '13900000001', '李四', '跟进'),
  row('2026-11-24', '10:00', SCRIPT_NAME, '13900000077', '孙七', '成交', 900_000),
  row('2026-11-26', '13:30', IMG_NAME, '13900000066', '李四', '来访'),
  row('2026-11-27', '10:10', '陈先生', '13900000001', '李四', '跟进'),
];

export const FILINGS: unknown[][] = [
  ['报备日期', '客户姓名', '联系电话', '报备人', '备案类型'],
  [cellDate('2026-11-18'), '陈先生', '13900000001', '李四', '备案'],
];

export const STAFF: unknown[][] = [
  ['姓名', '状态', '日期', '经理', '邮箱'],
  ['张三', '在职', '', '否', AGENT],
  ['李四', '在职', '', '否', 'lisi@example.com'],
  ['赵六', '在职', '', '否', 'zhaoliu@example.com'],
  ['孙七', '在职', '', '否', 'sunqi@example.com'],
];

/** The office as the given user sees it (default: the manager). Settings saved, managers: MANAGER. */
export function office(
  opts: { user?: string; hideEmail?: boolean; register?: unknown[][]; configured?: boolean } = {},
): Fake {
  const fake = createFake({
    user: opts.user ?? MANAGER,
    hideEmail: opts.hideEmail,
    scopes: manifestScopes(),
    firstSheetName: '来访登记',
  });
  sheetFromRows(fake.spreadsheet, '来访登记', opts.register ?? REGISTER);
  sheetFromRows(fake.spreadsheet, '客户备案', FILINGS);
  sheetFromRows(fake.spreadsheet, '人员', STAFF);
  if (opts.configured !== false) settings(fake, {});
  return fake;
}
