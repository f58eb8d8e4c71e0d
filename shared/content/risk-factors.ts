/**
 * The 14 risk factors of the UN Framework of Analysis for Atrocity Crimes (2014), each with its
 * definition and the Framework's numbered indicators a planner can tick (shared/content/framework).
 * Factor names and numbers follow the Framework; indicator wording is our paraphrase. Indicator ids
 * are stored in plans (situation.riskFactors[].indicators), so they never change once shipped.
 * The Framework neither ranks nor weights factors; for every factor, more of it means more risk.
 */
import { FACTORS_1_TO_4 } from './framework/factors-1-4';
import { FACTORS_5_TO_8 } from './framework/factors-5-8';
import { FACTORS_9_TO_14 } from './framework/factors-9-14';
import type { RiskFactorDefinition, RiskIndicator } from './framework/types';

export { CRIME_LABELS, CRIME_TYPES } from './framework/types';
export type { CrimeType, FactorScope, RiskFactorDefinition, RiskIndicator } from './framework/types';
export { RETIRED_INDICATORS } from './framework/retired';

export const RISK_FACTORS: readonly RiskFactorDefinition[] = [...FACTORS_1_TO_4, ...FACTORS_5_TO_8, ...FACTORS_9_TO_14];

const byNumber = new Map(RISK_FACTORS.map((f) => [f.number, f]));
const indicatorIndex = new Map(RISK_FACTORS.flatMap((f) => f.indicators.map((i) => [i.id, { factor: f, indicator: i }] as const)));

/** The Framework factor with this number (1–14). */
export function riskFactor(number: number): RiskFactorDefinition {
  const found = byNumber.get(number);
  if (!found) throw new Error(`No risk factor ${number}; the Framework has factors 1 to 14.`);
  return found;
}

/** The indicator with this id and its factor, or undefined for an id the catalogue does not know. */
export function findIndicator(id: string): { factor: RiskFactorDefinition; indicator: RiskIndicator } | undefined {
  return indicatorIndex.get(id);
}

/** "7.9 Increased serious violence …": how an indicator is cited on screen and in the brief. */
export function indicatorLabel(indicator: RiskIndicator): string {
  return `${indicator.number} ${indicator.text}`;
}
