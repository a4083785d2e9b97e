// Registers as they sit in Google Sheets (Date cells at midnight in the sheet's zone, numbers for
// phones typed as numbers), for the add-on tests. Deterministic.
import vm from 'node:vm';
import { createFake, sheetFromRows, type Fake } from './fake';
import { loadBundle, type GasContext } from './loadBundle';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from '../../bench/prng';

export const MANAGER = 'boss@example.com';
export const AGENT_USER = 'desk@example.com';
const AGENTS = ['张三', '李四', '王五', '赵六', '孙七', '周八'];
const KINDS = ['来访', '来访', '来电', '跟进', '回访', '约访', '定金', '成交'];

/** A Date cell for a wall-clock day (and time) in Asia/Shanghai (UTC+8, no DST). */
export function cellDate(iso: string, hhmm = '00:00'): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, h - 8, mi));
}

export const REGISTER_HEADER = [
  '日期',
  '时间',
  '客户姓名',
  '联系电话',
  '接待置业顾问',
  '来访方式',
  '指定顾问',
  '介绍人',
  '关系',
  '关联电话',
  '成交金额',
  '备注',
];

/** A title row, a 填表人 line, the header, then `n` rows over Sep–Nov 2026. */
export function registerRows(n: number, seed = 7): unknown[][] {
  const r = prng(seed);
  const rows: unknown[][] = [['XX项目来访客户登记表'], ['填表人：前台'], REGISTER_HEADER];
  const start = Date.UTC(2026, 8, 1);
  for (let i = 0; i < n; i++) {
    const day = new Date(start + Math.floor((i / n) * 90) * 86_400_000).toISOString().slice(0, 10);
    const customer = Math.floor(r() * (n / 3));
    const phone = 13_000_000_000 + customer * 7919;
    const kind = KINDS[Math.floor(r() * KINDS.length)];
    rows.push([
      cellDate(day),
      `${String(9 + Math.floor(r() * 9)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`,
      `客户${customer}`,
      i % 3 === 0 ? phone : String(phone),
      AGENTS[Math.floor(r() * AGENTS.length)],
      kind,
      '',
      '',
      '',
      '',
      kind === '成交' || kind === '定金' ? 1_000_000 : '',
      '',
    ]);
  }
  return rows;
}

export const FILING_ROWS: unknown[][] = [
  ['报备日期', '客户姓名', '联系电话', '报备人', '备案类型'],
  [cellDate('2026-09-02'), '客户1', '13000007919', '张三', '备案'],
];

export const STAFF_ROWS: unknown[][] = [
  ['姓名', '状态', '日期', '经理', '邮箱'],
  ['张三', '在职', '', '否', 'zhangsan@example.com'],
  ['王五', '离职', cellDate('2026-11-20'), '否', ''],
];

export const RULING_ROWS: unknown[][] = [
  ['裁决日期', '客户', '联系电话', '新归属人', '原因', '裁决人'],
  [cellDate('2026-10-03'), '客户2', '13000015838', '李四', '经理分配', '周经理'],
];

/** Scopes exactly as the manifest declares them, so a call needing another scope throws. */
export function manifestScopes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as {
    oauthScopes: string[];
  };
  return manifest.oauthScopes;
}

export function setupDocument(rows: number, opts: { user?: string } = {}): Fake {
  const fake = createFake({ user: opts.user ?? MANAGER, scopes: manifestScopes(), firstSheetName: '来访登记' });
  const ss = fake.spreadsheet;
  sheetFromRows(ss, '来访登记', registerRows(rows));
  sheetFromRows(ss, '客户备案', FILING_ROWS);
  sheetFromRows(ss, '人员', STAFF_ROWS);
  sheetFromRows(ss, '裁决', RULING_ROWS);
  return fake;
}

/** Loads dist/Code.js with "now" fixed, as if the run happened at that moment. */
export function loadAt(fake: Fake, isoDateTime: string): GasContext {
  const ctx = loadBundle('dist/Code.js', fake);
  const now = new Date(`${isoDateTime}+08:00`).getTime();
  vm.runInContext(
    `(function (NOW) { const D = Date; class Fixed extends D { constructor(...a) { if (a.length === 0) super(NOW); else super(...a); } static now() { return NOW; } static [Symbol.hasInstance](x) { return x instanceof D; } } Date = Fixed; })(${now})`,
    ctx,
  );
  return ctx;
}

export function settings(fake: Fake, value: Record<string, unknown>): void {
  fake.properties.document.map.set(
    'guishu.settings',
    JSON.stringify({ v: 1, preset: 'cross-customer', lang: 'zh', managers: [MANAGER], ...value }),
  );
}

/** Loads dist/Code.js with a clock the test moves: `advance(ms)` lets time pass inside a run
 *  (issue 14 point 7: a run that is near its six minutes). */
export function loadWithClock(fake: Fake, isoDateTime: string): { ctx: GasContext; advance(ms: number): void } {
  const ctx = loadBundle('dist/Code.js', fake);
  const clock = vm.runInContext(
    `(function (START) { const D = Date; const clock = { now: START }; class Moving extends D { constructor(...a) { if (a.length === 0) super(clock.now); else super(...a); } static now() { return clock.now; } static [Symbol.hasInstance](x) { return x instanceof D; } } Date = Moving; return clock; })(${new Date(`${isoDateTime}+08:00`).getTime()})`,
    ctx,
  ) as { now: number };
  return { ctx, advance: (ms) => void (clock.now += ms) };
}
