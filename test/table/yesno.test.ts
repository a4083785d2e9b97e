// Issue 12 point 7 "Yes means yes": one vocabulary for yes/no cells, and what the reader does
// with a cell that is neither.
import { annotate } from '../../src/engine';
import { getPreset } from '../../src/policy';
import { issueMessage, readWorkbook } from '../../src/table';
import { NO_WORDS, readYesNo, YES_WORDS } from '../../src/table/yesno';
import { day, grid } from './helpers';

describe('issue 12 point 7: the yes/no vocabulary', () => {
  it.each([
    '是',
    '已签',
    '已签字',
    '已审批',
    '同意',
    '通过',
    '有',
    '✓',
    '√',
    'Y',
    'y',
    'yes',
    'YES',
    'true',
    'TRUE',
    '1',
    '已确认',
    '任总已签',
    '已由任总签字',
    '甲方已审批',
    '审批通过',
    '是。',
    '　是　',
    'Ｙｅｓ',
  ])('%p is yes', (text) => {
    expect(readYesNo(text)).toBe(true);
  });

  it.each([
    '否',
    '未签',
    '未签字',
    '待审批',
    '待任总签字',
    '待签',
    '无',
    '✗',
    '×',
    'x',
    'N',
    'no',
    'false',
    '0',
    '不同意',
    '未同意',
    '尚未签字',
    '拒签',
    '驳回',
    '审批中',
    '未经甲方审批',
    'pending',
    '-',
  ])('%p is no', (text) => {
    expect(readYesNo(text)).toBe(false);
  });

  it.each(['任总', '张三', '看情况', '2', 'maybe', '3-1201'])('%p is neither', (text) => {
    expect(readYesNo(text)).toBeUndefined();
  });

  it('cells that are not text: checkboxes, 1/0, blanks', () => {
    expect(readYesNo(true)).toBe(true);
    expect(readYesNo(false)).toBe(false);
    expect(readYesNo(1)).toBe(true);
    expect(readYesNo(0)).toBe(false);
    expect(readYesNo(2)).toBeUndefined();
    expect(readYesNo(new Date(Date.UTC(2026, 10, 3)))).toBeUndefined();
    expect(readYesNo('')).toBeNull();
    expect(readYesNo('  ')).toBeNull();
    expect(readYesNo(null)).toBeNull();
  });

  it('every listed word reads as its own side (zh and en)', () => {
    for (const w of [...YES_WORDS.zh, ...YES_WORDS.en]) expect([w, readYesNo(w)]).toEqual([w, true]);
    for (const w of [...NO_WORDS.zh, ...NO_WORDS.en]) expect([w, readYesNo(w)]).toEqual([w, false]);
  });
});

describe('issue 12 point 7: the reader counts yes only for yes', () => {
  const HEAD = [
    '报备日期',
    '客户姓名',
    '联系电话',
    '渠道公司',
    '带客确认单',
    '客户签字',
    '甲方签字',
    '乙方审批',
    '仅取资料',
  ];
  const read = (cells: unknown[]) =>
    readWorkbook([grid('报备', [HEAD, ['2026-11-10', '甲', '13800000001', '渠道A', ...cells]])], {
      asOf: day('2026-11-30'),
    });

  it('recognised yes words are yes, with no line on 问题', () => {
    const { input } = read(['√', '已签', '同意', 'Y', '是']);
    expect(input.events[0]).toMatchObject({
      confirmed: true,
      signedByCustomer: true,
      approvedByDeveloper: true,
      approvedByAgency: true,
      brief: true,
    });
    expect(input.issues).toEqual([]);
  });

  it('待审批, 待任总签字, 未签 and the like are no, with no line on 问题', () => {
    const { input } = read(['待任总签字', '未签', '待审批', '否', '无']);
    expect(input.events[0]).toMatchObject({
      confirmed: false,
      signedByCustomer: false,
      approvedByDeveloper: false,
      approvedByAgency: false,
      brief: false,
    });
    expect(input.issues).toEqual([]);
  });

  it('blank is no', () => {
    const { input } = read(['', '', '', '', '']);
    expect(input.events[0]).toMatchObject({
      confirmed: false,
      signedByCustomer: false,
      approvedByDeveloper: false,
      approvedByAgency: false,
      brief: false,
    });
  });

  it('text that is neither is no and a line on 问题 naming the field in the user’s language', () => {
    const { input } = read(['任总', '张三', '看情况', '2', '资料']);
    expect(input.events[0]).toMatchObject({
      confirmed: false,
      signedByCustomer: false,
      approvedByDeveloper: false,
      approvedByAgency: false,
      brief: false,
    });
    const notes = input.issues.filter((i) => i.code === 'bool-unknown');
    const on = (field: string) => notes.find((i) => i.field === field)!;
    expect(notes.map((i) => i.field).sort()).toEqual([
      'approvedByAgency',
      'approvedByDeveloper',
      'brief',
      'confirmed',
      'signedByCustomer',
    ]);
    expect(on('confirmed').message).toBe(
      '带客确认单“任总”不是可识别的“是/否”，按“否”处理（如已签字或已审批，请填“是”）',
    );
    expect(issueMessage(on('approvedByDeveloper'), 'en')).toMatch(
      /^Developer approval "看情况" is not a recognised yes or no; read as no/,
    );
    for (const n of notes)
      for (const lang of ['zh', 'en'] as const)
        expect(issueMessage(n, lang)).not.toMatch(/signedByCustomer|approvedBy|confirmed|brief/);
  });
});

describe('issue 12 point 7: a filing’s 审批 / 签字 column is the slip’s signature (channel-confirm R5)', () => {
  it.each(['审批', '签字', '任总签字', '审批状态'])('%p', (header) => {
    const rows = [
      ['报备日期', '客户姓名', '联系电话', '渠道公司', header],
      ['2026-11-10', '甲', '13800000001', '渠道A', '待任总签字'],
      ['2026-11-10', '乙', '13800000002', '渠道A', '已签'],
    ];
    const { input } = readWorkbook([grid('报备', rows)], { asOf: day('2026-11-30') });
    expect(input.events.map((e) => e.confirmed)).toEqual([false, true]);
    expect(input.issues).toEqual([]);
  });
});

describe('issue 12 point 7 through the engine: channel-confirm R5 waits for a real yes', () => {
  const judge = (slip: string) => {
    const rows = [
      ['报备时间', '客户姓名', '联系电话', '渠道公司', '带客确认单'],
      ['2026-11-10 09:00', '甲', '13800000001', '渠道A', slip],
    ];
    const reg = [
      ['日期', '时间', '客户姓名', '联系电话', '置业顾问'],
      ['2026-11-11', '14:00', '甲', '13800000001', '张三'],
    ];
    const { input } = readWorkbook([grid('报备', rows), grid('来访登记', reg)], { asOf: day('2026-11-12') });
    return { input, customer: annotate(input, getPreset('channel-confirm')!, day('2026-11-12')).customers[0] };
  };

  it.each(['待任总签字', '待审批', '未签'])('%p keeps the channel pending, with no line on 问题', (slip) => {
    const { input, customer } = judge(slip);
    expect(customer).toMatchObject({ status: 'pending-visit', owner: { name: '渠道A' } });
    expect(input.issues).toEqual([]);
  });

  it('已签 makes the claim effective', () => {
    expect(judge('已签').customer?.status).toBe('protected');
  });

  it('任总 (neither) keeps it pending and says so on 问题', () => {
    const { input, customer } = judge('任总');
    expect(customer?.status).toBe('pending-visit');
    expect(input.issues.map((i) => i.message)).toEqual([
      '带客确认单“任总”不是可识别的“是/否”，按“否”处理（如已签字或已审批，请填“是”）',
    ]);
  });
});

it('issue 12 point 7: a date in a signature column is neither, quoted as the day the sheet shows', () => {
  const rows = [
    ['报备日期', '客户姓名', '联系电话', '客户签字'],
    ['2026-11-10', '甲', '13800000001', new Date(Date.UTC(2026, 10, 11))],
  ];
  const { input } = readWorkbook([grid('报备', rows)], { asOf: day('2026-11-30') });
  expect(input.events[0]?.signedByCustomer).toBe(false);
  expect(input.issues.filter((i) => i.code === 'bool-unknown').map((i) => i.message)).toEqual([
    '客户签字“2026-11-11”不是可识别的“是/否”，按“否”处理（如已签字或已审批，请填“是”）',
  ]);
});
