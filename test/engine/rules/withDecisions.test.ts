// withDecisions (cite.ts): a preset's `decisions` cite a §10 decision beside the rule it completes.
import { withDecisions } from '../../../src/engine/cite';
import { getPreset } from '../../../src/policy';
import { policy } from './helpers';

test('decide/D6 is cited beside tools-filing R2 and R3, once', () => {
  const p = getPreset('tools-filing');
  if (!p) throw new Error('tools-filing');
  expect(withDecisions(p, ['tools-filing/R2', 'tools-filing/R3'])).toEqual([
    'tools-filing/R2',
    'tools-filing/R3',
    'decide/D6',
  ]);
  expect(withDecisions(p, ['tools-filing/R1'])).toEqual(['tools-filing/R1']);
});

test('override: a policy file may empty a list; a preset without any cites none', () => {
  expect(
    withDecisions(policy({ preset: 'tools-filing', decisions: { 'tools-filing/R2': [] } }), ['tools-filing/R2']),
  ).toEqual(['tools-filing/R2']);
  expect(withDecisions(policy({ preset: 'cross-customer' }), ['cross-customer/R1'])).toEqual(['cross-customer/R1']);
  expect(() => policy({ preset: 'tools-filing', decisions: { 'tools-filing/R2': ['D6'] } })).toThrow(/decisions/);
});
