/**
 * Risk scores, rating bands and review dates. Score = likelihood × impact (1–25); the bands that
 * turn a score into low/medium/high/critical belong to the plan, because organisations differ.
 */
import { BAND_NAMES } from '../plan/schema';
import type { Band, Risk } from '../plan/schema';
import { DEFAULT_BANDS } from '../plan/new-plan';

export { DEFAULT_BANDS };
export type BandName = (typeof BAND_NAMES)[number];
export type ScoreKind = 'inherent' | 'residual' | 'target';

export const MIN_SCORE = 1;
export const MAX_SCORE = 25;

/** Likelihood × impact. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The likelihood and impact of one of the three ratings of a risk. */
export function ratingOf(risk: Risk, kind: ScoreKind): { likelihood: number; impact: number } {
  switch (kind) {
    case 'inherent':
      return { likelihood: risk.likelihood, impact: risk.impact };
    case 'residual':
      return { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
    case 'target':
      return { likelihood: risk.targetLikelihood, impact: risk.targetImpact };
  }
}

/** Score of one of the three ratings of a risk. */
export function scoreOf(risk: Risk, kind: ScoreKind): number {
  const r = ratingOf(risk, kind);
  return riskScore(r.likelihood, r.impact);
}

export const inherentScore = (risk: Risk): number => scoreOf(risk, 'inherent');
export const residualScore = (risk: Risk): number => scoreOf(risk, 'residual');
export const targetScore = (risk: Risk): number => scoreOf(risk, 'target');

/** Problems with a set of bands, in plain words; empty when the bands are usable. */
export function validateBands(bands: readonly Band[]): string[] {
  const problems: string[] = [];
  if (bands.length !== BAND_NAMES.length) {
    return [`There must be exactly ${BAND_NAMES.length} bands (${BAND_NAMES.join(', ')}); found ${bands.length}.`];
  }
  bands.forEach((band, i) => {
    const expected = BAND_NAMES[i]!;
    if (band.name !== expected) problems.push(`Band ${i + 1} should be "${expected}", not "${band.name}".`);
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max) || band.min < MIN_SCORE || band.max > MAX_SCORE) {
      problems.push(`The ${band.name} band must use whole scores between ${MIN_SCORE} and ${MAX_SCORE}.`);
    }
    if (band.min > band.max) problems.push(`The ${band.name} band starts at ${band.min} but ends at ${band.max}.`);
    if (i === 0 && band.min !== MIN_SCORE) problems.push(`The ${band.name} band must start at ${MIN_SCORE}.`);
    if (i === bands.length - 1 && band.max !== MAX_SCORE) problems.push(`The ${band.name} band must end at ${MAX_SCORE}.`);
    const prev = bands[i - 1];
    if (prev && band.min !== prev.max + 1) {
      problems.push(
        band.min <= prev.max
          ? `The ${prev.name} and ${band.name} bands overlap (${prev.max} and ${band.min}).`
          : `Scores ${prev.max + 1}–${band.min - 1} fall between the ${prev.name} and ${band.name} bands.`,
      );
    }
  });
  return problems;
}

/** Validation results per bands array: a register of thousands asks for the same bands each row. */
const checkedBands = new WeakMap<readonly Band[], readonly Band[]>();

function usableBands(bands: readonly Band[]): readonly Band[] {
  let usable = checkedBands.get(bands);
  if (!usable) {
    usable = validateBands(bands).length === 0 ? bands : DEFAULT_BANDS;
    checkedBands.set(bands, usable);
  }
  return usable;
}

/**
 * The band a score falls in. Bands that fail validateBands fall back to the default bands, so a
 * plan with a half-edited band table still shows every risk in some colour.
 */
export function bandFor(score: number, bands: readonly Band[] = DEFAULT_BANDS): BandName {
  const usable = usableBands(bands);
  const clamped = Math.min(MAX_SCORE, Math.max(MIN_SCORE, Math.round(score)));
  return (usable.find((b) => clamped >= b.min && clamped <= b.max) ?? usable[usable.length - 1]!).name;
}

/** The band of one of the three ratings of a risk. */
export function bandOf(risk: Risk, kind: ScoreKind, bands: readonly Band[] = DEFAULT_BANDS): BandName {
  return bandFor(scoreOf(risk, kind), bands);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2027-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Arithmetic rather than a Date object: the CSV import checks several dates on each of thousands of rows.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** The planner's local calendar day as YYYY-MM-DD (reviews fall due by the local date, not UTC). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YYYY-MM-DD day moved by a number of days. */
export function addDays(day: string, days: number): string {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`Not a date: ${day}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return date.toISOString().slice(0, 10);
}

const asDay = (today: string | Date): string => (typeof today === 'string' ? today : localDay(today));

/** An open risk whose next review date has passed. Closed risks are never overdue. */
export function isReviewOverdue(risk: Pick<Risk, 'status' | 'reviewDate'>, today: string | Date): boolean {
  return risk.status !== 'closed' && risk.reviewDate !== '' && risk.reviewDate < asDay(today);
}

/** An open risk with no next review date, which the register requires. */
export function isReviewMissing(risk: Pick<Risk, 'status' | 'reviewDate'>): boolean {
  return risk.status !== 'closed' && risk.reviewDate === '';
}

/** An acceptance whose expiry date has passed, so the risk must be re-approved or treated. */
export function isAcceptanceExpired(risk: Pick<Risk, 'acceptance'>, today: string | Date): boolean {
  const expires = risk.acceptance?.expiresOn ?? '';
  return expires !== '' && expires < asDay(today);
}
