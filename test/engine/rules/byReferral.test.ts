// byReferral (src/engine/rules/establish.ts): the old customer's agent, through the whole run
// (it asks other customers' owners, so it is tested with the engine's lookups).
import { run, view } from '../../helpers/scenario';
import { policy } from './harness';

describe('byReferral', () => {
  test('case-field/R9: the old customer came along the same day', () => {
    const r = run({
      preset: 'case-field',
      rows: [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-12', '王五', 'C4', { referrer: 'C1' }],
        ['V', '11-12', '王五', 'C1'],
      ],
    });
    expect(view(r, 'C4').owner).toBe('张三');
  });
  test('case-field/R9: the old customer’s row the day after is not coming along', () => {
    const r = run({
      preset: 'case-field',
      rows: [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-12', '王五', 'C4', { referrer: 'C1' }],
        ['V', '11-13', '王五', 'C1'],
      ],
    });
    expect(view(r, 'C4').owner).toBe('王五');
  });
  test('first-contact/R2: the referrer on the first row credits the referrer’s agent', () => {
    const r = run({
      preset: 'first-contact',
      rows: [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-10', '李四', 'C2', { referrer: 'C1' }],
      ],
    });
    expect(view(r, 'C2').owner).toBe('张三');
  });
  test('policy override: referral null gives the receiving agent the customer', () => {
    const r = run({
      preset: 'first-contact',
      policy: policy('first-contact', { referral: null }),
      rows: [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-10', '李四', 'C2', { referrer: 'C1' }],
      ],
    });
    expect(view(r, 'C2').owner).toBe('李四');
  });
});
