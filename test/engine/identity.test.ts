import { groupCustomers } from '../../src/engine/identity';
import { FAMILY } from '../../src/policy/presets';
import { events } from '../helpers/scenario';

describe('identity (rulebook §4)', () => {
  test('common/ID-FAMILY joins spouses and parent-child ties in both directions, not siblings', () => {
    const evs = events([
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-02', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ['V', '11-03', '李四', 'C3', { relation: '兄弟', linked: 'C1' }],
      ['V', '11-04', '王五', 'C4', { relation: '母亲', linked: 'C2' }],
    ]);
    const groups = groupCustomers(evs, FAMILY)
      .groups.map((g) => g.phones.length)
      .sort();
    expect(groups).toEqual([1, 3]);
  });
  test('a name-only row is its own customer, and names never merge', () => {
    const evs = events([
      ['V', '11-01', '张三', 'C1', { name: '王先生', noPhone: true }],
      ['V', '11-02', '李四', 'C2', { name: '王先生', noPhone: true }],
    ]);
    expect(groupCustomers(evs, FAMILY).groups.map((g) => g.id)).toEqual(['c-name-来访登记-2', 'c-name-来访登记-3']);
  });
  test('the customer id is the smallest phone of the family', () => {
    const evs = events([
      ['V', '11-02', '李四', 'C9', { relation: '配偶', linked: 'C3' }],
      ['V', '11-01', '张三', 'C3'],
    ]);
    expect(groupCustomers(evs, FAMILY).groups[0].id).toBe('c-13800000003');
  });
  test('a name leads to its one customer, and to none once two customers bear it', () => {
    const evs = events([
      ['V', '11-01', '张三', 'C1', { name: '王先生' }],
      ['V', '11-02', '张三', 'C1', { name: '王先生' }],
      ['V', '11-03', '李四', 'C2', { name: '李女士' }],
      ['V', '11-04', '李四', 'C3', { name: '李女士' }],
      ['V', '11-05', '王五', 'C4', { name: '赵先生', relation: '配偶', linked: 'C1' }],
      ['V', '11-06', '王五', 'C5', { name: '孙女士', noPhone: true }],
    ]);
    const { names } = groupCustomers(evs, FAMILY);
    expect(names.get('王先生')).toBe('c-13800000001');
    expect(names.get('李女士')).toBeNull();
    expect(names.get('赵先生')).toBe('c-13800000001'); // the spouse's row joined that customer
    expect(names.get('孙女士')).toBe('c-name-来访登记-7');
  });
});
