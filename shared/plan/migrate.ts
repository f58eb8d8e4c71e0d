/**
 * Older plan files load through a chain of steps, one per format version (vN -> vN+1), followed by
 * a normalisation that puts tolerant-to-repair parts (like the 14 risk factors) into canonical shape.
 * A plan from a newer app is refused, never cut down to what this version understands.
 */
import { PlannerError } from '../result';
import { PLAN_VERSION, RISK_FACTOR_NUMBERS } from './schema';
import { upgradeV1ToV2 } from './migrations/v1-to-v2';

export type PlanData = Record<string, unknown>;

/**
 * Upgrades plan data of version N to version N+1; the pipeline stamps the new version number.
 * What the planner should know about the change goes into `notices`, in plain words.
 */
export type MigrationStep = (data: PlanData, notices: string[]) => PlanData;

/** `MIGRATIONS[N]` upgrades version N to N+1. Version 1 is the first format. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = { 1: upgradeV1ToV2 };

export interface Migrated {
  data: PlanData;
  fromVersion: number;
  /** What the upgrade changed, for the planner (empty when nothing was upgraded). */
  notices: string[];
}

const isPlainObject = (value: unknown): value is PlanData =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Brings plan data up to `targetVersion` (normally PLAN_VERSION).
 * Throws a PlannerError whose message is a reason clause ("it was saved in …"); parsePlanText
 * completes it with the file name.
 */
export function migratePlan(
  data: unknown,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  targetVersion: number = PLAN_VERSION,
): Migrated {
  if (!isPlainObject(data)) throw new PlannerError('NOT_A_PLAN', 'it does not contain plan data');
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new PlannerError('INVALID_PLAN', 'it has no valid format version number');
  }
  if (version > targetVersion) {
    throw new PlannerError(
      'NEWER_VERSION',
      `it was saved in plan format version ${version} by a newer Mandate Planner, and this copy reads format version ${targetVersion} and older. Update Mandate Planner to open it`,
    );
  }
  // Steps may change what they are given; the caller's data stays as it was read.
  let current: PlanData = version < targetVersion ? structuredClone(data) : data;
  const notices: string[] = [];
  for (let v = version; v < targetVersion; v++) {
    const step = steps[v];
    if (!step) {
      throw new PlannerError('INVALID_PLAN', `it uses plan format version ${v}, which this copy of Mandate Planner cannot upgrade`);
    }
    current = { ...step(current, notices), version: v + 1 };
  }
  return { data: current, fromVersion: version, notices };
}

/**
 * Puts the 14 Framework risk factors in order 1..14, drops repeats and adds missing ones as not yet
 * assessed, so a hand-edited or partly damaged file still opens. Returns what it repaired, in plain words.
 */
export function normalisePlanData(data: PlanData): { data: PlanData; notices: string[] } {
  const situation = data['situation'];
  if (!isPlainObject(situation) || !Array.isArray(situation['riskFactors'])) return { data, notices: [] };
  const given = situation['riskFactors'] as unknown[];
  const byFactor = new Map<number, unknown>();
  let repeats = 0;
  for (const entry of given) {
    const factor = isPlainObject(entry) ? entry['factor'] : undefined;
    // Anything unrecognisable is left for the schema to report rather than silently dropped.
    if (typeof factor !== 'number' || !RISK_FACTOR_NUMBERS.includes(factor as never)) return { data, notices: [] };
    if (byFactor.has(factor)) repeats++;
    else byFactor.set(factor, entry);
  }
  const missing = RISK_FACTOR_NUMBERS.filter((n) => !byFactor.has(n));
  const ordered = RISK_FACTOR_NUMBERS.map(
    (factor) => byFactor.get(factor) ?? { factor, level: 'unknown', indicators: [], notes: '', evidence: [] },
  );
  const notices: string[] = [];
  if (missing.length > 0) {
    notices.push(`Risk factor${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the UN Framework ${missing.length > 1 ? 'were' : 'was'} missing and ${missing.length > 1 ? 'have' : 'has'} been added as not yet assessed.`);
  }
  if (repeats > 0) notices.push(`${repeats} repeated risk-factor assessment${repeats > 1 ? 's were' : ' was'} ignored; the first of each was kept.`);
  const unchanged = missing.length === 0 && repeats === 0 && ordered.every((entry, i) => entry === given[i]);
  if (unchanged) return { data, notices };
  return { data: { ...data, situation: { ...situation, riskFactors: ordered } }, notices };
}
