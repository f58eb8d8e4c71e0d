/**
 * Which atrocity crimes the pattern of Framework risk factors points to. Factors are not ranked
 * and the picture is a reading aid, not a finding: more factors present means more risk, the
 * crime-specific factors (9–14) say which crime, and factor 6 records how strong mitigating
 * factors are, so a higher level there lowers the picture rather than raising it.
 */
import { CRIME_LABELS, CRIME_TYPES, RISK_FACTORS, riskFactor } from '../content/risk-factors';
import type { CrimeType } from '../content/risk-factors';
import type { RiskFactorAssessment } from '../plan/schema';

export type CrimeLevel = 'unknown' | 'minimal' | 'low' | 'moderate' | 'high';

export interface CrimeAssessment {
  crime: CrimeType;
  label: string;
  level: CrimeLevel;
  /** 0–3, or null when neither of the crime's own factors is rated. */
  score: number | null;
  /** Crime-specific factors rated moderate or high. */
  drivers: number[];
  /** True when the level is moderate or high. */
  pointsTo: boolean;
}

export interface CrimePicture {
  crimes: CrimeAssessment[];
  /** Mean of the rated common factors (1–5, 7, 8) on a 0–3 scale, or null if none is rated. */
  commonScore: number | null;
  /** Strength of mitigating factors (factor 6) on a 0–3 scale, or null while unknown. */
  mitigation: number | null;
  unknownFactors: number[];
  summary: string;
}

const WEIGHT = { 'not-present': 0, low: 1, moderate: 2, high: 3, unknown: null } as const;
const MITIGATING = 6;
const SPECIFIC_SHARE = 0.6;
const COMMON_SHARE = 0.4;
const MITIGATION_SHARE = 0.25;

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function levelFor(score: number): CrimeLevel {
  if (score < 0.5) return 'minimal';
  if (score < 1.25) return 'low';
  if (score < 2) return 'moderate';
  return 'high';
}

/** Summarises the 14 factor levels as a level per crime type, with the factors that drive it. */
export function crimePicture(factors: readonly RiskFactorAssessment[]): CrimePicture {
  const weight = new Map(factors.map((f) => [f.factor, WEIGHT[f.level]]));
  const known = (n: number): number[] => {
    const w = weight.get(n);
    return w === null || w === undefined ? [] : [w];
  };
  const common = RISK_FACTORS.filter((f) => f.scope === 'common' && !f.mitigating);
  const commonScore = mean(common.flatMap((f) => known(f.number)));
  const mitigation = weight.get(MITIGATING) ?? null;

  const crimes = CRIME_TYPES.map((crime): CrimeAssessment => {
    const own = RISK_FACTORS.filter((f) => f.scope === crime).map((f) => f.number);
    const specific = mean(own.flatMap(known));
    const drivers = own.filter((n) => (weight.get(n) ?? 0) >= 2);
    if (specific === null) return { crime, label: CRIME_LABELS[crime], level: 'unknown', score: null, drivers, pointsTo: false };
    const base = commonScore === null ? specific : SPECIFIC_SHARE * specific + COMMON_SHARE * commonScore;
    const score = Math.min(3, Math.max(0, base - MITIGATION_SHARE * (mitigation ?? 0)));
    const level = levelFor(score);
    return { crime, label: CRIME_LABELS[crime], level, score, drivers, pointsTo: level === 'moderate' || level === 'high' };
  });

  const unknownFactors = factors.filter((f) => f.level === 'unknown').map((f) => f.factor);
  return { crimes, commonScore, mitigation, unknownFactors, summary: summarise(crimes, mitigation, unknownFactors) };
}

function summarise(crimes: CrimeAssessment[], mitigation: number | null, unknownFactors: number[]): string {
  if (crimes.every((c) => c.level === 'unknown')) return 'Not enough risk factors are rated to say which crimes the pattern points to.';
  const pointed = crimes.filter((c) => c.pointsTo).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const parts = [
    pointed.length
      ? `The pattern points to ${pointed.map((c) => `${c.label.toLowerCase()} (${c.level})`).join(', ')}.`
      : 'No crime type stands out in the pattern yet.',
  ];
  if (mitigation !== null && mitigation >= 2) parts.push('Mitigating factors are present and lower the picture.');
  if (unknownFactors.length) parts.push(`Not yet rated: ${unknownFactors.map((n) => `${n} (${riskFactor(n).shortName.toLowerCase()})`).join(', ')}.`);
  return parts.join(' ');
}
