// Every scenario row of rulebook §7, as data. Names follow the rulebook: `<preset> #<n>`.
import type { ConflictKind, OwnerKind, Status } from '../../src/engine/types';
import type { Row, RulingRow, StaffRow } from '../helpers/scenario';
import { FILINGS, REGISTER } from '../helpers/scenario';

export type Check =
  | {
      asOf?: string;
      customer: string;
      owner?: string | null;
      ownerKind?: OwnerKind;
      status?: Status;
      through?: string | null;
      label?: string;
      rule?: string;
    }
  | {
      asOf?: string;
      deal: string;
      performance?: Record<string, number>;
      commission?: Record<string, number>;
      category?: 'direct' | 'agency' | null;
      owed?: { agent: string; amount: number } | null;
      rule?: string;
    }
  | { asOf?: string; conflict: ConflictKind; count?: number; rule?: string; without?: string }
  | { asOf?: string; issue: { sheet: string; row: number; level?: 'error' | 'weak' | 'note' } }
  | { asOf?: string; noConflict: ConflictKind }
  | { asOf?: string; row: number; sheet?: string; rule: string }
  | { asOf?: string; flag: string; agent: string; month: string };

export interface Case {
  name: string;
  preset: string;
  rows: Row[];
  staff?: StaffRow[];
  rulings?: RulingRow[];
  checks: Check[];
}

const all = (who: string) => ({ [who]: 1 });
const split = (a: string, x: number, b: string, y: number) => ({ [a]: x, [b]: y });

export const CASES: Case[] = [
  // 7.1 park-report
  {
    name: 'park-report #1',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-04', '张三', 'C1'],
    ],
    checks: [{ asOf: '11-10', customer: 'C1', owner: '张三', status: 'protected', through: '2027-02-04' }],
  },
  {
    name: 'park-report #2',
    preset: 'park-report',
    rows: [['R', '11-01', '张三', 'C1']],
    checks: [
      { asOf: '11-06', customer: 'C1', status: 'pending-visit', owner: '张三' },
      { asOf: '11-07', customer: 'C1', status: 'released', owner: null, rule: 'park-report/R2' },
    ],
  },
  {
    name: 'park-report #3',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-08', '李四', 'C1'],
    ],
    checks: [{ asOf: '11-10', customer: 'C1', owner: '李四', status: 'protected' }],
  },
  {
    name: 'park-report #4',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-03', null, 'C1'],
    ],
    checks: [{ asOf: '11-10', customer: 'C1', owner: '张三', status: 'protected', rule: 'park-report/R4' }],
  },
  {
    name: 'park-report #5',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-03', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['Dp', '12-01', '李四', 'C1'],
    ],
    checks: [
      { asOf: '12-02', customer: 'C1', owner: '张三', status: 'closed' },
      { asOf: '12-02', deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'park-report/R5' },
      { asOf: '12-02', conflict: 'deal-by-other' },
    ],
  },
  {
    name: 'park-report #6',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-03', '张三', 'C1'],
    ],
    checks: [
      { asOf: '2027-02-03', customer: 'C1', status: 'protected', owner: '张三' },
      { asOf: '2027-02-04', customer: 'C1', status: 'released', rule: 'park-report/R3' },
    ],
  },

  // 7.2 reception-rotation
  {
    name: 'reception-rotation #1',
    preset: 'reception-rotation',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-05', '李四', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      {
        deal: 'C1',
        performance: split('张三', 0.7, '李四', 0.3),
        commission: split('张三', 0.7, '李四', 0.3),
        rule: 'reception-rotation/R2',
      },
    ],
  },
  {
    name: 'reception-rotation #2',
    preset: 'reception-rotation',
    rows: [
      ['V', '11-01', '张三', 'C1', { brief: true }],
      ['V', '11-06', '李四', 'C1'],
      ['D', '11-06', '李四', 'C1'],
    ],
    checks: [
      {
        deal: 'C1',
        performance: split('张三', 0.3, '李四', 0.7),
        commission: split('张三', 0.3, '李四', 0.7),
        rule: 'reception-rotation/R4',
      },
    ],
  },
  {
    name: 'reception-rotation #3',
    preset: 'reception-rotation',
    rows: [['V', '11-01', '李四', 'C2', { designated: '张三' }]],
    checks: [{ customer: 'C2', owner: '张三', rule: 'reception-rotation/R3' }],
  },
  {
    name: 'reception-rotation #4',
    preset: 'reception-rotation',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-09', '张三', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三') }, { noConflict: 'deal-by-other' }],
  },

  // 7.3 case-field
  {
    name: 'case-field #1',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['D', '11-20', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: all('李四'), commission: split('张三', 0.5, '李四', 0.5), rule: 'case-field/R4' },
    ],
  },
  {
    name: 'case-field #2',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
    ],
    checks: [{ asOf: '11-25', customer: 'C1', owner: '张三', status: 'protected' }],
  },
  {
    name: 'case-field #3',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '12-05', '李四', 'C1'],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: all('李四'), commission: all('李四') },
      { customer: 'C1', owner: '李四', status: 'closed' },
    ],
  },
  {
    name: 'case-field #4',
    preset: 'case-field',
    staff: [['张三', 'rest', '11-01']],
    rows: [
      ['V', '11-01', '李四', 'C2', { designated: '张三' }],
      ['D', '11-01', '李四', 'C2'],
    ],
    checks: [
      { deal: 'C2', performance: all('李四'), commission: split('张三', 0.5, '李四', 0.5), rule: 'case-field/R5' },
    ],
  },
  {
    name: 'case-field #5',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C3', { relation: '配偶', linked: 'C1' }],
      ['D', '11-15', '李四', 'C3'],
    ],
    checks: [
      { deal: 'C1', performance: all('张三'), commission: split('张三', 0.5, '李四', 0.5), rule: 'case-field/R6' },
    ],
  },
  {
    name: 'case-field #6',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-12', '王五', 'C4', { referrer: 'C1' }],
      ['V', '11-12', '王五', 'C1'],
    ],
    checks: [{ customer: 'C4', owner: '张三', rule: 'case-field/R9' }],
  },
  {
    name: 'case-field #7',
    preset: 'case-field',
    rows: [['C', '11-01', '张三', 'C5']],
    checks: [{ asOf: '11-02', customer: 'C5', status: 'company', ownerKind: 'company', rule: 'case-field/R7' }],
  },
  {
    name: 'case-field #8',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-12', '王五', 'C4', { referrer: 'C1' }],
    ],
    checks: [{ customer: 'C4', owner: '王五' }],
  },

  // 7.4 first-receptionist
  {
    name: 'first-receptionist #1',
    preset: 'first-receptionist',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
      ['Dp', '11-10', '李四', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '张三', status: 'closed' },
      { deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'first-receptionist/R4' },
      { conflict: 'late-proof' },
    ],
  },
  {
    name: 'first-receptionist #2',
    preset: 'first-receptionist',
    rows: [
      ['V', '11-01', '张三', 'C1', { entered: '11-20' }],
      ['V', '11-10', '李四', 'C1'],
      ['Dp', '11-10', '李四', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '李四', status: 'closed' },
      { deal: 'C1', performance: all('李四'), commission: all('李四') },
      { conflict: 'late-evidence' },
    ],
  },
  {
    name: 'first-receptionist #3',
    preset: 'first-receptionist',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
      ['V', '11-20', '王五', 'C6', { referrer: 'C1' }],
      ['V', '11-20', '王五', 'C1'],
    ],
    checks: [{ customer: 'C6', owner: '张三', rule: 'first-receptionist/R5' }],
  },
  {
    name: 'first-receptionist #4',
    preset: 'first-receptionist',
    staff: [['张三', 'departed', '11-15']],
    rows: [['V', '11-01', '张三', 'C1']],
    checks: [{ asOf: '11-16', customer: 'C1', status: 'company', owner: '销售经理', rule: 'first-receptionist/R8' }],
  },

  // 7.5 first-contact
  {
    name: 'first-contact #1',
    preset: 'first-contact',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-08', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'first-contact/R1' }],
  },
  {
    name: 'first-contact #2',
    preset: 'first-contact',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2', { referrer: 'C1' }],
      ['V', '11-15', '王五', 'C3', { referrer: 'C2' }],
    ],
    checks: [
      { customer: 'C2', owner: '张三', rule: 'first-contact/R2' },
      { customer: 'C3', owner: '张三' },
    ],
  },
  {
    name: 'first-contact #3',
    preset: 'first-contact',
    rows: [
      ['X', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
    ],
    checks: [{ customer: 'C1', owner: '李四' }, { issue: { sheet: REGISTER, row: 2, level: 'error' } }],
  },
  {
    name: 'first-contact #4',
    preset: 'first-contact',
    rows: [
      ['V', '11-01', '张三', 'C1', { site: '市区' }],
      ['V', '11-01', '李四', 'C1', { site: '工地' }],
      ['D', '11-03', '李四', 'C1'],
    ],
    checks: [
      {
        deal: 'C1',
        performance: split('张三', 0.5, '李四', 0.5),
        commission: split('张三', 0.5, '李四', 0.5),
        rule: 'first-contact/R3',
      },
    ],
  },
  {
    name: 'first-contact #5',
    preset: 'first-contact',
    rows: [
      ['V', '11-01', '张三', 'C1', { name: null }],
      ['V', '11-05', '李四', 'C1'],
    ],
    checks: [{ customer: 'C1', owner: '李四' }, { issue: { sheet: REGISTER, row: 2, level: 'weak' } }],
  },
  {
    name: 'first-contact #6',
    preset: 'first-contact',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2', { referrer: 'C1', designated: '李四' }],
    ],
    checks: [{ customer: 'C2', owner: '李四' }],
  },

  // 7.6 marketing-center
  {
    name: 'marketing-center #1',
    preset: 'marketing-center',
    rows: [['V', '11-01', '张三', 'C1']],
    checks: [
      { asOf: '11-03', customer: 'C1', status: 'protected' },
      { asOf: '11-04', customer: 'C1', owner: '张三', status: 'warning', rule: 'marketing-center/R2' },
    ],
  },
  {
    name: 'marketing-center #2',
    preset: 'marketing-center',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-02', '张三', 'C1'],
      ['F', '11-08', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-15', customer: 'C1', status: 'protected', owner: '张三', through: '2026-11-15' },
      { asOf: '11-16', customer: 'C1', status: 'company', ownerKind: 'company', rule: 'marketing-center/R2' },
    ],
  },
  {
    name: 'marketing-center #3',
    preset: 'marketing-center',
    rows: [['C', '11-01', '张三', 'C1']],
    rulings: [['11-01', 'C1', '张三', '来电分配']],
    checks: [
      { asOf: '11-15', customer: 'C1', status: 'protected', owner: '张三' },
      { asOf: '11-16', customer: 'C1', status: 'company' },
    ],
  },
  {
    name: 'marketing-center #3b',
    preset: 'marketing-center',
    rows: [['C', '11-01', '张三', 'C1']],
    checks: [{ asOf: '11-02', customer: 'C1', status: 'company', ownerKind: 'company', rule: 'marketing-center/R3' }],
  },
  {
    name: 'marketing-center #4',
    preset: 'marketing-center',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['V', '11-05', '王五', 'C1'],
      ['D', '11-05', '王五', 'C1'],
    ],
    checks: [
      {
        deal: 'C1',
        performance: split('张三', 0.5, '王五', 0.5),
        commission: split('张三', 0.5, '王五', 0.5),
        rule: 'marketing-center/R4',
      },
    ],
  },
  {
    name: 'marketing-center #5',
    preset: 'marketing-center',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['V', '11-05', '王五', 'C1'],
      ['D', '11-07', '王五', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三') }],
  },
  {
    name: 'marketing-center #6',
    preset: 'marketing-center',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['A', '11-05', '张三', 'C1'],
      ['V', '11-05', '王五', 'C1'],
      ['D', '11-05', '王五', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'marketing-center/R4' }],
  },

  // 7.7 deal-attribution
  {
    name: 'deal-attribution #1',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['D', '11-20', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'deal-attribution/R1' }],
  },
  {
    name: 'deal-attribution #2',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '12-10', '李四', 'C1'],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('李四'), commission: all('李四') }],
  },
  {
    name: 'deal-attribution #3',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '12-10', '李四', 'C1', { designated: '张三' }],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'deal-attribution/R1' }],
  },
  {
    name: 'deal-attribution #4',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '李四', 'C7', { source: '开发商关系' }],
      ['D', '11-01', '李四', 'C7'],
    ],
    checks: [
      { deal: 'C7', performance: all('项目全体'), commission: all('项目全体'), rule: 'deal-attribution/R7' },
      { customer: 'C7', owner: '项目全体', ownerKind: 'team' },
    ],
  },
  {
    name: 'deal-attribution #5',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C12', { referrer: 'C1' }],
      ['D', '11-20', '李四', 'C12'],
    ],
    checks: [{ deal: 'C12', performance: all('李四'), commission: all('李四') }],
  },

  // 7.8 walk-in-desk
  {
    name: 'walk-in-desk #1',
    preset: 'walk-in-desk',
    staff: [['张三', 'rest', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-08', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
      ['D', '11-12', '李四', 'C1'],
    ],
    checks: [
      {
        deal: 'C1',
        performance: split('张三', 0.5, '李四', 0.5),
        commission: split('张三', 0.5, '李四', 0.5),
        rule: 'walk-in-desk/R4',
      },
    ],
  },
  {
    name: 'walk-in-desk #2',
    preset: 'walk-in-desk',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ],
    checks: [{ customer: 'C1', owner: '李四', rule: 'walk-in-desk/R3' }],
  },
  {
    name: 'walk-in-desk #3',
    preset: 'walk-in-desk',
    rows: [
      ['C', '10-28', '张三', 'C2'],
      ['V', '11-01', '李四', 'C2', { designated: '张三' }],
    ],
    checks: [{ customer: 'C2', owner: '张三', rule: 'walk-in-desk/R6' }],
  },

  // 7.9 cross-customer
  {
    name: 'cross-customer #1',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-06', '张三', 'C1'],
      ['V', '11-12', '李四', 'C1'],
    ],
    checks: [{ asOf: '11-12', customer: 'C1', owner: '张三', status: 'protected' }],
  },
  {
    name: 'cross-customer #2',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-10', customer: 'C1', owner: '李四' },
      { asOf: '11-09', customer: 'C1', status: 'released', rule: 'cross-customer/R4.1' },
    ],
  },
  {
    name: 'cross-customer #3',
    preset: 'cross-customer',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-05', '李四', 'C1'],
    ],
    checks: [
      {
        deal: 'C1',
        performance: split('张三', 0.5, '李四', 0.5),
        commission: split('张三', 0.5, '李四', 0.5),
        rule: 'cross-customer/R4.3',
      },
    ],
  },
  {
    name: 'cross-customer #4',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-04', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-05', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'cross-customer/R3' }],
  },
  {
    name: 'cross-customer #5',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-03', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-06', customer: 'C1', owner: '张三', status: 'protected' },
      { asOf: '11-07', customer: 'C1', status: 'company', rule: 'cross-customer/R3' },
      { asOf: '11-07', conflict: 'callback-missed' },
    ],
  },
  {
    name: 'cross-customer #6',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-04', '李四', 'C8', { relation: '配偶', linked: 'C1' }],
    ],
    checks: [
      { asOf: '11-04', customer: 'C8', owner: '张三' },
      { asOf: '11-04', customer: 'C1', owner: '张三' },
    ],
  },
  {
    name: 'cross-customer #7',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-04', '李四', 'C9', { relation: '兄弟', linked: 'C1' }],
    ],
    checks: [
      { asOf: '11-04', customer: 'C9', owner: '李四' },
      { asOf: '11-04', customer: 'C1', owner: '张三' },
    ],
  },
  {
    name: 'cross-customer #8',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1', { entered: '11-11' }],
      ['V', '11-04', '李四', 'C1'],
      ['D', '11-04', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三') }],
  },
  {
    name: 'cross-customer #9',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1', { entered: '11-12' }],
      ['V', '11-04', '李四', 'C1'],
      ['D', '11-04', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: all('李四'), commission: all('李四'), rule: 'cross-customer/R4.2' },
      { conflict: 'late-evidence' },
    ],
  },

  // 7.10 dafang
  {
    name: 'dafang #1',
    preset: 'dafang',
    rows: [
      ['D', '11-01', '张三', 'C1'],
      ['F', '11-20', '张三', 'C1'],
    ],
    checks: [
      { asOf: '12-20', customer: 'C1', owner: '张三', status: 'protected' },
      { asOf: '12-21', customer: 'C1', status: 'released', rule: 'dafang/R4' },
    ],
  },
  {
    name: 'dafang #2',
    preset: 'dafang',
    staff: [['张三', 'rest', '11-15']],
    rows: [
      ['D', '11-01', '张三', 'C1'],
      ['V', '11-15', '李四', 'C1'],
      ['D', '11-15', '李四', 'C1'],
    ],
    checks: [
      {
        deal: 'C1',
        performance: split('张三', 0.5, '李四', 0.5),
        commission: split('张三', 0.5, '李四', 0.5),
        rule: 'dafang/R6',
      },
    ],
  },
  {
    name: 'dafang #3',
    preset: 'dafang',
    rows: [['V', '11-01', '张三', 'C1', { name: '王先生', noPhone: true }]],
    checks: [{ issue: { sheet: REGISTER, row: 2, level: 'weak' } }],
  },

  // 7.11 channel-confirm
  {
    name: 'channel-confirm #1',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { time: '09:00', channel: '渠道A', broker: '小明' }],
      ['V', '11-11', '张三', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '渠道A/小明', ownerKind: 'channel', status: 'protected', rule: 'channel-confirm/R3' },
    ],
  },
  {
    name: 'channel-confirm #2',
    preset: 'channel-confirm',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['Rep', '11-10', null, 'C1', { channel: '渠道A' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { conflict: 'report-rejected', rule: 'channel-confirm/R2' },
    ],
  },
  {
    name: 'channel-confirm #3',
    preset: 'channel-confirm',
    rows: [
      ['C', '10-15', '张三', 'C1'],
      ['Rep', '11-10', null, 'C1', { channel: '渠道A' }],
      ['V', '11-12', '张三', 'C1'],
    ],
    checks: [{ customer: 'C1', owner: '渠道A', ownerKind: 'channel' }],
  },
  {
    name: 'channel-confirm #4',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A' }],
      ['V', '11-15', '张三', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { asOf: '11-14', customer: 'C1', status: 'released', rule: 'channel-confirm/R3' },
      { asOf: '11-13', customer: 'C1', status: 'pending-visit', owner: '渠道A' },
    ],
  },
  {
    name: 'channel-confirm #5',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { time: '20:00', channel: '渠道A' }],
      ['V', '11-11', '张三', 'C1', { time: '07:00' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三', ownerKind: 'agent' },
      { conflict: 'report-rejected', rule: 'channel-confirm/R1' },
    ],
  },
  {
    name: 'channel-confirm #6',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['Rep', '11-10', null, 'C10', { channel: '渠道A', relation: '配偶', linked: 'C1' }],
    ],
    checks: [
      { customer: 'C10', owner: '张三' },
      { conflict: 'household-cut', rule: 'channel-confirm/R4' },
    ],
  },
  {
    name: 'channel-confirm #7',
    preset: 'channel-confirm',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['Rep', '11-10', null, 'C13', { channel: '渠道A', relation: '兄弟', linked: 'C1' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { customer: 'C13', ownerKind: 'pool' },
      { conflict: 'household-cut', rule: 'channel-confirm/R4' },
    ],
  },

  // 7.12 developer-direct
  {
    name: 'developer-direct #1',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1'],
      ['V', '11-02', '张三', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [{ deal: 'C1', category: 'direct', rule: 'developer-direct/R1' }],
  },
  {
    name: 'developer-direct #2',
    preset: 'developer-direct',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['Conf', '11-05', null, 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [{ deal: 'C1', category: 'agency', rule: 'developer-direct/R2' }],
  },
  {
    name: 'developer-direct #3',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { unit: null }],
      ['V', '11-02', '张三', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [{ deal: 'C1', category: 'agency' }, { issue: { sheet: FILINGS, row: 2, level: 'error' } }],
  },
  {
    name: 'developer-direct #4',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { name: '赵一' }],
      ['D', '11-10', '张三', 'C1', { name: '赵二' }],
    ],
    checks: [{ deal: 'C1', category: 'agency' }],
  },

  // 7.13 brokerage-viewing
  {
    name: 'brokerage-viewing #1',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2026-01-10', '张三', 'C1'],
      ['D', '2026-11-01', null, 'C1', { source: '他司', amount: 2_000_000 }],
    ],
    checks: [{ deal: 'C1', owed: { agent: '张三', amount: 60_000 }, rule: 'brokerage-viewing/R2' }],
  },
  {
    name: 'brokerage-viewing #2',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2025-10-01', '张三', 'C1'],
      ['D', '2026-11-01', null, 'C1', { source: '他司', amount: 2_000_000 }],
    ],
    checks: [{ deal: 'C1', owed: null }],
  },
  {
    name: 'brokerage-viewing #3',
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2026-03-01', '张三', 'C1'],
      ['D', '2026-11-01', null, 'C11', { relation: '子女', linked: 'C1', source: '业主自行交易', amount: 1_000_000 }],
    ],
    checks: [{ deal: 'C11', owed: { agent: '张三', amount: 30_000 }, rule: 'brokerage-viewing/R1' }],
  },

  // 7.14 daily-chem-filing
  {
    name: 'daily-chem-filing #1',
    preset: 'daily-chem-filing',
    rows: [['R', '08-01', '张三', 'C1']],
    checks: [{ asOf: '10-15', customer: 'C1', owner: '张三', status: 'protected', label: '⑥已登记未合作有客户保护' }],
  },
  {
    name: 'daily-chem-filing #2',
    preset: 'daily-chem-filing',
    rows: [['R', '08-01', '张三', 'C1']],
    checks: [
      {
        asOf: '11-02',
        customer: 'C1',
        status: 'released',
        label: '②已登记未合作无客户保护',
        rule: 'daily-chem-filing/R2',
      },
    ],
  },
  {
    name: 'daily-chem-filing #3',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['P', '09-15', '张三', 'C1'],
    ],
    checks: [
      { asOf: '12-10', customer: 'C1', status: 'protected', label: '③正合作有客户保护' },
      {
        asOf: '12-16',
        customer: 'C1',
        status: 'warning',
        label: '④正合作客户保护释放预警',
        rule: 'daily-chem-filing/R3',
      },
      { asOf: '2027-03-16', customer: 'C1', status: 'released', label: '⑤曾合作无客户保护完全释放' },
    ],
  },
  {
    name: 'daily-chem-filing #4',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['R', '08-20', '李四', 'C1'],
    ],
    checks: [
      { asOf: '08-21', customer: 'C1', owner: '张三' },
      { asOf: '08-21', conflict: 'second-filing', rule: 'daily-chem-filing/R1' },
    ],
  },
  {
    name: 'daily-chem-filing #5',
    preset: 'daily-chem-filing',
    rows: [['P', '08-01', '李四', 'C2']],
    checks: [{ asOf: '08-02', customer: 'C2', status: 'unregistered', label: '①未登记潜在客户' }],
  },

  // 7.15 tools-filing
  {
    name: 'tools-filing #1',
    preset: 'tools-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['V', '08-01', '张三', 'C1'],
      ['V', '09-01', '李四', 'C1'],
    ],
    checks: [
      { asOf: '09-02', customer: 'C1', owner: '张三' },
      { asOf: '09-02', conflict: 'forbidden-contact', rule: 'tools-filing/R2' },
    ],
  },
  {
    name: 'tools-filing #2',
    preset: 'tools-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['V', '08-01', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-02', customer: 'C1', status: 'released' },
      { asOf: '11-01', customer: 'C1', status: 'protected' },
    ],
  },
  {
    name: 'tools-filing #3',
    preset: 'tools-filing',
    rows: [
      ['R', '2026-01-05', '张三', 'C1'],
      ['D', '2026-01-10', '张三', 'C1'],
      ['P', '2026-03-01', null, 'C1'],
    ],
    checks: [
      { asOf: '2026-09-02', customer: 'C1', status: 'company', rule: 'tools-filing/R3' },
      { asOf: '2026-09-01', customer: 'C1', status: 'protected', owner: '张三' },
    ],
  },
  {
    name: 'tools-filing #4',
    preset: 'tools-filing',
    rows: [['D', '11-01', '李四', 'C2', { designated: '王五' }]],
    checks: [{ customer: 'C2', owner: '王五', rule: 'tools-filing/R5' }],
  },
];
