// Issue 12, one messy workbook per point, written as an outside office writes its registers:
// merged title rows, their own headers, +86 phones, year-less dates, 老带新 in 来访方式, a separate
// 成交登记 sheet, 录入时间, a 甲方确认 corrected later, weak and copied deal rows, departed staff.
// Each test builds the .xlsx with exceljs, runs the built command line and reads the annotated
// copy: the own columns of the manager's rows, 问题 and 冲突.
import type ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonReport } from '../../src/table/report';
import { ensureBuilt, guishu, readXlsx, type SheetSpec, tempDir, writeXlsx } from './helpers';

const tmp = tempDir();
beforeAll(ensureBuilt);
afterAll(tmp.cleanup);

const d = (m: number, day: number) => new Date(Date.UTC(2026, m - 1, day));

interface Judged {
  wb: ExcelJS.Workbook;
  /** The summary the command prints. */
  summary: string;
  /** The own columns of one of the manager's rows, by header (row numbers as the sheet shows them). */
  own: (sheet: string, row: number) => Record<string, string>;
  /** Rows of an own sheet (冲突, 问题, 客户归属总表) as header → text, the header row left out. */
  list: (sheet: string) => Record<string, string>[];
}

const text = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined
    ? ''
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : typeof v === 'object' && 'richText' in v
        ? v.richText.map((r) => r.text).join('')
        : String(v);

const OWN = ['当前归属', '当前状态', '剩余天数', '业绩分成', '佣金分成', '判定依据'];

async function judge(name: string, sheets: SheetSpec[], args: string[]): Promise<Judged> {
  const book = path.join(tmp.dir, `${name}.xlsx`);
  const out = path.join(tmp.dir, `${name}.guishu.xlsx`);
  await writeXlsx(book, sheets);
  const run = guishu(['annotate', book, '--out', out, ...args]);
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
  const wb = await readXlsx(out);
  const sheet = (n: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(n);
    if (!ws) throw new Error(`no sheet ${n}`);
    return ws;
  };
  const own = (n: string, row: number): Record<string, string> => {
    const ws = sheet(n);
    // The header row is the one carrying Guishu's own headers (a title row may stand above it).
    let header = 0;
    for (let r = 1; r <= 6 && !header; r++)
      for (let c = 1; c <= ws.columnCount; c++) if (text(ws.getCell(r, c).value) === '判定依据') header = r;
    expect({ sheet: n, header: header > 0 }).toEqual({ sheet: n, header: true });
    const out: Record<string, string> = {};
    for (let c = 1; c <= ws.columnCount; c++) {
      const h = text(ws.getCell(header, c).value);
      if (OWN.includes(h) || h.startsWith('当时')) out[h] = text(ws.getCell(row, c).value);
    }
    return out;
  };
  const list = (n: string): Record<string, string>[] => {
    const ws = sheet(n);
    const heads = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
    const rows: Record<string, string>[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
      if (values.every((v) => text(v) === '')) continue;
      rows.push(Object.fromEntries(heads.map((h, i) => [h, text(values[i] ?? null)])));
    }
    return rows;
  };
  return { wb, summary: run.stdout + run.stderr, own, list };
}

const policyFile = (name: string, json: unknown): string => {
  const p = path.join(tmp.dir, `${name}.policy.json`);
  writeFileSync(p, JSON.stringify(json));
  return p;
};

describe('issue 12 on registers an outside office wrote (command line)', () => {
  test('point 1: a filing sheet alone is a register (an industrial park’s 报备 book, title row, year-less dates)', async () => {
    const j = await judge(
      'p1',
      [
        {
          name: '客户报备',
          rows: [
            ['星河产业园 客户报备登记表 2026年11月'],
            ['报备日期', '客户（公司）名称', '联系方式', '报备业务员', '备注'],
            ['11月1日', '深圳市恒达电子有限公司', '+86 139 2222 0013', '张三', '老板姓陈'],
            ['11月5日', '宏远物流', '(0755)2888-0016', '李四', null],
          ],
          merges: [[1, 1, 1, 5]],
        },
      ],
      ['--preset', 'park-report', '--as-of', '2026-11-08'],
    );
    // R2: the 11-01 report was not visited within 5 days; the 11-05 one still waits.
    expect(j.own('客户报备', 3)).toMatchObject({ 当前归属: '公海', 当前状态: '已释放' });
    expect(j.own('客户报备', 3).判定依据).toContain('park-report/R2');
    expect(j.own('客户报备', 4)).toMatchObject({ 当前归属: '李四', 当前状态: '报备待到访' });
    expect(j.own('客户报备', 4).判定依据).toContain('park-report/R2');
    // decide/D13: the year came from the title, and 问题 says so for each year-less date.
    const d13 = j.list('问题').filter((i) => i.说明.includes('decide/D13'));
    expect(d13.map((i) => i.行)).toEqual(['3', '4']);
    expect(j.list('冲突')).toEqual([]);
  });

  test('point 2: every way a mainland phone is written is the same number (+86, 0086, full-width, 转 and -extension)', async () => {
    const j = await judge(
      'p2',
      [
        {
          name: '来访登记表',
          rows: [
            ['序号', '来访日期', '客户姓名', '手机/电话', '接待顾问', '来访方式'],
            [1, d(11, 1), '陈先生', '(+86)139 2222 0013', '张三', '首访'],
            [2, d(11, 3), '陈先生', '＋８６－１３９－２２２２－００１３', '李四', '复访'],
            [3, d(11, 4), '陈生', '0086 139 2222 0013', '王五', '复访'],
            [4, d(11, 5), '陈先生', 13922220013, '李四', '来电'],
            [5, d(11, 2), '宏远物流 刘总', '(0755)2888-0016', '王五', '首访'],
            [6, d(11, 4), '刘总', '0755-28880016转8001', '张三', '来电'],
            [7, d(11, 6), '刘总', '0755-28880016-8001', '李四', '复访'],
          ],
        },
      ],
      ['--preset', 'first-contact', '--as-of', '2026-11-10'],
    );
    // common/ID-PHONE: two customers, each with one number, whoever received them later.
    const customers = j.list('客户归属总表');
    expect(customers.map((c) => [c.电话, c.归属人])).toEqual([
      ['075528880016', '王五'],
      ['13922220013', '张三'],
    ]);
    for (const row of [2, 3, 4, 5]) expect(j.own('来访登记表', row).当前归属).toBe('张三');
    for (const row of [6, 7, 8]) expect(j.own('来访登记表', row).当前归属).toBe('王五');
    // No phone on 问题: every form was read.
    expect(j.list('问题').filter((i) => i.字段.includes('电话'))).toEqual([]);
  });

  test('point 3: "the latest record" means anyone’s (channel-confirm R2 on a 21-day-old claim, decide/D2)', async () => {
    const j = await judge(
      'p3',
      [
        {
          name: '来访登记',
          rows: [
            ['领秀慧谷 来访登记'],
            ['日期', '客户', '电话', '置业顾问', '来访方式'],
            ['2026/11/01', '周女士', '13922220031', '张三', '首访'],
            ['2026/11/20', '周女士', '13922220031', '李四', '复访'],
            ['2026/11/01', '吴先生', '13922220032', '张三', '首访'],
          ],
          merges: [[1, 1, 1, 5]],
        },
        {
          name: '渠道报备',
          rows: [
            ['报备时间', '客户姓名', '联系电话', '渠道公司', '渠道经纪人'],
            ['2026-12-05 10:00', '周女士', '139 2222 0031', '链家', '小王'],
            ['2026-12-05 10:00', '吴先生', '139 2222 0032', '链家', '小王'],
          ],
        },
      ],
      ['--preset', 'channel-confirm', '--as-of', '2026-12-05'],
    );
    // 张三's claim lapsed after 21 days, yet 李四's visit on 11-20 is within 21 days of the report.
    expect(j.own('渠道报备', 2).判定依据).toContain('decide/D2');
    expect(j.own('渠道报备', 2).当前状态).toBe('已释放');
    // The other customer was last seen 34 days before: the channel's report waits for its visit.
    expect(j.own('渠道报备', 3)).toMatchObject({ 当前归属: '链家/小王', 当前状态: '报备待到访' });
    const rejected = j.list('冲突').filter((c) => c.类型 === '报备驳回');
    expect(rejected.map((c) => [c.表, c.行])).toEqual([['渠道报备', '2']]);
    expect(rejected[0].规则).toContain('channel-confirm/R2');
    expect(rejected[0].说明).toContain('来访登记 第4行');
  });

  test('point 4: entry time decides who was first (录入时间; a back-dated filing never beats an honest one)', async () => {
    const j = await judge(
      'p4',
      [
        {
          name: '客户备案表',
          rows: [
            ['日化事业部 客户备案'],
            ['备案日期', '客户名称', '联系电话', '业务员', '客户性质', '录入时间'],
            ['8月1日', '佳美超市', '020-8888 1234', '李四', '商超', '2026-08-20 18:30'],
            ['8月5日', '佳美超市', '(020)88881234', '张三', '商超', '2026-08-05 09:10'],
          ],
          merges: [[1, 1, 1, 6]],
        },
      ],
      ['--preset', 'daily-chem-filing', '--as-of', '2026-08-21'],
    );
    expect(j.own('客户备案表', 4).当前归属).toBe('张三');
    expect(j.own('客户备案表', 3).判定依据).toContain('录入于 2026-08-20');
    const second = j.list('冲突').filter((c) => c.类型 === '重复备案');
    expect(second).toHaveLength(1);
    expect(second[0].规则).toEqual(expect.stringContaining('daily-chem-filing/R1'));
    expect(second[0].规则).toEqual(expect.stringContaining('decide/D12'));
    expect(second[0].当事人).toBe('张三 / 李四');
  });

  test('point 5: a family tie counts from either side (written on the existing customer’s row)', async () => {
    const j = await judge(
      'p5',
      [
        {
          name: '来客登记本',
          rows: [
            ['日期', '客户姓名', '电话', '接待人', '家庭关系', '家属电话'],
            [d(11, 1), '孙先生', '13922220051', '张三', '配偶', '139-2222-0052'],
            [d(11, 4), '孙太太', '13922220052', '李四', null, null],
            [d(11, 4), '孙二', '13922220053', '李四', null, null],
            [d(11, 1), '郑先生', '13922220054', '张三', '兄弟', '13922220053'],
          ],
        },
      ],
      ['--preset', 'cross-customer', '--as-of', '2026-11-04'],
    );
    // common/ID-FAMILY, cross-customer R4.5: the spouse is the same customer, held by 张三.
    expect(j.own('来客登记本', 3).当前归属).toBe('张三');
    expect(j.own('来客登记本', 3).判定依据).toContain('common/INTERVENE');
    // A brother is his own customer.
    expect(j.own('来客登记本', 4).当前归属).toBe('李四');
    const sun = j.list('客户归属总表').find((c) => c.电话.includes('13922220051'));
    expect(sun?.电话).toContain('13922220052');
  });

  test('point 6: a correction replaces what it corrects (甲方确认 completed before the deal day)', async () => {
    const confirmHeader = [
      '备案日期',
      '客户姓名',
      '联系电话',
      '备案类型',
      '房号',
      '面积',
      '原单价',
      '优惠后单价',
      '客户签字',
      '甲方审批',
      '乙方审批',
    ];
    const j = await judge(
      'p6',
      [
        {
          name: '甲方客户确认',
          rows: [
            confirmHeader,
            ['2026-11-01', '魏女士', '13922220061', '甲方确认', null, 89.5, 21000, 20500, '是', '已审批', '已审批'],
            ['2026-11-08', '魏丽', '13922220061', '甲方确认', '3-1201', 89.5, 21000, 20500, '√', '同意', '同意'],
            ['2026-11-01', '冯先生', '13922220062', '甲方确认', null, 95, 21000, 20500, '是', '是', '是'],
          ],
        },
        {
          name: '来访登记',
          rows: [
            ['日期', '客户姓名', '联系电话', '置业顾问', '来访方式'],
            ['2026-11-02', '魏女士', '13922220061', '张三', '首访'],
            ['2026-11-02', '冯先生', '13922220062', '李四', '首访'],
          ],
        },
        {
          name: '成交登记',
          rows: [
            ['认购日期', '客户姓名', '联系电话', '置业顾问', '房号', '成交金额'],
            ['2026-11-10', '魏丽', '13922220061', '张三', '3-1201', 1_834_750],
            ['2026-11-10', '冯先生', '13922220062', '李四', '5-0601', 1_947_500],
          ],
        },
      ],
      ['--preset', 'developer-direct', '--as-of', '2026-11-12'],
    );
    const category = Object.fromEntries(j.list('客户归属总表').map((c) => [c.电话, c.类别]));
    expect(category).toEqual({ '13922220061': '甲方直接客户', '13922220062': '乙方客户' });
    // The incomplete confirmation that was never corrected is on 问题 (developer-direct R2).
    expect(j.list('问题').some((i) => i.表 === '甲方客户确认' && i.行 === '4')).toBe(true);
  });

  test('point 7: yes means yes (带客确认单: 已签, 待任总签字, a name)', async () => {
    const j = await judge(
      'p7',
      [
        {
          name: '渠道报备',
          rows: [
            ['报备日期', '客户姓名', '联系电话', '渠道公司', '渠道经纪人', '带客确认单'],
            ['2026-11-10', '钱先生', '13922220071', '我爱我家', '小刘', '已签'],
            ['2026-11-10', '孔女士', '13922220072', '我爱我家', '小刘', '待任总签字'],
            ['2026-11-10', '曹先生', '13922220073', '我爱我家', '小刘', '任总'],
          ],
        },
        {
          name: '来访登记',
          rows: [
            ['日期', '客户姓名', '联系电话', '置业顾问'],
            ['2026-11-11', '钱先生', '13922220071', '张三'],
            ['2026-11-11', '孔女士', '13922220072', '张三'],
            ['2026-11-11', '曹先生', '13922220073', '张三'],
          ],
        },
      ],
      ['--preset', 'channel-confirm', '--as-of', '2026-11-11'],
    );
    expect(j.own('渠道报备', 2).当前归属).toBe('我爱我家/小刘');
    expect(j.own('渠道报备', 2).当前状态).toBe('保护中');
    for (const row of [3, 4]) expect(j.own('渠道报备', row).当前状态).toBe('报备待到访');
    // 待任总签字 is a plain no; 任总 is neither yes nor no: no, and a line on 问题.
    const issues = j.list('问题').filter((i) => i.表 === '渠道报备');
    expect(issues.map((i) => i.行)).toEqual(['4']);
    expect(issues[0].字段).toContain('确认');
  });

  test('point 8: a call-back follows the reception (cross-customer R3 with times, decide/D4)', async () => {
    const j = await judge(
      'p8',
      [
        {
          name: '来访登记',
          rows: [
            ['日期', '时间', '客户姓名', '联系电话', '接待置业顾问', '类型'],
            ['2026-11-01', '10:00', '何先生', '13922220081', '张三', '来访'],
            ['2026-11-05', '09:00', '何先生', '13922220081', '张三', '回访'],
            ['2026-11-05', '14:00', '何先生', '13922220081', '李四', '来访'],
            ['2026-11-01', '10:00', '吕女士', '13922220082', '张三', '来访'],
            ['2026-11-05', '14:00', '吕女士', '13922220082', '李四', '来访'],
            ['2026-11-05', '17:30', '吕女士', '13922220082', '张三', '回访'],
          ],
        },
      ],
      ['--preset', 'cross-customer', '--as-of', '2026-11-07'],
    );
    // 何先生: 张三's 09:00 回访 came before 李四's 14:00 reception: no call-back, to the manager.
    expect(j.own('来访登记', 4)).toMatchObject({ 当前归属: '销售经理', 当前状态: '转公司' });
    // 吕女士: the 17:30 回访 follows the reception: still 张三's.
    expect(j.own('来访登记', 7)).toMatchObject({ 当前归属: '张三', 当前状态: '保护中' });
    const missed = j.list('冲突').filter((c) => c.类型 === '未按时回电');
    expect(missed.map((c) => c.行)).toEqual(['4']);
    expect(missed[0].规则).toContain('cross-customer/R3');
  });

  test('point 9: no deal is ever dropped or paid twice (a separate 成交登记 sheet, a weak row, a copied row)', async () => {
    const j = await judge(
      'p9',
      [
        {
          name: '来访登记 11月',
          rows: [
            ['日期', '客户姓名', '联系电话', '置业顾问'],
            ['11月1日', '陈先生', '13922220091', '张三'],
            ['11月2日', '林女士', '13922220092', '李四'],
          ],
        },
        {
          name: '成交登记',
          rows: [
            ['成交日期', '客户', '电话', '销售', '房号', '金额'],
            ['2026-11-08', '陈先生', '139 2222 0091', '张三', '2-801', 1_600_000],
            ['2026-11-08', '陈先生', '139 2222 0091', '张三', '2-801', 1_600_000],
            ['2026-11-09', '黄先生', null, '李四', '6-302', 980_000],
          ],
        },
      ],
      ['--preset', 'first-contact', '--as-of', '2026-11-10'],
    );
    expect(j.summary).toContain('成交 2 笔，其中 1 笔待核实');
    expect(j.own('成交登记', 2)).toMatchObject({ 当时归属: '张三', 业绩分成: '张三 100%' });
    // decide/D23: the copy repeats row 2; it is listed, not counted.
    expect(j.own('成交登记', 3).判定依据).toContain('decide/D23');
    // decide/D22: the row without a phone counts for 李四, and waits on 问题 and 冲突.
    expect(j.own('成交登记', 4).业绩分成).toBe('李四 100%');
    expect(
      j
        .list('冲突')
        .filter((c) => c.类型 === '成交待核实')
        .map((c) => c.行),
    ).toEqual(['4']);
    const issues = j.list('问题').filter((i) => i.表 === '成交登记');
    // One line per row: the copy (decide/D23, naming the row it repeats) and the weak deal.
    expect(issues.map((i) => i.行).sort()).toEqual(['3', '4']);
    expect(issues.find((i) => i.行 === '3' && i.说明.includes('decide/D23'))?.说明).toContain('成交登记 第2行');
    expect(issues.find((i) => i.行 === '4')?.级别).toBe('弱记录');
  });

  test('point 10: a customer nobody owned is not "released" (decide/D24: 无归属 beside 已释放)', async () => {
    const j = await judge(
      'p10',
      [
        {
          name: '来访登记',
          rows: [
            ['日期', '客户姓名', '联系电话', '接待置业顾问', '来访方式'],
            ['2026-11-01', '许先生', '13922220101', '自行来访', '自然来访'],
            ['2026-11-01', '施女士', '13922220102', '张三', '首访'],
            ['2026-11-05 下午', '韩先生', '13922220103', '李四', '首访'],
          ],
        },
      ],
      ['--preset', 'cross-customer', '--as-of', '2026-11-10'],
    );
    expect(j.own('来访登记', 2)).toMatchObject({ 当前归属: '公海', 当前状态: '无归属' });
    expect(j.own('来访登记', 2).判定依据).toContain('decide/D24');
    // 张三's claim lapsed after seven days without a follow-up: released (R4.1).
    expect(j.own('来访登记', 3)).toMatchObject({ 当前状态: '已释放' });
    // A date written with 下午 and no hour is that day: 李四 holds the customer.
    expect(j.own('来访登记', 4)).toMatchObject({ 当前归属: '李四', 当前状态: '保护中' });
    expect(j.list('问题')).toEqual([]);
    expect(j.summary).toContain('无归属');
  });

  test('point 11: reasons say the policy’s real numbers (a 24-hour lead, not 半天)', async () => {
    const policy = policyFile('p11', {
      preset: 'channel-confirm',
      filing: { leadMinutes: { minutes: 1440, rule: 'channel-confirm/R1' } },
    });
    const j = await judge(
      'p11',
      [
        {
          name: '报备',
          rows: [
            ['报备时间', '客户姓名', '联系电话', '渠道公司'],
            ['2026-11-10 12:00', '严先生', '13922220111', '中原地产'],
          ],
        },
        {
          name: '来访登记',
          rows: [
            ['来访时间', '客户姓名', '联系电话', '置业顾问'],
            ['2026-11-11 08:00', '严先生', '13922220111', '张三'],
          ],
        },
      ],
      ['--policy', policy, '--as-of', '2026-11-12'],
    );
    const rejected = j.list('冲突').filter((c) => c.类型 === '报备驳回');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].说明).toContain('24 小时');
    expect(rejected[0].说明).not.toContain('半天');
    expect(j.own('来访登记', 2).当前归属).toBe('张三');
  });

  test('point 12: the words offices write (首访, 复访, 网络, 认筹, 老带新 with a referrer: case-field R9; 王五（代张三）)', async () => {
    const j = await judge(
      'p12',
      [
        {
          name: '案场来访登记',
          rows: [
            ['日期', '客户姓名', '联系电话', '置业顾问', '来访方式', '推荐人'],
            ['2026-11-01', '谢先生', '13922220121', '张三', '首访', null],
            ['2026-11-12', '谢先生', '13922220121', '王五', '复访', null],
            ['2026-11-12', '谢先生的同事 邹先生', '13922220122', '王五', '老带新', '139 2222 0121'],
            ['2026-11-13', '喻女士', '13922220123', '李四', '网络', null],
            ['2026-11-14', '喻女士', '13922220123', '李四', '认筹', null],
            ['2026-11-14', '柏先生', '13922220124', '王五', '老带新', null],
            ['2026-11-14', '韦先生', '13922220125', '王五（代张三）', '首访', null],
          ],
        },
      ],
      ['--preset', 'case-field', '--as-of', '2026-11-15'],
    );
    // 老带新 with the old customer there that day: the new customer is the old customer's agent's.
    expect(j.own('案场来访登记', 4).当前归属).toBe('张三');
    expect(j.own('案场来访登记', 4).判定依据).toContain('case-field/R9');
    // 网络 is a call: a call gives no claim (case-field R7); 认筹 is a visit: 李四 receives.
    expect(j.own('案场来访登记', 6).当前归属).toBe('李四');
    // 老带新 with nobody named: a plain visit, and 问题 asks for the old customer.
    expect(j.own('案场来访登记', 7).当前归属).toBe('王五');
    // An agent cell with a note is that agent, and 问题 says what was left out.
    expect(j.own('案场来访登记', 8).当前归属).toBe('王五');
    const issues = j.list('问题').filter((i) => i.表 === '案场来访登记');
    expect(issues.map((i) => i.行)).toEqual(['7', '8']);
    expect(issues[1].说明).toContain('按 王五 计');
  });

  test('point 13: the decisions of §10 and the widened common/DEPARTED (a departed agent’s customers, deals kept)', async () => {
    const j = await judge(
      'p13',
      [
        {
          name: '来访登记',
          rows: [
            ['日期', '客户姓名', '联系电话', '置业顾问', '类型'],
            ['2026-10-02', '蒋先生', '13922220131', '张三', '来访'],
            ['2026-10-10', '蒋先生', '13922220131', '张三', '认购'],
            ['2026-10-05', '沈女士', '13922220132', '张三', '来访'],
            ['2026-11-03', '沈女士', '13922220132', '李四', '来访'],
          ],
        },
        {
          name: '人员',
          rows: [
            ['姓名', '状态', '生效日期'],
            ['张三', '离职', '2026-10-20'],
            ['李四', '在职', null],
          ],
        },
      ],
      ['--preset', 'first-receptionist', '--as-of', '2026-11-05'],
    );
    // common/DEPARTED: all of 张三's customers go to the manager, with or without a deal ...
    expect(j.own('来访登记', 3)).toMatchObject({ 当前状态: '转公司' });
    const jiang = j.list('客户归属总表').find((c) => c.电话 === '13922220131');
    expect(jiang).toMatchObject({ 归属人: '销售经理', 状态: '转公司' });
    // first-receptionist R8 is this preset's own wording of common/DEPARTED.
    expect(jiang?.规则).toContain('first-receptionist/R8');
    // ... the past deal stays his ...
    expect(j.own('来访登记', 3)).toMatchObject({ 当时归属: '张三', 业绩分成: '张三 100%' });
    // ... and a later first contact by another agent gives the customer a new owner.
    expect(j.own('来访登记', 5)).toMatchObject({ 当前归属: '李四', 当前状态: '保护中' });
  });

  test('point 14: rules one by one: the boundary day, the day after, and an override (park-report R2)', async () => {
    const sheets: SheetSpec[] = [
      {
        name: '客户报备',
        rows: [
          ['报备日期', '客户名称', '联系电话', '报备人'],
          ['2026-11-01', '华星科技', '13922220141', '张三'],
          ['2026-11-01', '启明贸易', '13922220142', '张三'],
        ],
      },
      {
        name: '来访登记',
        rows: [
          ['日期', '客户名称', '联系电话', '接待人'],
          ['2026-11-06', '华星科技', '13922220141', '李四'],
          ['2026-11-07', '启明贸易', '13922220142', '李四'],
        ],
      },
    ];
    const j = await judge('p14', sheets, ['--preset', 'park-report', '--as-of', '2026-11-10']);
    // Day 5 after the report: still the reporter's (decide/D16); day 6: the report lapsed.
    expect(j.own('来访登记', 2).当前归属).toBe('张三');
    expect(j.own('来访登记', 3).当前归属).toBe('李四');
    const policy = policyFile('p14', { preset: 'park-report', filing: { visitWithin: { days: 6 } } });
    const k = await judge('p14b', sheets, ['--policy', policy, '--as-of', '2026-11-10']);
    expect(k.own('来访登记', 3).当前归属).toBe('张三');
  });
});

describe('the seeds’ own documents (command line)', () => {
  test('tools-filing R1/R2 on 飞达’s 《客户档案表》, 《客户拜访记录》 and a 回款记录 sheet', async () => {
    const j = await judge(
      'feida',
      [
        {
          name: '客户档案表',
          rows: [
            ['建档日期', '客户名称', '联系人', '联系电话', '业务员', '客户类型'],
            ['2026-08-01', '宏达五金', '刘总', '0755-8888 1111', '张三', '经销商'],
          ],
        },
        {
          name: '客户拜访记录',
          rows: [
            ['拜访日期', '客户名称', '联系电话', '拜访人', '拜访内容'],
            ['2026-08-01', '宏达五金', '0755-88881111', '张三', '送样品'],
            ['2026-09-01', '宏达五金', '0755-88881111', '李四', '推新品'],
          ],
        },
        {
          name: '回款记录',
          rows: [
            ['回款日期', '客户名称', '联系电话', '业务员', '回款金额'],
            ['2026-08-20', '宏达五金', '075588881111', '张三', '5万'],
          ],
        },
      ],
      ['--preset', 'tools-filing', '--as-of', '2026-09-02'],
    );
    expect(j.own('客户档案表', 2)).toMatchObject({ 当前归属: '张三', 当前状态: '保护中' });
    expect(j.own('回款记录', 2).业绩分成).toBe('张三 100%');
    // tools-filing R2: another agent's visit to a filed customer with sales stands on 冲突.
    expect(j.list('冲突').map((c) => [c.表, c.行, c.类型])).toEqual([['客户拜访记录', '3', '违规接触']]);
    expect(j.list('问题')).toEqual([]);
  });

  test('brokerage-viewing R2 on a 带看记录 and a 成交登记 (成交方式 他司, 成交价 200万); a sheet not read is on 问题', async () => {
    const j = await judge(
      'viewing',
      [
        {
          name: '带看记录',
          rows: [
            ['带看日期', '客户姓名', '联系电话', '经纪人', '房源', '看房确认单'],
            ['2026-01-10', '马先生', '13922220401', '张三', '幸福里3-502', '已签'],
            ['2026-03-01', '马先生', '13922220401', '李四', '幸福里3-502', '已签'],
          ],
        },
        {
          name: '成交登记',
          rows: [
            ['成交日期', '客户姓名', '联系电话', '经纪人', '房源', '成交价', '成交方式'],
            ['2026-11-01', '马先生', '13922220401', null, '幸福里3-502', '200万', '他司'],
          ],
        },
        {
          name: '门店月报',
          rows: [
            ['本月带看', 2],
            ['本月成交', 1],
          ],
        },
      ],
      ['--preset', 'brokerage-viewing', '--as-of', '2026-11-02', '--json', path.join(tmp.dir, 'viewing.json')],
    );
    // decide/D10: the fee goes to the agent of the earliest viewing within 12 months.
    const report = JSON.parse(readFileSync(path.join(tmp.dir, 'viewing.json'), 'utf8')) as JsonReport;
    expect(report.deals.map((x) => [x.row, x.owed])).toEqual([[2, { agent: '张三', amount: 60_000 }]]);
    expect(j.own('成交登记', 2).判定依据).toContain('brokerage-viewing/R2');
    expect(j.own('成交登记', 2).判定依据).toContain('60000');
    // The sheet that is neither a register nor a filing is not read, and 问题 says so.
    expect(j.list('问题').map((i) => [i.表, i.行, i.级别])).toEqual([['门店月报', '', '提示']]);
  });
});
