import { fieldText, formatIssue, issueMessage } from '../../src/table';

describe('messages', () => {
  const codes = [
    'date-unreadable',
    'date-blank',
    'date-field-unreadable',
    'year-inferred',
    'year-unknown',
    'time-unreadable',
    'cell-error',
    'phone-invalid',
    'phone-masked',
    'phone-local',
    'phone-multiple',
    'phone-from-name',
    'value-unreadable',
    'bool-unknown',
    'kind-unknown',
    'status-unknown',
    'no-customer',
    'duplicate-row',
    'duplicate-row-other',
    'total-row',
    'header-repeat',
    'banner-row',
    'duplicate-header',
    'mapping-not-found',
    'no-header',
    'missing-column',
    'no-agent-column',
    'sheet-unrecognized',
    'sheet-ignored',
    'sheet-empty',
    'staff-no-name',
    'ruling-no-owner',
    'ruling-no-customer',
  ];
  const params = {
    text: 'X',
    field: 'phone',
    kind: 'visit',
    row: 3,
    sheet: 'S',
    date: '2026-11-03',
    phone: 'P',
    header: 'H',
    column: 2,
  };

  it.each(codes)('%s renders in both languages with every slot filled', (code) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = formatIssue(code, params, lang);
      expect(text).not.toBe(code);
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('renders field and kind parameters as words of the language', () => {
    expect(formatIssue('phone-invalid', { field: 'linkedPhone', text: '123' }, 'zh')).toBe(
      '关联电话“123”不是有效号码，已忽略',
    );
    expect(formatIssue('phone-invalid', { field: 'linkedPhone', text: '123' }, 'en')).toBe(
      'Linked phone "123" is not a valid number; ignored',
    );
    expect(formatIssue('kind-unknown', { text: '?', kind: 'filing' }, 'zh')).toBe('类型“?”无法识别，按备案处理');
    // issue 15.6: a field key is never shown as it is.
    expect(fieldText('unknownField', 'en')).toBe('(other column)');
    expect(fieldText('dealDate', 'zh')).toBe('成交日期');
  });

  it('keeps the message of an issue without a code', () => {
    expect(issueMessage({ sheet: 's', row: 1, field: 'x', level: 'note', message: 'm' }, 'en')).toBe('m');
    expect(formatIssue('no-such-code', {}, 'en')).toBe('no-such-code');
  });
});
