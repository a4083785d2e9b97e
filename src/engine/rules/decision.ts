// What a deal rule decides: the two shares (rulebook §5), the rules that decided them, why, and
// a fee owed where the deal was closed elsewhere (brokerage-viewing).
import type { Text } from '../messages';
import type { Shares } from '../types';

export interface Decision {
  performance: Shares;
  commission: Shares;
  rules: string[];
  text: Text[];
  owed?: { agent: string; amount: number } | null;
}
