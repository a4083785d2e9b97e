// Public face of the engine: records + policy + as-of day -> result. Pure; no I/O.
export * from './types';
export * from './calendar';
export { annotate } from './annotate';
export { monthSummary, type MonthSummary, type AgentMonth } from './month';
export { dealTally, tallyText, type DealTally } from './tally';
