import { jsonReport } from '../../src/table/report';
import { result } from './result-fixture';

const policy = {
  id: 'cross-customer',
  title: { zh: '交叉客户判定及分单制度', en: 'Cross customers and split orders' },
};

// The contract's keys ("The JSON report"); more may be added, none may go.
const CONTRACT = {
  top: ['asOf', 'preset', 'customers', 'rows', 'deals', 'conflicts', 'issues'],
  customer: [
    'id',
    'name',
    'phones',
    'owner',
    'ownerKind',
    'status',
    'statusLabel',
    'protectedThrough',
    'category',
    'rules',
    'reason',
  ],
  row: ['sheet', 'row', 'customerId', 'owner', 'status', 'rules', 'reason'],
  deal: ['sheet', 'row', 'date', 'customerId', 'closer', 'performance', 'commission', 'category', 'owed', 'rules'],
  conflict: ['customerId', 'sheet', 'row', 'kind', 'rules', 'resolution'],
  issue: ['sheet', 'row', 'field', 'message'],
};

describe('jsonReport', () => {
  const report = jsonReport(result, policy, 'zh');

  it('has every key of the contract', () => {
    expect(Object.keys(report)).toEqual(expect.arrayContaining(CONTRACT.top));
    expect(Object.keys(report.customers[0])).toEqual(expect.arrayContaining(CONTRACT.customer));
    expect(Object.keys(report.rows[0])).toEqual(expect.arrayContaining(CONTRACT.row));
    expect(Object.keys(report.deals[0])).toEqual(expect.arrayContaining(CONTRACT.deal));
    expect(Object.keys(report.conflicts[0])).toEqual(expect.arrayContaining(CONTRACT.conflict));
    expect(Object.keys(report.issues[0])).toEqual(expect.arrayContaining(CONTRACT.issue));
  });

  it('writes days as ISO strings and reasons in the chosen language', () => {
    expect(report.asOf).toBe('2026-11-30');
    expect(report.preset).toBe('cross-customer');
    expect(report.customers[0]).toMatchObject({
      id: 'c-13800138000',
      owner: '张三',
      ownerKind: 'agent',
      status: 'closed',
      statusLabel: '已成交',
      protectedThrough: null,
      category: null,
      rules: ['cross-customer/R3'],
      reason: '张三 首次接待 2026-11-01',
    });
    expect(report.customers[1]).toMatchObject({ owner: null, ownerKind: 'pool', category: 'direct' });
    expect(report.rows[0]).toMatchObject({
      sheet: '来访登记',
      row: 4,
      owner: '张三',
      status: 'protected',
      protectedThrough: '2026-11-08',
    });
    expect(report.deals[0]).toMatchObject({
      sheet: '来访登记',
      row: 6,
      date: '2026-11-10',
      closer: '李四',
      performance: { 张三: 0.7, 李四: 0.3 },
      commission: { 张三: 0.5, 李四: 0.5 },
      owed: null,
      rules: ['cross-customer/R4.3'],
    });
    expect(report.conflicts[0]).toMatchObject({
      kind: 'deal-by-other',
      resolution: '李四 成交张三的客户',
      deadline: '2026-11-13',
    });
    expect(report.issues[1]).toMatchObject({ row: null, field: 'sheet' });
    const en = jsonReport(result, policy, 'en');
    expect(en.customers[1].statusLabel).toBe('② Filed, no protection');
    expect(en.conflicts[0].resolution).toBe("Li Si closed Zhang San's customer");
    expect(en.presetTitle).toBe('Cross customers and split orders');
  });

  it('is plain JSON: survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('keeps full phones: the report belongs to whoever ran it', () => {
    expect(report.customers[0].phones).toEqual(['13800138000', '13900139000']);
  });
});
