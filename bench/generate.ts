// Synthetic registers for the benchmark: seeded and repeatable, shaped like a group's sales
// offices keep them. Customers with 1 to 20 rows (calls, visits, follow-ups, deposits, deals),
// family links, referral chains, channel reports on 客户备案, several sites with eight agents each
// and one departure per site, and about 5% of rows with the usual mistakes.
//
// The result is a list of grids, the shape Range.getValues and the command line's reader give
// the table layer: Date objects for date cells (UTC midnight = the calendar day, as exceljs reads
// them), strings, numbers, '' for blanks. `writeXlsx` writes the same grids as an .xlsx with the
// exceljs streaming writer, so a million rows never sit in exceljs's object model.
import ExcelJS from 'exceljs';
import { prng } from './prng';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Bumped whenever the shape changes: cached .xlsx files carry it in their name. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20261130;
/** The as-of day the benchmark judges on: the last day of the generated period. */
export const AS_OF = '2026-11-30';

export interface Grid {
  readonly name: string;
  readonly values: unknown[][];
}

export interface Generated {
  readonly sheets: Grid[];
  /** Data rows on the register and filing sheets together: the size asked for. */
  readonly rows: number;
  readonly stats: GenStats;
}

export interface GenStats {
  customers: number;
  registerRows: number;
  filingRows: number;
  sites: number;
  agents: number;
  departed: number;
  deals: number;
  familyLinks: number;
  referrals: number;
  channelReports: number;
  agentReports: number;
  designated: number;
  lateEntries: number;
  malformed: number;
  /** Malformed rows by defect. */
  defects: Record<string, number>;
}

// ---------- randomness ----------

// ---------- calendar ----------

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const FIRST = dayOf(2025, 1, 1);
const LAST = dayOf(2026, 11, 30);
const pad2 = (n: number): string => String(n).padStart(2, '0');
const hhmm = (minute: number): string => `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`;

// ---------- people and places ----------

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [...'伟娜磊洋静敏军杰强艳勇涛明超秀霞平刚桂英华丽玲芳燕红梅鹏飞宇浩然欣怡子轩文博晓东海春雪立新国庆'];
const PREFIXES = [
  '138',
  '139',
  '136',
  '137',
  '135',
  '150',
  '151',
  '152',
  '158',
  '159',
  '186',
  '187',
  '188',
  '189',
  '177',
  '180',
  '199',
];
const PLACES = [
  '云栖府',
  '滨江壹号',
  '万象城',
  '翡翠湾',
  '锦绣里',
  '御景园',
  '金茂府',
  '天悦湾',
  '星河湾',
  '远洋山水',
  '保利天汇',
  '华润悦府',
];
const CHANNELS = ['链家', '贝壳', '我爱我家', '中原地产', '房天下', '21世纪不动产'];
const SOURCES = ['自然来访', '自然来访', '网络', '户外广告', '路过', '朋友介绍', '外展', '抖音'];
const RELATIONS = ['配偶', '夫妻', '子女', '父母', '妻子', '丈夫', '女儿'];
const FOLLOWUPS = ['跟进', '回访', '跟进', '约访', '来访', '来访', '来电', '电话回访', '微信跟进', '复访'];

/** Customers per 50k rows share one site; a group of a million rows has twenty. */
const ROWS_PER_SITE = 50_000;
const AGENTS_PER_SITE = 8;
const MALFORMED_SHARE = 0.05;

export const REGISTER_HEADERS = [
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
  '案场',
  '成交金额',
  '来源',
  '录入时间',
] as const;
export const FILING_HEADERS = ['备案日期', '客户姓名', '联系电话', '报备人', '渠道', '经纪人', '备案类型'] as const;
export const STAFF_HEADERS = ['姓名', '状态', '日期', '团队', '经理', '邮箱', '接待顺序'] as const;
export const REGISTER_SHEET = '来访登记';
export const FILING_SHEET = '客户备案';
export const STAFF_SHEET = '人员';
const TITLE = '集团各案场来访客户登记表';

const R = Object.fromEntries(REGISTER_HEADERS.map((h, i) => [h, i])) as Record<
  (typeof REGISTER_HEADERS)[number],
  number
>;

interface Site {
  readonly name: string;
  readonly agents: string[];
  /** The agent who leaves, and the day (the last working day is the day before). */
  readonly departed: string;
  readonly departureDay: number;
}

interface Row {
  readonly day: number;
  readonly minute: number;
  readonly cells: unknown[];
}

/** A register of `rows` data rows (register and filing rows together), the same for the same seed. */
export function generate(rows: number, seed: number = DEFAULT_SEED): Generated {
  const rand = prng(seed ^ Math.imul(rows, 0x9e3779b1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chance = (p: number): boolean => rand() < p;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

  const stats: GenStats = {
    customers: 0,
    registerRows: 0,
    filingRows: 0,
    sites: 0,
    agents: 0,
    departed: 0,
    deals: 0,
    familyLinks: 0,
    referrals: 0,
    channelReports: 0,
    agentReports: 0,
    designated: 0,
    lateEntries: 0,
    malformed: 0,
    defects: {},
  };

  // Sites and their agents; names are unique across the group.
  const siteCount = Math.max(1, Math.round(rows / ROWS_PER_SITE));
  const usedAgents = new Set<string>();
  const agentName = (): string => {
    for (;;) {
      const n = pick(SURNAMES) + pick(GIVEN) + (chance(0.5) ? pick(GIVEN) : '');
      if (!usedAgents.has(n)) {
        usedAgents.add(n);
        return n;
      }
    }
  };
  const sites: Site[] = [];
  for (let s = 0; s < siteCount; s++) {
    const base = PLACES[s % PLACES.length] as string;
    const name = s < PLACES.length ? `${base}售楼处` : `${base}${Math.floor(s / PLACES.length) + 1}期售楼处`;
    const agents = Array.from({ length: AGENTS_PER_SITE }, agentName);
    sites.push({ name, agents, departed: agents[3] as string, departureDay: int(FIRST + 200, LAST - 120) });
  }
  stats.sites = sites.length;
  stats.agents = sites.length * AGENTS_PER_SITE;
  stats.departed = sites.length;
  const working = (site: Site, agent: string, day: number): boolean =>
    agent !== site.departed || day < site.departureDay;
  const agentAt = (site: Site, day: number, not?: string): string => {
    for (;;) {
      const a = pick(site.agents);
      if (a !== not && working(site, a, day)) return a;
    }
  };

  const usedPhones = new Set<string>();
  const newPhone = (): string => {
    for (;;) {
      const p = pick(PREFIXES) + String(int(0, 99_999_999)).padStart(8, '0');
      if (!usedPhones.has(p)) {
        usedPhones.add(p);
        return p;
      }
    }
  };
  const newName = (): string => {
    const s = pick(SURNAMES);
    return chance(0.55) ? s + (chance(0.5) ? '先生' : '女士') : s + pick(GIVEN) + (chance(0.6) ? pick(GIVEN) : '');
  };

  const register: Row[] = [];
  const filings: Row[] = [];
  // Earlier customers, for family links and referrals: the last few hundred per site.
  const recent: { phone: string; referred: boolean }[][] = sites.map(() => []);
  const remember = (s: number, c: { phone: string; referred: boolean }): void => {
    const list = recent[s] as { phone: string; referred: boolean }[];
    if (list.length < 400) list.push(c);
    else list[int(0, 399)] = c;
  };

  const emptyRow = (): unknown[] => new Array<unknown>(REGISTER_HEADERS.length).fill('');
  const dateCell = (day: number): Date => new Date(day * DAY_MS);
  const enteredCell = (day: number, minute: number): Date => {
    let d = day;
    if (chance(0.01)) {
      d += int(5, 15); // typed in late, after the fact
      stats.lateEntries++;
    }
    return new Date(d * DAY_MS + (minute + int(2, 90)) * 60_000);
  };

  let total = 0;
  while (total < rows) {
    const siteIndex = int(0, sites.length - 1);
    const site = sites[siteIndex] as Site;
    // 1 to 20 rows, most customers few: geometric with mean about 4.
    let want = 1;
    while (want < 20 && chance(0.76)) want++;
    want = Math.min(want, rows - total);
    // First contact: later in the period a little more often, as offices grow.
    const first = FIRST + Math.floor(rand() ** 0.85 * (LAST - FIRST + 1));
    const name = newName();
    const phone = newPhone();
    const owner = agentAt(site, first);
    stats.customers++;
    let made = 0;

    // A channel's report (or the agent's own) on 客户备案, a few days before the first visit.
    if (want >= 2 && chance(0.12)) {
      const day = Math.max(FIRST, first - int(0, 3));
      const byChannel = chance(0.65);
      const cells = byChannel
        ? [dateCell(day), name, phone, '', pick(CHANNELS), newName(), '报备']
        : [dateCell(day), name, phone, owner, '', '', chance(0.7) ? '报备' : '备案'];
      filings.push({ day, minute: 0, cells });
      if (byChannel) stats.channelReports++;
      else stats.agentReports++;
      made++;
    }

    // The first contact: a visit or a call, maybe a family member of an earlier customer,
    // maybe brought by one (a referral chain when that one was referred too).
    const firstCells = emptyRow();
    const isCall = chance(0.25);
    firstCells[R.来访方式] = isCall ? '来电' : chance(0.8) ? '来访' : '首访';
    firstCells[R.来源] = pick(SOURCES);
    const pool = recent[siteIndex] as { phone: string; referred: boolean }[];
    let referred = false;
    if (pool.length > 0 && chance(0.03)) {
      const other = pick(pool);
      firstCells[R.关系] = pick(RELATIONS);
      firstCells[R.关联电话] = other.phone;
      stats.familyLinks++;
    } else if (pool.length > 0 && chance(0.06)) {
      // Prefer a customer who was referred in turn: chains of several links.
      const referredOnes = pool.filter((c) => c.referred);
      const other = referredOnes.length > 0 && chance(0.5) ? pick(referredOnes) : pick(pool);
      firstCells[R.介绍人] = other.phone;
      firstCells[R.来源] = '老带新';
      referred = true;
      stats.referrals++;
    }
    if (!isCall && chance(0.02)) {
      firstCells[R.指定顾问] = agentAt(site, first, owner);
      stats.designated++;
    }
    remember(siteIndex, { phone, referred });

    const contact = (day: number, agent: string, cells: unknown[]): void => {
      const minute = int(9 * 60, 20 * 60);
      cells[R.日期] = dateCell(day);
      cells[R.时间] = chance(0.8) ? hhmm(minute) : '';
      cells[R.客户姓名] = name;
      cells[R.联系电话] = phone;
      cells[R.接待置业顾问] = agent;
      cells[R.案场] = chance(0.97) ? site.name : (sites[int(0, sites.length - 1)] as Site).name;
      cells[R.录入时间] = enteredCell(day, minute);
      register.push({ day, minute, cells });
      made++;
    };
    contact(first, owner, firstCells);

    // Follow-ups, and now and then a deposit and a deal at the end.
    const deal = want - made >= 3 && chance(0.3);
    let day = first;
    while (made < want - (deal ? 2 : 0)) {
      day += chance(0.8) ? int(1, 10) : int(11, 45); // now and then a gap long enough to lapse
      if (day > LAST) break;
      const by = !working(site, owner, day) || chance(0.12) ? agentAt(site, day, owner) : owner;
      const cells = emptyRow();
      cells[R.来访方式] = pick(FOLLOWUPS);
      contact(day, by, cells);
    }
    if (deal && day + 8 <= LAST) {
      const closer = working(site, owner, day + 1) && chance(0.85) ? owner : agentAt(site, day + 1, owner);
      day += int(1, 4);
      const deposit = emptyRow();
      deposit[R.来访方式] = chance(0.8) ? '定金' : '认购';
      deposit[R.成交金额] = pick([20_000, 50_000, 100_000]);
      contact(day, closer, deposit);
      day += int(2, 4);
      const contract = emptyRow();
      contract[R.来访方式] = '成交';
      contract[R.成交金额] = int(80, 600) * 10_000;
      contact(day, closer, contract);
      stats.deals++;
    }
    total += made;
  }

  // The register lists contacts by day and time, as front desks write them.
  register.sort((a, b) => a.day - b.day || a.minute - b.minute);
  filings.sort((a, b) => a.day - b.day);

  // The usual mistakes, on about 5% of the register's rows.
  const defects = DEFECTS;
  for (let i = 0; i < register.length; i++) {
    if (!chance(MALFORMED_SHARE)) continue;
    const row = register[i] as Row;
    const defect = pick(defects);
    if (defect.id === 'duplicate' && i > 0) {
      register[i] = { ...row, cells: [...(register[i - 1] as Row).cells] };
    } else defect.apply(row.cells, row.day, rand);
    stats.malformed++;
    stats.defects[defect.id] = (stats.defects[defect.id] ?? 0) + 1;
  }

  stats.registerRows = register.length;
  stats.filingRows = filings.length;

  const registerValues: unknown[][] = [[TITLE], [...REGISTER_HEADERS], ...register.map((r) => r.cells)];
  const filingValues: unknown[][] = [[...FILING_HEADERS], ...filings.map((r) => r.cells)];
  const staffValues: unknown[][] = [[...STAFF_HEADERS]];
  let order = 1;
  for (const site of sites) {
    for (const agent of site.agents) {
      const left = agent === site.departed;
      staffValues.push([
        agent,
        left ? '离职' : '在职',
        left ? dateCell(site.departureDay) : '',
        site.name,
        '否',
        `agent${order}@example.com`,
        order++,
      ]);
    }
  }
  staffValues.push(['周经理', '在职', '', '', '是', 'manager@example.com', '']);
  // The title row is one cell wide; pad every row to the sheet's width, as getValues does.
  const square = (values: unknown[][]): unknown[][] => {
    let width = 0;
    for (const v of values) width = Math.max(width, v.length);
    for (const v of values) while (v.length < width) v.push('');
    return values;
  };
  return {
    sheets: [
      { name: REGISTER_SHEET, values: square(registerValues) },
      { name: FILING_SHEET, values: square(filingValues) },
      { name: STAFF_SHEET, values: square(staffValues) },
    ],
    rows: register.length + filings.length,
    stats,
  };
}

interface Defect {
  readonly id: string;
  apply(cells: unknown[], day: number, rand: () => number): void;
}

const toWide = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** What front desks get wrong: some rows stay readable (a warning), some cannot be used. */
const DEFECTS: readonly Defect[] = [
  { id: 'blank-phone', apply: (c) => void (c[R.联系电话] = '') },
  { id: 'unreadable-date', apply: (c, _d, rand) => void (c[R.日期] = rand() < 0.5 ? '下周二' : '2026-13-45') },
  { id: 'full-width-phone', apply: (c) => void (c[R.联系电话] = toWide(String(c[R.联系电话]))) },
  { id: 'na-phone', apply: (c) => void (c[R.联系电话] = '#N/A') },
  {
    id: 'dashed-phone',
    apply: (c) => {
      const p = String(c[R.联系电话]);
      c[R.联系电话] = `+86 ${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`;
    },
  },
  { id: 'text-date', apply: (c, day) => void (c[R.日期] = isoOf(day).replace(/-/g, '.')) },
  { id: 'no-customer', apply: (c) => void ((c[R.客户姓名] = ''), (c[R.联系电话] = '')) },
  { id: 'walk-in', apply: (c, _d, rand) => void (c[R.接待置业顾问] = rand() < 0.5 ? '自行来访' : '') },
  { id: 'number-phone', apply: (c) => void (c[R.联系电话] = Number(c[R.联系电话]) || c[R.联系电话]) },
  { id: 'duplicate', apply: () => undefined },
];

// ---------- .xlsx ----------

/** Writes the grids as an .xlsx with exceljs's streaming writer (atomically: temp, then rename). */
export async function writeXlsx(gen: Generated, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: true });
    wb.creator = 'guishu bench/generate.ts';
    wb.created = wb.modified = new Date(Date.UTC(2026, 10, 30, 18, 0, 0));
    for (const grid of gen.sheets) {
      const ws = wb.addWorksheet(grid.name);
      const dateCols = new Set<number>();
      const headerRow = grid.name === REGISTER_SHEET ? 1 : 0;
      (grid.values[headerRow] ?? []).forEach((h, c) => {
        if (typeof h === 'string' && /日期/.test(h)) dateCols.add(c);
      });
      ws.columns = (grid.values[headerRow] ?? []).map((h, c) => ({
        width: h === '录入时间' ? 18 : h === '联系电话' ? 16 : 12,
        style: dateCols.has(c) ? { numFmt: 'yyyy-mm-dd' } : h === '录入时间' ? { numFmt: 'yyyy-mm-dd hh:mm' } : {},
      }));
      if (headerRow === 1) ws.mergeCells(1, 1, 1, REGISTER_HEADERS.length);
      grid.values.forEach((values, r) => {
        const row = ws.addRow(values.map(xlsxValue));
        if (r === headerRow) row.font = { bold: true };
        row.commit();
      });
      ws.commit();
    }
    await wb.commit();
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A grid value as exceljs writes it: '' is an empty cell, '#N/A' an error cell (as exported). */
function xlsxValue(v: unknown): ExcelJS.CellValue {
  if (v === '') return null;
  if (v === '#N/A') return { error: '#N/A' } as ExcelJS.CellErrorValue;
  return v as ExcelJS.CellValue;
}

/** Where the cached .xlsx of a size lives (regenerated when the generator or seed changes). */
export function xlsxPath(dir: string, rows: number, seed: number): string {
  return path.join(dir, `register-${rows}-s${seed}-v${GENERATOR_VERSION}.xlsx`);
}
