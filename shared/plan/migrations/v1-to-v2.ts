/**
 * Plan format 1 → 2. Format 1 rated factor 6 as the *strength* of mitigating factors (a higher level
 * lowered the risk), against the Framework's own "absence of mitigating factors"; format 2 rates the
 * absence, so more means more risk like every other factor. The level is inverted on the scale and
 * the planner is told once. Ticks on indicators the Framework does not list for that factor become
 * a line of the factor's notes, or a tick on the Framework indicator that carries the same meaning.
 */
import { RETIRED_INDICATORS } from '../../content/framework/retired';

type Data = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Old strength of mitigating factors → new absence of them: the same scale read from the other end. */
const INVERTED: Readonly<Record<string, string>> = { 'not-present': 'high', low: 'moderate', moderate: 'low', high: 'not-present' };
const LEVEL_WORDS: Readonly<Record<string, string>> = { 'not-present': 'not present', low: 'low', moderate: 'moderate', high: 'high' };
const NOTES_LIMIT = 20_000;

function appendNote(notes: unknown, lines: string[]): string {
  const before = typeof notes === 'string' ? notes.trimEnd() : '';
  const added = lines.join('\n');
  const joined = before ? `${before}\n\n${added}` : added;
  return joined.length > NOTES_LIMIT ? joined.slice(0, NOTES_LIMIT) : joined;
}

interface Outcome {
  entry: unknown;
  moved: number;
  merged: number;
  factor6?: { from: string; to: string } | 'unrated';
}

function upgradeFactor(entry: unknown): Outcome {
  if (!isPlainObject(entry)) return { entry, moved: 0, merged: 0 };
  const next: Data = { ...entry };
  const outcome: Outcome = { entry: next, moved: 0, merged: 0 };
  const isFactor6 = next['factor'] === 6;
  if (isFactor6) {
    const level = next['level'];
    const to = typeof level === 'string' ? INVERTED[level] : undefined;
    if (to && typeof level === 'string') {
      next['level'] = to;
      outcome.factor6 = { from: level, to };
    } else outcome.factor6 = 'unrated';
  }
  const indicators = next['indicators'];
  if (!Array.isArray(indicators)) return outcome;
  const kept: unknown[] = [];
  const retiredTexts: string[] = [];
  for (const id of indicators) {
    const retired = typeof id === 'string' ? RETIRED_INDICATORS[id] : undefined;
    if (!retired) {
      if (!kept.includes(id)) kept.push(id);
    } else if (retired.mergedInto) {
      outcome.merged++;
      if (!kept.includes(retired.mergedInto)) kept.push(retired.mergedInto);
    } else {
      outcome.moved++;
      retiredTexts.push(`- ${retired.text}`);
    }
  }
  next['indicators'] = kept;
  if (retiredTexts.length) {
    const heading = isFactor6
      ? 'Recorded before plan format 2 as mitigating factors that were present (factor 6 now lists what is lacking):'
      : 'Ticked before plan format 2; not an indicator the Framework lists for this factor:';
    next['notes'] = appendNote(next['notes'], [heading, ...retiredTexts]);
  }
  return outcome;
}

function factor6Notice(change: Outcome['factor6']): string {
  const what = 'Factor 6 now records the absence of mitigating factors, as the UN Framework does: like every factor, more of it means more risk.';
  if (!change || change === 'unrated') return `${what} It was not rated in this plan, so no level was changed.`;
  return `${what} This plan rated the strength of mitigating factors as “${LEVEL_WORDS[change.from]}”, so factor 6 now reads “${LEVEL_WORDS[change.to]}”; check it on the Risk factors step.`;
}

/** The v1 → v2 step: factor 6 inverted, retired indicators re-filed, with what changed in `notices`. */
export function upgradeV1ToV2(data: Data, notices: string[]): Data {
  const situation = data['situation'];
  if (!isPlainObject(situation) || !Array.isArray(situation['riskFactors'])) return data;
  const outcomes = (situation['riskFactors'] as unknown[]).map(upgradeFactor);
  notices.push(factor6Notice(outcomes.find((o) => o.factor6)?.factor6));
  const moved = outcomes.filter((o) => o.moved > 0);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const movedTotal = moved.reduce((a, o) => a + o.moved, 0);
  const mergedTotal = outcomes.reduce((a, o) => a + o.merged, 0);
  if (movedTotal > 0) {
    const factors = moved.map((o) => (isPlainObject(o.entry) ? String(o.entry['factor']) : '?')).join(', ');
    notices.push(`Indicators now follow the Framework’s numbered lists: ${count(movedTotal, 'ticked indicator that is', 'ticked indicators that are')} not in them ${movedTotal === 1 ? 'was' : 'were'} copied into the notes of factor ${factors}.`);
  }
  if (mergedTotal > 0) notices.push(`${count(mergedTotal, 'ticked indicator was', 'ticked indicators were')} folded into the Framework indicator with the same meaning.`);
  return { ...data, situation: { ...situation, riskFactors: outcomes.map((o) => o.entry) } };
}
