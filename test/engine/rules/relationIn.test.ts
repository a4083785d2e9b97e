// relationIn (src/engine/identity.ts): relation words match by containment.
import { relationIn } from '../../../src/engine/identity';
import { FAMILY, SIBLINGS } from '../../../src/policy/presets';
import { policy } from './harness';

describe('relationIn', () => {
  test('common/ID-FAMILY: 配偶关系 contains 配偶; spaces are ignored', () => {
    expect([relationIn('配偶关系', FAMILY), relationIn(' 夫 妻 ', FAMILY)]).toEqual([true, true]);
  });
  test('common/ID-FAMILY: 兄弟 and 朋友 are not family; blank is nothing', () => {
    expect([relationIn('兄弟', FAMILY), relationIn('朋友', FAMILY), relationIn(null, FAMILY)]).toEqual([
      false,
      false,
      false,
    ]);
  });
  test('channel-confirm/R4: the household adds brothers and sisters', () => {
    expect(relationIn('姐妹', [...FAMILY, ...SIBLINGS])).toBe(true);
  });
  test('decide/D10: brokerage-viewing’s related parties include the spouse and grandparents', () => {
    const { relations } = policy('brokerage-viewing').identity;
    expect([relationIn('配偶', relations), relationIn('外祖母', relations), relationIn('朋友', relations)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
