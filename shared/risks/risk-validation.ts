/**
 * Checks on a risk edit before it reaches the plan, with messages a planner can act on. The
 * inline editors of the register, bulk edits and the CSV import all use these same rules.
 */
import { RISK_CATEGORIES, RISK_STATUSES, TREATMENTS } from '../plan/schema';
import type { Risk } from '../plan/schema';
import { isIsoDate } from './scoring';

export type RiskPatch = Partial<Omit<Risk, 'id' | 'history'>>;

export interface RiskFieldProblem {
  field: string;
  message: string;
}

export const TITLE_MAX = 300;
export const TEXT_MAX = 20_000;

/**
 * A text's length as the plan schema counts it (zod counts code points: an emoji is one
 * character), so a title the plan accepts is accepted here and by the CSV import too.
 */
export function textLength(text: string): number {
  let surrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone half counts as one.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogates += 1;
        i += 1;
      }
    }
  }
  return text.length - surrogates;
}

/** Whether `text` is longer than `max` characters, counted as the schema counts them. */
export const tooLong = (text: string, max: number) => text.length > max && (text.length > 2 * max || textLength(text) > max);

const SCORE_FIELDS = {
  likelihood: 'Likelihood must be a whole number from 1 (rare) to 5 (almost certain).',
  impact: 'Impact must be a whole number from 1 (minimal) to 5 (severe).',
  residualLikelihood: 'Residual likelihood must be a whole number from 1 to 5.',
  residualImpact: 'Residual impact must be a whole number from 1 to 5.',
  targetLikelihood: 'Target likelihood must be a whole number from 1 to 5.',
  targetImpact: 'Target impact must be a whole number from 1 to 5.',
} as const;

const LONG_FIELDS = ['cause', 'consequence', 'mitigation'] as const;

/** True for an integer from 1 to 5. */
export const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/** Why a date string is unusable, or null when it is a real YYYY-MM-DD date. */
export function dateProblem(value: string, label: string): string | null {
  if (isIsoDate(value)) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${label} ${value} is not a real calendar date.`;
  return `Write the ${label.toLowerCase()} as YYYY-MM-DD, for example 2027-01-15.`;
}

const oneOf = (list: readonly string[]) => list.join(', ');

/**
 * Problems with a patch, empty when it can be applied. With `current`, cross-field rules (an
 * acceptance that expires before it was approved) are checked on the risk as it would become.
 */
export function validateRiskPatch(patch: RiskPatch, current?: Risk): RiskFieldProblem[] {
  const problems: RiskFieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if ('title' in patch) {
    const title = typeof patch.title === 'string' ? patch.title.trim() : '';
    if (title === '') add('title', 'Give the risk a title, phrased "If …, then …".');
    else if (tooLong(title, TITLE_MAX)) add('title', `The title is too long: at most ${TITLE_MAX} characters.`);
  }
  if ('owner' in patch) {
    const owner = typeof patch.owner === 'string' ? patch.owner.trim() : '';
    if (owner === '') add('owner', 'Name the person or post who owns this risk.');
    else if (tooLong(owner, TITLE_MAX)) add('owner', `The owner is too long: at most ${TITLE_MAX} characters.`);
  }
  if ('ref' in patch && (typeof patch.ref !== 'string' || patch.ref.trim() === '' || tooLong(patch.ref, TITLE_MAX))) {
    add('ref', 'Give the risk a short reference such as R-012.');
  }
  for (const [field, message] of Object.entries(SCORE_FIELDS)) {
    if (field in patch && !isScore(patch[field as keyof typeof SCORE_FIELDS])) add(field, message);
  }
  if ('category' in patch && !(RISK_CATEGORIES as readonly unknown[]).includes(patch.category)) {
    add('category', `Category must be one of: ${oneOf(RISK_CATEGORIES)}.`);
  }
  if ('treatment' in patch && !(TREATMENTS as readonly unknown[]).includes(patch.treatment)) {
    add('treatment', `Treatment must be one of: ${oneOf(TREATMENTS)}.`);
  }
  if ('status' in patch && !(RISK_STATUSES as readonly unknown[]).includes(patch.status)) {
    add('status', `Status must be one of: ${oneOf(RISK_STATUSES)}.`);
  }
  for (const field of LONG_FIELDS) {
    const v = patch[field];
    if (field in patch && (typeof v !== 'string' || tooLong(v, TEXT_MAX))) add(field, `The ${field} text is too long: at most ${TEXT_MAX} characters.`);
  }
  if ('reviewDate' in patch) {
    const v = typeof patch.reviewDate === 'string' ? patch.reviewDate : '';
    if (v === '') add('reviewDate', 'Set a next review date: every risk in the register needs one.');
    else {
      const p = dateProblem(v, 'Review date');
      if (p) add('reviewDate', p);
    }
  }
  if ('actions' in patch) checkActions(patch.actions, add);
  if ('acceptance' in patch) checkAcceptance(patch.acceptance, add);
  if ('linkedCapabilityIds' in patch && !Array.isArray(patch.linkedCapabilityIds)) add('linkedCapabilityIds', 'Linked capabilities must be a list.');

  if (current && problems.length === 0) {
    const merged = { ...current, ...patch };
    if (merged.treatment === 'accept' && 'acceptance' in patch && merged.acceptance === null) {
      add('acceptance', 'An accepted risk needs a record of who approved the acceptance.');
    }
  }
  return problems;
}

function checkActions(actions: unknown, add: (field: string, message: string) => void): void {
  if (!Array.isArray(actions)) return add('actions', 'Actions must be a list.');
  actions.forEach((a: Partial<Risk['actions'][number]>, i) => {
    if (typeof a?.text !== 'string' || a.text.trim() === '') add('actions', `Action ${i + 1} needs a description.`);
    if (typeof a?.dueDate === 'string' && a.dueDate !== '') {
      const p = dateProblem(a.dueDate, `Due date of action ${i + 1}`);
      if (p) add('actions', p);
    }
  });
}

function checkAcceptance(acceptance: Risk['acceptance'] | undefined, add: (field: string, message: string) => void): void {
  if (acceptance === null || acceptance === undefined) return;
  if (acceptance.approvedBy.trim() === '') add('acceptance', 'Record who approved accepting this risk.');
  for (const [key, label] of [['approvedOn', 'Approval date'], ['expiresOn', 'Expiry date']] as const) {
    const v = acceptance[key];
    if (v !== '') {
      const p = dateProblem(v, label);
      if (p) add('acceptance', p);
    }
  }
  if (isIsoDate(acceptance.approvedOn) && isIsoDate(acceptance.expiresOn) && acceptance.expiresOn < acceptance.approvedOn) {
    add('acceptance', 'The acceptance cannot expire before it was approved.');
  }
}
