// groupCustomers (src/engine/identity.ts): common/ID-PHONE and common/ID-FAMILY.
import { groupCustomers } from '../../../src/engine/identity';
import { FAMILY } from '../../../src/policy/presets';
import { events } from '../../helpers/scenario';
import { policy } from './harness';

const sizes = (evs: ReturnType<typeof events>, relations: readonly string[]) =>
  groupCustomers(evs, relations)
    .groups.map((g) => g.phones.length)
    .sort();

describe('groupCustomers', () => {
  test('common/ID-FAMILY (point 5): the tie written on the new row joins the two', () => {
    expect(
      sizes(
        events([
          ['V', '11-01', '张三', 'C1'],
          ['V', '11-04', '李四', 'C8', { relation: '配偶', linked: 'C1' }],
        ]),
        FAMILY,
      ),
    ).toEqual([2]);
  });
  test('common/ID-FAMILY (point 5): the tie written on the existing customer’s row joins them too', () => {
    expect(
      sizes(
        events([
          ['V', '11-01', '张三', 'C1', { relation: '配偶', linked: 'C8' }],
          ['V', '11-04', '李四', 'C8'],
        ]),
        FAMILY,
      ),
    ).toEqual([2]);
  });
  test('common/ID-FAMILY: a sibling tie joins nobody, from either side', () => {
    expect(
      sizes(
        events([
          ['V', '11-01', '张三', 'C1', { relation: '兄弟', linked: 'C9' }],
          ['V', '11-04', '李四', 'C9'],
        ]),
        FAMILY,
      ),
    ).toEqual([1, 1]);
  });
  test('policy override: a relation list with 兄弟 (cross-customer R4.5 widened) joins siblings', () => {
    const p = policy('cross-customer', { identity: { relations: [...FAMILY, '兄弟'] } });
    expect(
      sizes(
        events([
          ['V', '11-01', '张三', 'C1', { relation: '兄弟', linked: 'C9' }],
          ['V', '11-04', '李四', 'C9'],
        ]),
        p.identity.relations,
      ),
    ).toEqual([2]);
  });
});
