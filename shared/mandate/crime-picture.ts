/**
 * Which atrocity crimes the pattern of Framework risk factors points to: this app's own reading
 * aid, not a Framework result. The Framework neither ranks nor weights its factors and asks for a
 * qualitative judgement; the weights below are ours and say so wherever the picture is shown.
 * For every factor, factor 6 included (the *absence* of mitigating factors), more means more risk.
 * War crimes need an armed conflict, so they are only pointed to when the plan records one.
 */
import { CRIME_LABELS, CRIME_TYPES, RISK_FACTORS, riskFactor } from '../content/risk-factors';
import type { CrimeType } from '../content/risk-factors';
import type { RiskFactorAssessment, Situation } from '../plan/schema';

export type CrimeLevel = 'unknown' | 'minimal' | 'low' | 'moderate' | 'high';

/** Shown wherever the picture is, on screen and in the brief. */
export const HEURISTIC_NOTE =
  'A Mandate Planner heuristic, not a Framework finding: the Framework neither ranks nor weights its risk factors. The app averages the crime’s own factors (60%) with the common factors 1–8 (40%).';

export interface CrimeAssessment {
  crime: CrimeType;
  label: string;
  level: CrimeLevel;
  /** 0–3, or null when neither of the crime's own factors is rated. */
  score: number | null;
  /** Crime-specific factors rated moderate or high. */
  drivers: number[];
  /** Crime-specific factors not yet rated: the level then rests on part of the crime's own evidence. */
  unrated: number[];
  /**
   * True when the level is moderate or high, at least one of the crime's own factors is at moderate
   * or above, and, for war crimes, the plan records an armed conflict.
   */
  pointsTo: boolean;
  /** War crimes outside a recorded armed conflict: why the crime is not pointed to, in plain words. */
  heldBack?: string;
}

export interface CrimePicture {
  crimes: CrimeAssessment[];
  /** Mean of the rated common factors (1–8) on a 0–3 scale, or null if none is rated. */
  commonScore: number | null;
  unknownFactors: number[];
  summary: string;
}

const WEIGHT = { 'not-present': 0, low: 1, moderate: 2, high: 3, unknown: null } as const;
const SPECIFIC_SHARE = 0.6;
const COMMON_SHARE = 0.4;

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function levelFor(score: number): CrimeLevel {
  if (score < 0.5) return 'minimal';
  if (score < 1.25) return 'low';
  if (score < 2) return 'moderate';
  return 'high';
}

/** Moderate or high: the levels at which a crime can be pointed to. */
function elevated(level: CrimeLevel): boolean {
  return level === 'moderate' || level === 'high';
}

/** The Framework factors specific to one crime type (9–10, 11–12 or 13–14). */
function ownFactors(crime: CrimeType): number[] {
  return RISK_FACTORS.filter((f) => f.scope === crime).map((f) => f.number);
}

function warCrimesHeldBack(conflict: Situation['conflictContext']): string | undefined {
  if (conflict === 'armed-conflict') return undefined;
  return conflict === 'peace'
    ? 'War crimes need an armed conflict; the plan records peacetime.'
    : 'War crimes need an armed conflict; the plan does not yet say whether there is one.';
}

/**
 * Summarises the 14 factor levels as a level per crime type, with the factors that drive it.
 * `conflict` is the plan's conflict context; war crimes are pointed to only in an armed conflict.
 */
export function crimePicture(factors: readonly RiskFactorAssessment[], conflict: Situation['conflictContext'] = 'unknown'): CrimePicture {
  const weight = new Map(factors.map((f) => [f.factor, WEIGHT[f.level]]));
  const known = (n: number): number[] => {
    const w = weight.get(n);
    return w === null || w === undefined ? [] : [w];
  };
  const common = RISK_FACTORS.filter((f) => f.scope === 'common');
  const commonScore = mean(common.flatMap((f) => known(f.number)));

  const crimes = CRIME_TYPES.map((crime): CrimeAssessment => {
    const own = ownFactors(crime);
    const specific = mean(own.flatMap(known));
    const drivers = own.filter((n) => (weight.get(n) ?? 0) >= 2);
    const unrated = own.filter((n) => known(n).length === 0);
    const heldBack = crime === 'war-crimes' ? warCrimesHeldBack(conflict) : undefined;
    const base = { crime, label: CRIME_LABELS[crime], drivers, unrated, ...(heldBack ? { heldBack } : {}) };
    if (specific === null) return { ...base, level: 'unknown', score: null, pointsTo: false };
    const score = commonScore === null ? specific : SPECIFIC_SHARE * specific + COMMON_SHARE * commonScore;
    const level = levelFor(score);
    // The crime-specific factors are what tell the crimes apart: common factors alone point to none of them.
    return { ...base, level, score, pointsTo: !heldBack && drivers.length > 0 && elevated(level) };
  });

  const unknownFactors = factors.filter((f) => f.level === 'unknown').map((f) => f.factor);
  return { crimes, commonScore, unknownFactors, summary: summarise(crimes, unknownFactors) };
}

/**
 * "genocide (high)", or "genocide (high, with factor 10 not yet rated)": a level read from one of
 * the crime's two own factors must say so, or a planner reads genocide from intergroup tension alone.
 */
function pointedTo(c: CrimeAssessment): string {
  const missing = c.unrated.map((n) => `factor ${n}`).join(' and ');
  return `${c.label.toLowerCase()} (${c.level}${missing ? `, with ${missing} not yet rated` : ''})`;
}

function summarise(crimes: CrimeAssessment[], unknownFactors: number[]): string {
  if (crimes.every((c) => c.level === 'unknown')) return 'Not enough risk factors are rated to say which crimes the pattern points to.';
  const pointed = crimes.filter((c) => c.pointsTo).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const parts = [
    pointed.length
      ? `On the app’s heuristic, the pattern points to ${pointed.map(pointedTo).join(', ')}.`
      : 'On the app’s heuristic, no crime type stands out in the pattern yet.',
  ];
  const heldBack = crimes.find((c) => c.heldBack && c.drivers.length > 0 && elevated(c.level));
  if (heldBack?.heldBack) parts.push(`${heldBack.heldBack} Otherwise the heuristic would read ${heldBack.level}; check the conflict context.`);
  for (const c of crimes.filter((x) => !x.heldBack && !x.drivers.length && elevated(x.level))) {
    const own = ownFactors(c.crime).join(' and ');
    parts.push(`${c.label} reads ${c.level} on the common factors alone, but neither of its own factors (${own}) is at moderate or above, so the pattern does not point to it.`);
  }
  if (unknownFactors.length) parts.push(`Not yet rated: ${unknownFactors.map((n) => `${n} (${riskFactor(n).shortName.toLowerCase()})`).join(', ')}.`);
  return parts.join(' ');
}
