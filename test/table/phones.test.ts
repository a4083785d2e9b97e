import { mobileInText, readPhone } from '../../src/table/phones';

const phone = (v: unknown) => {
  const r = readPhone(v);
  return r && r.ok ? r.phone : r;
};

describe('readPhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 13800138000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['86 138 0013 8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['１３８ ００１３ ８０００', '13800138000'],
    ['13800138000（微信同号）', '13800138000'],
    ['021-6234 5678', '02162345678'],
    ['(0755)12345678', '075512345678'],
    ['（0755）12345678', '075512345678'],
    ['0755-1234567', '07551234567'],
    ['+86 21 6234 5678', '02162345678'],
    ['010-12345678', '01012345678'],
  ])('normalizes %p', (text, expected) => {
    expect(phone(text)).toBe(expected);
  });

  it('reads numbers stored as numbers without float noise', () => {
    expect(phone(13800138000)).toBe('13800138000');
    expect(phone(8613800138000)).toBe('8613800138000'.slice(2));
    // A float a hair off a whole number (as a spreadsheet may store one) reads as that number.
    expect(phone(13800138000 + 1e-7)).toBe('13800138000');
    // A landline typed as a number loses its leading 0.
    expect(phone(2162345678)).toBe('02162345678');
  });

  it('keeps 7–8 digit local numbers, flagged', () => {
    expect(readPhone('6234 5678')).toEqual({ ok: true, phone: '62345678', local: true, multiple: false });
    expect(readPhone(62345678)).toEqual({ ok: true, phone: '62345678', local: true, multiple: false });
  });

  it('takes the first of two numbers, flagged', () => {
    for (const text of [
      '13800138000/13900139000',
      '13800138000，13900139000',
      '13800138000、13900139000',
      '13800138000 或 13900139000',
    ]) {
      expect(readPhone(text)).toEqual({ ok: true, phone: '13800138000', local: false, multiple: true });
    }
  });

  it('rejects what is not a phone', () => {
    for (const bad of [
      '1380013800',
      '12345',
      'abc',
      '13800138000abc',
      '23800138000',
      '1380013800012',
      'tel 13800138000',
      1.5,
      -1,
    ]) {
      expect(readPhone(bad)).toEqual({ ok: false, masked: false });
    }
    expect(readPhone('138****8000')).toEqual({ ok: false, masked: true });
    expect(readPhone('138xxxx8000')).toEqual({ ok: false, masked: true });
  });

  it('reads blanks and placeholders as no phone', () => {
    for (const blank of ['', '  ', '无', '-', '未留', null, undefined]) expect(readPhone(blank)).toBeNull();
  });
});

describe('mobileInText', () => {
  it('finds a mobile written in a name cell', () => {
    expect(mobileInText('王先生 13800138000')).toEqual({ phone: '13800138000', rest: '王先生' });
    expect(mobileInText('王先生')).toBeNull();
    expect(mobileInText('王先生138001380001')).toBeNull();
  });
});

describe('issue 12 point 2: every way a mainland phone is written is the same number', () => {
  it.each([
    ['(+86)139 2222 0013', '13922220013'],
    ['（+86）139 2222 0013', '13922220013'],
    ['+86-139-2222-0013', '13922220013'],
    ['+86 139 2222 0013', '13922220013'],
    ['0086 139 2222 0013', '13922220013'],
    ['86 139 2222 0013', '13922220013'],
    ['139-2222-0013', '13922220013'],
    ['139.2222.0013', '13922220013'],
    ['（＋８６）１３９　２２２２　００１３', '13922220013'],
    ['＋８６－１３９－２２２２－００１３', '13922220013'],
    ['００８６ １３９２２２２００１３', '13922220013'],
    ['８６ １３９ ２２２２ ００１３', '13922220013'],
    ['１３９－２２２２－００１３', '13922220013'],
    ['(0755)2888-0016', '075528880016'],
    ['（０７５５）２８８８－００１６', '075528880016'],
    ['0755-2888 0016', '075528880016'],
    ['+86 755 2888 0016', '075528880016'],
    ['+86 (0)755 2888 0016', '075528880016'],
    ['0086-755-28880016', '075528880016'],
  ])('%p is %p', (text, expected) => {
    expect(phone(text)).toBe(expected);
  });

  it.each([
    ['0755-28880016转8001', '075528880016', '8001'],
    ['０７５５－２８８８００１６转８００１', '075528880016', '8001'],
    ['(0755)2888-0016 分机 8001', '075528880016', '8001'],
    ['0755-28880016 ext. 8001', '075528880016', '8001'],
    ['0755-28880016#8001', '075528880016', '8001'],
    ['0755-28880016-8001', '075528880016', '8001'],
    ['０７５５－２８８８００１６－８００１', '075528880016', '8001'],
    ['(0755)2888-0016-8001', '075528880016', '8001'],
    ['+86 755 2888 0016-8001', '075528880016', '8001'],
    ['010-62345678-123', '01062345678', '123'],
    ['0571-8888888 - 66', '05718888888', '66'],
  ])('%p keeps its extension apart from the number', (text, number, extension) => {
    expect(readPhone(text)).toEqual({ ok: true, phone: number, local: false, multiple: false, extension });
  });

  it.each([
    ['0755-2888-001', '07552888001'],
    ['0755-2888001-6', '075528880016'],
  ])('%p: digits after a dash that complete the number are part of it, not an extension', (text, number) => {
    expect(readPhone(text)).toEqual({ ok: true, phone: number, local: false, multiple: false });
  });

  it.each([
    '139-2222-0013-8001',
    '2888-0016-8001',
    '0755-2888-0016-8001-9',
    '0755-28880016-1234567',
    '0755 28880016 8001',
  ])('%p: no extension after a dash unless a complete landline comes before it', (text) => {
    expect(readPhone(text)).toEqual({ ok: false, masked: false });
  });

  it.each([
    '86 139 2222 001',
    '+86 139 2222 00133',
    '139-2222-001',
    '12-9222-20013',
    '+852 9123 4567',
    '139 2222 0013转8001',
  ])('%p stays invalid', (text) => {
    expect(readPhone(text)).toEqual({ ok: false, masked: false });
  });
});

describe('issue 12 point 2: a mobile written inside a name cell follows the same rule', () => {
  it.each([
    ['王先生 13922220013', '13922220013', '王先生'],
    ['王先生 139-2222-0013', '13922220013', '王先生'],
    ['王先生(+86)139 2222 0013', '13922220013', '王先生'],
    ['王先生 １３９ ２２２２ ００１３', '13922220013', '王先生'],
  ])('%p', (text, phone, rest) => {
    expect(mobileInText(text)).toEqual({ phone, rest });
  });

  it('a landline, a short number or a longer run is not taken from a name', () => {
    expect(mobileInText('王先生 0755-2888 0016')).toBeNull();
    expect(mobileInText('王先生138001380001')).toBeNull();
    expect(mobileInText('3号楼 1201')).toBeNull();
  });
});

it('issue 12 point 2: two mobiles in a name cell, the first is taken', () => {
  expect(mobileInText('王先生 13800138000 13900139000')).toEqual({ phone: '13800138000', rest: '王先生 13900139000' });
});

it('issue 12 point 2: invisible spaces (no-break, zero-width) are separators too', () => {
  expect(readPhone('139\u00a02222\u00a00013')).toMatchObject({ ok: true, phone: '13922220013' });
  expect(readPhone('139\u200b2222\u200b0013')).toMatchObject({ ok: true, phone: '13922220013' });
});
