import {
  readAgent,
  readAgentCell,
  readAmount,
  readArea,
  readBool,
  readName,
  readStaffStatus,
  readText,
} from '../../src/table/cells';
import { halfWidth, isErrorCell, wordKey } from '../../src/table/text';

describe('text', () => {
  it('turns full-width characters half-width', () => {
    expect(halfWidth('１３８　ＡＢＣ：（）')).toBe('138 ABC:()');
  });
  it('makes header keys without case, spaces, * or trailing colons', () => {
    expect(wordKey(' 客户 姓名： ')).toBe('客户姓名');
    expect(wordKey('*联系电话*')).toBe('联系电话');
    expect(wordKey('Performance   Split')).toBe('performancesplit');
    expect(wordKey('日\u3000期:')).toBe('日期');
  });
  it('knows error cells', () => {
    for (const e of ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']) {
      expect(isErrorCell(e)).toBe(true);
    }
    expect(isErrorCell('#1号楼')).toBe(false);
    expect(isErrorCell(5)).toBe(false);
  });
});

describe('names and agents', () => {
  it('trims and collapses whitespace', () => {
    expect(readName('  王  先生 ')).toBe('王 先生');
    expect(readName('王\u3000先生')).toBe('王 先生');
    expect(readName('')).toBeNull();
    expect(readName('-')).toBeNull();
  });
  it('reads walk-ins as no agent', () => {
    for (const v of ['', '自行来访', '自来', '无', '—', '-', ' 自行来访 ']) expect(readAgent(v)).toBeNull();
    expect(readAgent(' 张三 ')).toBe('张三');
  });
  it('issue 12 (outside registers): an agent cell is one person: a bracketed note is left out, of several the first', () => {
    expect(readAgentCell('张三（代李四）')).toEqual({ agent: '张三', how: 'note' });
    expect(readAgentCell('张三(经理)')).toEqual({ agent: '张三', how: 'note' });
    expect(readAgentCell('张三/李四')).toEqual({ agent: '张三', how: 'several' });
    expect(readAgentCell('张三、李四')).toEqual({ agent: '张三', how: 'several' });
    expect(readAgentCell(' 张三 ')).toEqual({ agent: '张三', how: null });
    expect(readAgentCell('自行来访')).toEqual({ agent: null, how: null });
    // A bracket and nothing else is not a person: kept as written, no note.
    expect(readAgentCell('（空）')).toEqual({ agent: '(空)', how: null });
    // A walk-in word with a note is still a walk-in.
    expect(readAgentCell('自行来访(老客户)')).toEqual({ agent: null, how: null });
  });
  it('reads numbers in text cells as plain digits', () => {
    expect(readText(301)).toBe('301');
    expect(readText(13800138000)).toBe('13800138000');
  });
});

describe('readBool', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['yes', true],
    ['No', false],
    ['TRUE', true],
    ['false', false],
    [1, true],
    [0, false],
    ['1', true],
    ['0', false],
    ['√', true],
    ['×', false],
    ['✓', true],
    ['✗', false],
    [true, true],
    [false, false],
    ['', null],
    ['  ', null],
  ])('%p -> %p', (v, expected) => {
    expect(readBool(v)).toBe(expected);
  });
  it('returns undefined for what is not yes or no', () => {
    expect(readBool('张总')).toBeUndefined();
    expect(readBool(2)).toBeUndefined();
  });
});

describe('amounts', () => {
  it.each([
    [2000000, 2000000],
    ['200万', 2000000],
    ['200万元', 2000000],
    ['2.35万', 23500],
    ['1,000,000', 1000000],
    ['¥60,000', 60000],
    ['￥60,000.50', 60000.5],
    ['６００００元', 60000],
    ['', null],
  ])('%p -> %p', (v, expected) => {
    expect(readAmount(v)).toBe(expected);
  });
  it('returns undefined for what is not an amount', () => {
    expect(readAmount('面议')).toBeUndefined();
    expect(readAmount(NaN)).toBeUndefined();
  });
  it('reads areas with units', () => {
    expect(readArea('89.5㎡')).toBe(89.5);
    expect(readArea('120平米')).toBe(120);
    expect(readArea(95)).toBe(95);
  });
});

describe('readStaffStatus', () => {
  it.each([
    ['在职', 'active'],
    ['正常', 'active'],
    ['离职', 'departed'],
    ['已离职', 'departed'],
    ['休息', 'rest'],
    ['轮休', 'rest'],
    ['请假', 'leave'],
    ['病假', 'leave'],
    ['事假', 'leave'],
    ['公出', 'business'],
    ['出差', 'business'],
    ['外出', 'business'],
    ['Active', 'active'],
  ])('%p -> %s', (v, s) => {
    expect(readStaffStatus(v)).toBe(s);
  });
  it('returns null for other words', () => {
    expect(readStaffStatus('调岗')).toBeNull();
    expect(readStaffStatus('inactive')).toBeNull();
    expect(readStaffStatus('')).toBeNull();
  });
});
