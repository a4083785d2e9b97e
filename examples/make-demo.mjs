#!/usr/bin/env node
// Writes examples/demo.xlsx: a sales office's visit register as front desks really keep it
// (a merged title, a 填表人 line, Chinese headers, the usual mistakes), plus 客户备案, 人员 and
// 裁决. Deterministic: a seeded PRNG and fixed dates, so `npm run make-demo` gives the same rows.
// Run: node examples/make-demo.mjs [out.xlsx]
import ExcelJS from 'exceljs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = process.argv[2] ?? path.join(here, 'demo.xlsx');

// mulberry32: small, seeded, good enough for demo data.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261130);
const pick = (list) => list[Math.floor(rand() * list.length)];
const chance = (p) => rand() < p;
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

// ---------- calendar: days as UTC dates, so exceljs writes the calendar day as the sheet shows it
const DAY = 86_400_000;
const day = (m, d) => Date.UTC(2026, m - 1, d) / DAY;
const FIRST = day(9, 1);
const LAST = day(11, 30);
const dateOf = (n) => new Date(n * DAY);
const iso = (n) => dateOf(n).toISOString().slice(0, 10);
const hhmm = (min) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

// ---------- people
const AGENTS = ['张伟', '李娜', '王磊', '刘洋', '陈静', '赵敏'];
const DEPARTED = { name: '刘洋', day: day(10, 31) };
const MANAGER = '周经理';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = [
  '建国',
  '丽华',
  '志强',
  '秀英',
  '海燕',
  '俊杰',
  '雪梅',
  '国庆',
  '晓东',
  '婷婷',
  '立新',
  '春梅',
  '子轩',
  '浩然',
  '欣怡',
  '文博',
];
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
const SOURCES_VISIT = ['自然来访', '自然来访', '网络', '户外广告', '路过', '朋友介绍', '外展'];
const SOURCES_CALL = ['网络', '户外广告', '网络'];

const usedPhones = new Set();
function newPhone() {
  for (;;) {
    const p = pick(PREFIXES) + String(int(0, 99_999_999)).padStart(8, '0');
    if (!usedPhones.has(p)) {
      usedPhones.add(p);
      return p;
    }
  }
}
function newName() {
  const s = pick(SURNAMES);
  return chance(0.6) ? s + (chance(0.5) ? '先生' : '女士') : s + pick(GIVEN);
}

const activeOn = (agent, n) => agent !== DEPARTED.name || n <= DEPARTED.day;
let turn = 0;
/** The reception rotation: the next agent in order who is still employed. */
function nextAgent(n) {
  for (;;) {
    const a = AGENTS[turn++ % AGENTS.length];
    if (activeOn(a, n)) return a;
  }
}
const otherAgent = (me, n) => {
  for (;;) {
    const a = pick(AGENTS);
    if (a !== me && activeOn(a, n)) return a;
  }
};

// ---------- register rows
const HEADERS = [
  '日期',
  '时间',
  '客户姓名',
  '联系电话',
  '接待置业顾问',
  '来访方式',
  '是否首次',
  '指定顾问',
  '介绍人',
  '关系',
  '关联电话',
  '案场',
  '成交金额',
  '来源',
  '录入时间',
  '备注',
];
const rows = [];
function row(n, fields) {
  const minute = fields.minute ?? int(9 * 60, 18 * 60);
  rows.push({
    n,
    minute,
    日期: dateOf(n),
    时间: hhmm(minute),
    客户姓名: '',
    联系电话: '',
    接待置业顾问: '',
    来访方式: '来访',
    是否首次: '否',
    指定顾问: '',
    介绍人: '',
    关系: '',
    关联电话: '',
    案场: chance(0.8) ? '售楼处' : '城市展厅',
    成交金额: '',
    来源: '',
    // entered the same day, a little after the contact (Date with UTC fields, as exceljs keeps them)
    录入时间: new Date(n * DAY + (minute + int(2, 40)) * 60_000),
    备注: '',
    ...fields,
  });
  return rows[rows.length - 1];
}

/** One customer's timeline: first contact, follow-ups, maybe a deposit and a deal. */
function customer(first, opts = {}) {
  const name = opts.name ?? newName();
  const phone = opts.phone ?? newPhone();
  const kind = opts.kind ?? (chance(0.25) ? '来电' : '来访');
  const agent = opts.agent ?? nextAgent(first);
  row(first, {
    客户姓名: name,
    联系电话: phone,
    接待置业顾问: agent,
    来访方式: kind,
    是否首次: '是',
    来源: kind === '来电' ? pick(SOURCES_CALL) : pick(SOURCES_VISIT),
    ...opts.firstFields,
  });
  let n = first;
  const steps = opts.steps ?? int(0, 4);
  for (let i = 0; i < steps; i++) {
    n += chance(0.8) ? int(1, 7) : int(8, 20); // now and then a gap long enough to lapse
    if (n > LAST) break;
    const by = !activeOn(agent, n) || chance(0.12) ? otherAgent(agent, n) : agent;
    const k = pick(['跟进', '回访', '跟进', '约访', '来访']);
    row(n, { 客户姓名: name, 联系电话: phone, 接待置业顾问: by, 来访方式: k });
  }
  if (opts.deal ?? chance(0.14)) {
    n += int(1, 6);
    if (n + 5 <= LAST) {
      // Named storylines (opts.agent) close with their own agent; the rest now and then with another.
      const closer = activeOn(agent, n) && (opts.agent || chance(0.8)) ? agent : otherAgent(agent, n);
      row(n, { 客户姓名: name, 联系电话: phone, 接待置业顾问: closer, 来访方式: '定金', 成交金额: 50000 });
      n += int(2, 5);
      const price = int(120, 380) * 10_000;
      row(n, {
        客户姓名: name,
        联系电话: phone,
        接待置业顾问: closer,
        来访方式: '成交',
        成交金额: price,
        备注: '签约',
      });
    }
  }
  return { name, phone, agent };
}

// The ordinary traffic: about 130 customers over three months.
for (let i = 0; i < 128; i++) {
  const first = FIRST + Math.floor(rand() ** 1.3 * (LAST - FIRST + 1));
  customer(Math.min(first, LAST));
}

// A family pair: 陈先生, then his wife received by another agent with 关系 配偶 and his phone.
const husband = customer(day(9, 12), { name: '陈建国', agent: '张伟', kind: '来访', steps: 3, deal: false });
row(day(9, 20), {
  客户姓名: '陈太太',
  联系电话: newPhone(),
  接待置业顾问: '李娜',
  是否首次: '是',
  关系: '配偶',
  关联电话: husband.phone,
  来源: '自然来访',
});

// A referral: 孙女士 bought from 王磊 and brings 周先生 along the same day.
const referrer = customer(day(9, 5), { name: '孙丽华', agent: '王磊', kind: '来访', steps: 2, deal: true });
row(day(10, 18), {
  minute: 14 * 60 + 5,
  客户姓名: '孙丽华',
  联系电话: referrer.phone,
  接待置业顾问: '王磊',
  来访方式: '回访',
  备注: '陪同朋友看房',
});
row(day(10, 18), {
  minute: 14 * 60 + 10,
  客户姓名: '周志强',
  联系电话: newPhone(),
  接待置业顾问: '王磊',
  是否首次: '是',
  介绍人: '孙丽华',
  来源: '老带新',
});

// A customer who asks for 陈静 by name while 赵敏 is at the desk.
row(day(10, 9), {
  客户姓名: '何先生',
  联系电话: newPhone(),
  接待置业顾问: '赵敏',
  是否首次: '是',
  指定顾问: '陈静',
  来源: '朋友介绍',
});

// 刘洋's customer handed to 陈静 by a ruling after he left.
const handover = customer(day(10, 20), { name: '郑女士', agent: '刘洋', kind: '来访', steps: 1, deal: false });

// The formula guard: a customer name that would be a formula if written carelessly.
row(day(11, 2), {
  客户姓名: '=HYPERLINK("http://x","y")',
  联系电话: newPhone(),
  接待置业顾问: '赵敏',
  是否首次: '是',
  来源: '网络',
});

// ---------- the usual mistakes
const mistakes = [];
const mistake = (r, note) => mistakes.push({ r, note });
mistake(
  row(day(10, 3), { 客户姓名: '吴先生', 联系电话: '', 接待置业顾问: '李娜', 是否首次: '是', 来源: '路过' }),
  'blank phone',
);
mistake(
  row(day(11, 3), {
    日期: '11月3日',
    客户姓名: '冯女士',
    联系电话: newPhone(),
    接待置业顾问: '陈静',
    是否首次: '是',
    来源: '自然来访',
  }),
  'text date 11月3日',
);
mistake(
  row(day(10, 8), {
    日期: '2026.10.08',
    客户姓名: '邓先生',
    联系电话: newPhone(),
    接待置业顾问: '王磊',
    是否首次: '是',
    来源: '网络',
  }),
  'text date 2026.10.08',
);
const wide = newPhone();
mistake(
  row(day(9, 26), {
    客户姓名: '曹女士',
    联系电话: wide.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    接待置业顾问: '张伟',
    是否首次: '是',
    来源: '自然来访',
  }),
  'full-width phone',
);
row(day(10, 2), { 客户姓名: '曹女士', 联系电话: wide, 接待置业顾问: '张伟', 来访方式: '回访' });
mistake(
  row(day(10, 15), {
    客户姓名: '陈建国',
    联系电话: `+86 ${husband.phone.slice(0, 3)}-${husband.phone.slice(3, 7)}-${husband.phone.slice(7)}`,
    接待置业顾问: '张伟',
    来访方式: '跟进',
  }),
  '+86 phone with dashes',
);
const spaced = newPhone();
mistake(
  row(day(11, 12), {
    客户姓名: '彭先生',
    联系电话: `${spaced.slice(0, 3)} ${spaced.slice(3, 7)} ${spaced.slice(7)}`,
    接待置业顾问: '李娜',
    是否首次: '是',
    来源: '户外广告',
  }),
  'phone with spaces',
);
mistake(
  row(day(11, 5), {
    客户姓名: '肖女士',
    联系电话: Number(newPhone()),
    接待置业顾问: '陈静',
    是否首次: '是',
    来源: '网络',
  }),
  'number-typed phone',
);
mistake(
  row(day(10, 27), {
    客户姓名: '蒋先生',
    联系电话: { error: '#N/A' },
    接待置业顾问: '赵敏',
    是否首次: '是',
    来源: '网络',
  }),
  '#N/A cell',
);
mistake(
  row(day(9, 17), {
    客户姓名: '  韩女士',
    联系电话: newPhone(),
    接待置业顾问: ' 王磊',
    是否首次: '是',
    来源: '自然来访',
  }),
  'leading spaces',
);
mistake(
  row(day(10, 11), {
    客户姓名: '',
    联系电话: '',
    接待置业顾问: '李娜',
    来访方式: '来电',
    是否首次: '是',
    备注: '客户未留姓名电话',
  }),
  'no name, no phone',
);
mistake(
  row(day(11, 8), { 客户姓名: '袁先生', 联系电话: newPhone(), 接待置业顾问: '自行来访', 是否首次: '是', 来源: '路过' }),
  'walk-in, no agent',
);
mistake(
  row(day(11, 20), {
    客户姓名: '许女士',
    联系电话: newPhone(),
    接待置业顾问: '陈静',
    是否首次: '是',
    来源: '网络',
    录入时间: new Date(day(11, 29) * DAY + 17 * 3_600_000),
  }),
  'entered nine days late',
);

// Contacts happen in order; the register lists them by date and time.
rows.sort((a, b) => a.n - b.n || a.minute - b.minute);

// A duplicate row (typed twice) and a blank row, where front desks leave them.
const dupAt = rows.findIndex((r) => r.n >= day(10, 22) && r.客户姓名 && typeof r.联系电话 === 'string' && r.联系电话);
rows.splice(dupAt + 1, 0, { ...rows[dupAt] });
const blankAt = rows.findIndex((r) => r.n >= day(10, 1));
rows.splice(blankAt, 0, null);

// ---------- workbook
const wb = new ExcelJS.Workbook();
wb.creator = 'guishu examples/make-demo.mjs';
wb.created = wb.modified = new Date(Date.UTC(2026, 10, 30, 18, 0, 0));

const reg = wb.addWorksheet('来访登记');
reg.mergeCells(1, 1, 1, HEADERS.length);
reg.getCell(1, 1).value = '云栖府项目来访客户登记表';
reg.getCell(1, 1).font = { bold: true, size: 14 };
reg.getCell(1, 1).alignment = { horizontal: 'center' };
reg.getCell(2, 1).value = '填表人：前台  日期：2026年9月1日—2026年11月30日';
reg.getRow(3).values = HEADERS;
reg.getRow(3).font = { bold: true };
const widths = { 日期: 12, 客户姓名: 12, 联系电话: 16, 接待置业顾问: 12, 录入时间: 18, 备注: 16 };
HEADERS.forEach((h, i) => {
  if (widths[h]) reg.getColumn(i + 1).width = widths[h];
});
const col = (h) => HEADERS.indexOf(h) + 1;
reg.getColumn(col('日期')).numFmt = 'yyyy-mm-dd';
reg.getColumn(col('录入时间')).numFmt = 'yyyy-mm-dd hh:mm';

let formulaPlaced = false;
rows.forEach((r, i) => {
  const excelRow = 4 + i;
  if (r === null) return;
  HEADERS.forEach((h) => {
    const v = r[h];
    if (v !== '' && v !== undefined) reg.getCell(excelRow, col(h)).value = v;
  });
  // The manager's own formula: 备注 of the first deal row marks it from the amount.
  if (!formulaPlaced && r.来访方式 === '成交') {
    const amount = reg.getCell(excelRow, col('成交金额')).address;
    reg.getCell(excelRow, col('备注')).value = { formula: `IF(${amount}>=1000000,"大单","")`, result: '大单' };
    formulaPlaced = true;
  }
});

// 客户备案: agents report customers before they come (报备) or file them (备案).
const filing = wb.addWorksheet('客户备案');
filing.getRow(1).values = ['备案日期', '客户姓名', '联系电话', '报备人', '备案类型'];
filing.getRow(1).font = { bold: true };
filing.getColumn(1).numFmt = 'yyyy-mm-dd';
filing.getColumn(1).width = 12;
filing.getColumn(3).width = 16;
const registered = rows.filter(
  (r) =>
    r && r.是否首次 === '是' && typeof r.联系电话 === 'string' && /^\d{11}$/.test(r.联系电话) && r.日期 instanceof Date,
);
const filings = [];
for (let i = 0; i < 10; i++) {
  const r = registered[Math.floor((i * registered.length) / 10)];
  const n = Math.max(FIRST, r.n - int(1, 3));
  filings.push([dateOf(n), r.客户姓名, r.联系电话, r.接待置业顾问.trim(), '报备']);
}
for (let i = 0; i < 3; i++) {
  const n = int(day(11, 1), day(11, 25));
  filings.push([dateOf(n), newName(), newPhone(), pick(AGENTS.filter((a) => a !== DEPARTED.name)), '报备']);
}
// A second filing of 陈建国 by another agent while 张伟 holds him.
filings.push([dateOf(day(9, 25)), '陈建国', husband.phone, '赵敏', '备案']);
filings.sort((a, b) => a[0] - b[0]);
filings.forEach((f, i) => (filing.getRow(2 + i).values = f));

// 人员: one departure, one day off, the manager.
const staff = wb.addWorksheet('人员');
staff.getRow(1).values = ['姓名', '状态', '日期', '结束日期', '经理', '邮箱', '接待顺序'];
staff.getRow(1).font = { bold: true };
staff.getColumn(3).numFmt = 'yyyy-mm-dd';
staff.getColumn(4).numFmt = 'yyyy-mm-dd';
const staffRows = [
  ['张伟', '在职', '', '', '否', 'zhangwei@example.com', 1],
  ['李娜', '在职', '', '', '否', 'lina@example.com', 2],
  ['王磊', '在职', '', '', '否', 'wanglei@example.com', 3],
  ['刘洋', '离职', dateOf(DEPARTED.day), '', '否', 'liuyang@example.com', 4],
  ['陈静', '在职', '', '', '否', 'chenjing@example.com', 5],
  ['赵敏', '在职', '', '', '否', 'zhaomin@example.com', 6],
  ['张伟', '休息', dateOf(day(11, 10)), dateOf(day(11, 10)), '否', 'zhangwei@example.com', ''],
  [MANAGER, '在职', '', '', '是', 'manager@example.com', ''],
];
staffRows.forEach((s, i) => (staff.getRow(2 + i).values = s));

// 裁决: 刘洋's customer handed over after he left.
const rulings = wb.addWorksheet('裁决');
rulings.getRow(1).values = ['裁决日期', '客户', '联系电话', '新归属人', '原因', '裁决人'];
rulings.getRow(1).font = { bold: true };
rulings.getColumn(1).numFmt = 'yyyy-mm-dd';
rulings.getRow(2).values = [dateOf(day(11, 3)), handover.name, handover.phone, '陈静', '离职移交', MANAGER];

await wb.xlsx.writeFile(outFile);
const count = rows.filter(Boolean).length;
console.log(
  `${path.relative(process.cwd(), outFile)}: 来访登记 ${count} rows (${iso(FIRST)}..${iso(LAST)}), 客户备案 ${filings.length}, 人员 ${staffRows.length}, 裁决 1; mistakes: ${mistakes.map((m) => m.note).join(', ')}, duplicate row, blank row, formula in 备注`,
);
