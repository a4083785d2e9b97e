// sameBuyer (rules/category.ts, decide/D9): the deal's name against the confirmation's.
import { sameBuyer } from '../../../src/engine/rules/category';

test('decide/D9: equal names, or surname + title meeting a full name with that surname', () => {
  expect(sameBuyer('魏丽', '魏丽')).toBe(true);
  expect(sameBuyer('魏女士', '魏丽')).toBe(true);
  expect(sameBuyer('魏丽', '魏先生')).toBe(true);
});

test('decide/D9: another surname, another full name, or two titles are not the same buyer', () => {
  expect(sameBuyer('赵一', '赵二')).toBe(false);
  expect(sameBuyer('魏女士', '王丽')).toBe(false);
  expect(sameBuyer('魏女士', '魏先生')).toBe(false);
  expect(sameBuyer('魏女士', '魏')).toBe(false);
});
