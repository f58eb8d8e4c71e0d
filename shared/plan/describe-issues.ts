/**
 * Turns zod validation issues into lines a planner can act on:
 * "risks.items[3].likelihood: must be between 1 and 5".
 */
import type { z } from 'zod';
import { schemaAt, unwrapSchema } from './schema-walk';

export const MAX_LISTED_PROBLEMS = 5;

type Issue = z.core.$ZodIssue;

/** `['risks','items',3,'likelihood']` -> `risks.items[3].likelihood`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be a group of fields',
  record: 'must be a group of fields',
  null: 'must be empty (null)',
};

function numberBounds(root: z.ZodType | null, path: readonly PropertyKey[]): { min: number | null; max: number | null } {
  const leaf = root ? schemaAt(root, path) : null;
  const bounds = leaf ? (unwrapSchema(leaf) as { minValue?: number | null; maxValue?: number | null }) : {};
  const finite = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : null);
  return { min: finite(bounds.minValue), max: finite(bounds.maxValue) };
}

function sizeWords(issue: Issue & { code: 'too_big' | 'too_small' }, root: z.ZodType | null): string {
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  const atMost = issue.code === 'too_big';
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint': {
      const { min, max } = numberBounds(root, issue.path);
      if (min !== null && max !== null) return `must be between ${min} and ${max}`;
      return atMost ? `must be at most ${limit}` : `must be at least ${limit}`;
    }
    case 'string':
      if (!atMost && limit === 1) return 'must not be empty';
      return atMost ? `is too long (at most ${limit} characters)` : `is too short (at least ${limit} characters)`;
    case 'array':
    case 'set':
      if ('exact' in issue && issue.exact) return `must have exactly ${limit} entries`;
      return atMost ? `has too many entries (at most ${limit})` : `needs at least ${limit} entr${limit === 1 ? 'y' : 'ies'}`;
    default:
      return atMost ? `is too large (at most ${limit})` : `is too small (at least ${limit})`;
  }
}

function formatWords(issue: Issue & { code: 'invalid_format' }, root: z.ZodType | null): string {
  const { format, message } = issue;
  if (format === 'datetime') return 'must be a date and time such as 2026-10-01T09:00:00Z';
  if (format === 'date') {
    // Dates the planner has not set yet are empty strings; say so where the field allows it.
    const leaf = root ? schemaAt(root, issue.path) : null;
    return leaf?.safeParse('').success ? 'must be a date written as YYYY-MM-DD, or left empty' : 'must be a date written as YYYY-MM-DD';
  }
  // Custom messages from the schema (like the id rule) are already written for people.
  if (format === 'regex' && !message.startsWith('Invalid')) return message;
  return 'contains characters or a layout that is not allowed here';
}

function unionWords(issue: Issue & { code: 'invalid_union' }): string {
  const branches = issue.errors.flat();
  const allowsEmpty = branches.some((b) => b.code === 'invalid_value' && b.values.length === 1 && b.values[0] === '');
  const date = branches.find((b) => b.code === 'invalid_format' && b.format === 'date');
  if (date) return allowsEmpty ? 'must be a date written as YYYY-MM-DD, or left empty' : 'must be a date written as YYYY-MM-DD';
  return 'is not one of the accepted kinds of value';
}

/** One plain-language line for one issue; `root` lets number limits be stated in full. */
export function describeIssue(issue: Issue, root: z.ZodType | null = null): string {
  const where = formatPath(issue.path) || 'the whole document';
  let what: string;
  switch (issue.code) {
    case 'invalid_type':
      what = /received undefined/.test(issue.message) ? 'is missing' : (TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`);
      break;
    case 'too_big':
    case 'too_small':
      what = sizeWords(issue, root);
      break;
    case 'invalid_value':
      what =
        issue.values.length === 1
          ? `must be ${JSON.stringify(issue.values[0])}`
          : `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
      break;
    case 'invalid_format':
      what = formatWords(issue, root);
      break;
    case 'invalid_union':
      what = unionWords(issue);
      break;
    case 'invalid_key':
      what = 'is not an allowed name here';
      break;
    case 'unrecognized_keys':
      what = `has unexpected fields: ${issue.keys.join(', ')}`;
      break;
    default:
      what = issue.message;
  }
  return `${where}: ${what}`;
}

/** The first few issues as readable lines, plus how many there were in all. */
export function describeIssues(issues: readonly Issue[], root: z.ZodType | null = null, max = MAX_LISTED_PROBLEMS): { lines: string[]; total: number } {
  return { lines: issues.slice(0, max).map((issue) => describeIssue(issue, root)), total: issues.length };
}
