/**
 * Two histories of one plan merged (docs/merge.md §4): Automerge merges; this module finds the
 * common ancestor, reports what each side changed and every place both changed one value
 * differently (including a deletion on one side of something the other side edited), and settles
 * those conflicts as the planner decides. No files, no clock.
 */
import * as A from './automerge';
import { PlannerError } from '../../../shared/result';
import { docValueAt, fromDocValue, ORDER, toDocValue } from './doc-shape';
import type { Json, JsonObject } from './doc-shape';
import { sameJson } from './apply-plan';
import { docPlan } from './plan-history';
import type { PlanDoc } from './plan-history';
import { describePath, summarise } from './merge-words';

export type DocPath = (string | number)[];

/** When and where a side made a change, as far as the file knows. */
export interface ChangeInfo {
  /** ISO time of the save, or null when the file does not say (its starting history). */
  at: string | null;
  /** Where it was made: `app`, `cli risks import`, … */
  via: string;
}

export interface Conflict {
  /** Stable within one merge: the document path joined. */
  id: string;
  /** Where in the document (element keys, not positions). */
  path: string[];
  /** "Risk R-004 "Militia" › owner": what the planner reads. */
  label: string;
  /** The value in each copy; null where that copy deleted it (`deleted` says which). */
  ours: Json;
  theirs: Json;
  deleted: 'ours' | 'theirs' | null;
  oursChange: ChangeInfo | null;
  theirsChange: ChangeInfo | null;
}

export interface MergeOutcome {
  /** The merged document: both histories, conflicts shown with Automerge's pick until settled. */
  doc: PlanDoc;
  /** The plan it holds (not yet schema-checked: the caller validates). */
  plan: JsonObject;
  conflicts: Conflict[];
  /** What each side changed since the copies diverged, one line per thing changed. */
  ours: string[];
  theirs: string[];
  /** Nothing new came from the other copy (it is this one, or an older state of it). */
  nothingNew: boolean;
}

export const NO_SHARED_HISTORY =
  'These two plans share no history: they were created separately, not copied from one plan, so they cannot be merged. Copy what you need from one into the other by hand.';

/**
 * Values the app writes itself, not the planner: the time of the last save. Both copies always
 * change it; it is not a decision, and the next save stamps it anew.
 */
const AUTOMATIC = new Set([['cover', 'modifiedAt'].join('\u0000')]);

interface Meta {
  hash: string;
  deps: string[];
  time: number;
  message: string | null;
}

const metaOf = (doc: PlanDoc): Meta[] => A.getChangesMetaSince(doc, []).map((m) => ({ hash: m.hash, deps: m.deps, time: m.time, message: m.message }));

/** Heads of the changes both histories hold: the state the two copies diverged from. */
function commonHeads(ours: Meta[], theirs: Meta[]): string[] {
  const theirHashes = new Set(theirs.map((m) => m.hash));
  const shared = ours.filter((m) => theirHashes.has(m.hash));
  const depended = new Set(shared.flatMap((m) => m.deps));
  return shared.filter((m) => !depended.has(m.hash)).map((m) => m.hash).sort();
}

const key = (path: readonly (string | number)[]) => path.join('\u0000');

/** The value paths a diff touched, the order lists left out (orders merge and never conflict). */
function touchedPaths(patches: A.Patch[]): string[][] {
  const out: string[][] = [];
  for (const patch of patches) {
    const at = patch.path.findIndex((p) => p === ORDER);
    if (at >= 0) continue;
    out.push(patch.path.map(String));
  }
  return out;
}

const isPrefix = (a: readonly string[], b: readonly string[]) => a.length <= b.length && a.every((p, i) => p === b[i]);

function infoOf(meta: Meta): ChangeInfo {
  let via = 'unknown';
  try {
    const parsed = JSON.parse(meta.message ?? '{}') as { via?: unknown };
    if (typeof parsed.via === 'string') via = parsed.via.slice(0, 80);
  } catch {
    // A message some other tool wrote: the change is still shown, its origin is not.
  }
  return { at: meta.time > 0 ? new Date(meta.time * 1000).toISOString() : null, via };
}

/** For one side: its changes since the base, each with the value paths it touched, newest last. */
function sideChanges(doc: PlanDoc, metas: Meta[], base: ReadonlySet<string>): { info: ChangeInfo; paths: string[][] }[] {
  return metas
    .filter((m) => !base.has(m.hash))
    .sort((a, b) => a.time - b.time)
    .map((m) => ({ info: infoOf(m), paths: touchedPaths(A.diff(doc, m.deps, [m.hash])) }));
}

function ancestorsOf(metas: Meta[], heads: readonly string[]): Set<string> {
  const byHash = new Map(metas.map((m) => [m.hash, m]));
  const seen = new Set<string>();
  const stack = [...heads];
  while (stack.length > 0) {
    const hash = stack.pop()!;
    if (seen.has(hash)) continue;
    seen.add(hash);
    for (const dep of byHash.get(hash)?.deps ?? []) stack.push(dep);
  }
  return seen;
}

/**
 * Merges the other copy's history into ours. Throws NOT_ALLOWED with a plain message when the two
 * share no history. Commutative in what it keeps: merging ours into theirs gives the same plan
 * and the same conflicts with the sides swapped.
 */
export function mergeDocs(ours: PlanDoc, theirs: PlanDoc): MergeOutcome {
  const oursMeta = metaOf(ours);
  const theirsMeta = metaOf(theirs);
  const baseHeads = commonHeads(oursMeta, theirsMeta);
  if (baseHeads.length === 0) throw new PlannerError('NOT_ALLOWED', NO_SHARED_HISTORY);
  const oursHeads = A.getHeads(ours);
  const theirsHeads = A.getHeads(theirs);
  const doc = A.merge(A.clone(ours), theirs);
  const allMeta = metaOf(doc);
  const base = ancestorsOf(allMeta, baseHeads);
  const baseView = A.view(doc, baseHeads);
  const oursView = A.view(doc, oursHeads);
  const theirsView = A.view(doc, theirsHeads);
  const oursPaths = touchedPaths(A.diff(doc, baseHeads, oursHeads));
  const theirsPaths = touchedPaths(A.diff(doc, baseHeads, theirsHeads));
  const oursHistory = sideChanges(doc, oursMeta, base);
  const theirsHistory = sideChanges(doc, theirsMeta, base);

  // Where both sides touched one value, or one side touched a value inside something the other replaced or deleted.
  const places = new Map<string, string[]>();
  const theirsByKey = new Set(theirsPaths.map(key));
  const prefixesOf = (path: readonly string[]) => path.map((_, i) => path.slice(0, i + 1));
  const theirsPrefixes = new Set(theirsPaths.flatMap((p) => prefixesOf(p).map(key)));
  for (const path of oursPaths) {
    if (theirsByKey.has(key(path)) || theirsPrefixes.has(key(path))) {
      // Theirs touched this path or something inside it: the place is ours's path.
      places.set(key(path), path);
      continue;
    }
    for (const prefix of prefixesOf(path)) {
      if (theirsByKey.has(key(prefix))) {
        places.set(key(prefix), prefix);
        break;
      }
    }
  }
  // Keep the outermost place only: a conflict over a whole risk covers its fields.
  const sorted = [...places.values()].sort((a, b) => a.length - b.length);
  const outer: string[][] = [];
  for (const place of sorted) if (!outer.some((o) => isPrefix(o, place))) outer.push(place);

  const latest = (history: { info: ChangeInfo; paths: string[][] }[], place: readonly string[]) =>
    [...history].reverse().find((c) => c.paths.some((p) => isPrefix(place, p) || isPrefix(p, place)))?.info ?? null;

  const conflicts: Conflict[] = [];
  for (const place of outer.sort((a, b) => key(a).localeCompare(key(b)))) {
    if (AUTOMATIC.has(key(place))) continue;
    const oursRaw = docValueAt(oursView, place);
    const theirsRaw = docValueAt(theirsView, place);
    const oursValue = oursRaw === undefined ? undefined : fromDocValue(oursRaw);
    const theirsValue = theirsRaw === undefined ? undefined : fromDocValue(theirsRaw);
    if (oursValue === undefined && theirsValue === undefined) continue;
    if (oursValue !== undefined && theirsValue !== undefined && sameJson(oursValue, theirsValue)) continue;
    conflicts.push({
      id: key(place),
      path: place,
      label: describePath(place, [oursView, theirsView, baseView]),
      ours: oursValue ?? null,
      theirs: theirsValue ?? null,
      deleted: oursValue === undefined ? 'ours' : theirsValue === undefined ? 'theirs' : null,
      oursChange: latest(oursHistory, place),
      theirsChange: latest(theirsHistory, place),
    });
  }
  return {
    doc,
    plan: docPlan(doc),
    conflicts,
    // The save stamp is not the planner's change: a side that only saved again changed nothing to tell.
    ours: summarise(oursPaths.filter((p) => !AUTOMATIC.has(key(p))), baseView, oursView),
    theirs: summarise(theirsPaths.filter((p) => !AUTOMATIC.has(key(p))), baseView, theirsView),
    nothingNew: theirsHeads.every((h) => oursMeta.some((m) => m.hash === h)),
  };
}

/** How the planner settled one conflict: one side's value, or a value they wrote. */
export type Choice = { pick: 'ours' | 'theirs' } | { pick: 'edited'; value: Json };

/**
 * The merged document with every conflict settled by one change on top (a value is written even
 * when it is the one the merge showed, so the settled conflict is not raised again). Throws when a
 * conflict has no choice: nothing is chosen silently.
 */
export function settle(outcome: MergeOutcome, choices: ReadonlyMap<string, Choice>, at: Date): { doc: PlanDoc; plan: JsonObject } {
  for (const conflict of outcome.conflicts) {
    if (!choices.has(conflict.id)) throw new PlannerError('BAD_REQUEST', `The conflict at ${conflict.label} has not been decided yet.`);
  }
  if (outcome.conflicts.length === 0) return { doc: outcome.doc, plan: outcome.plan };
  // A clone: the outcome stays usable (the planner may change a decision before applying it).
  const doc = A.change(A.clone(outcome.doc), { message: JSON.stringify({ via: 'merge' }), time: Math.floor(at.getTime() / 1000) }, (d) => {
    for (const conflict of outcome.conflicts) {
      const choice = choices.get(conflict.id)!;
      const deletedChosen = (choice.pick === 'ours' && conflict.deleted === 'ours') || (choice.pick === 'theirs' && conflict.deleted === 'theirs');
      const value = choice.pick === 'edited' ? choice.value : choice.pick === 'ours' ? conflict.ours : conflict.theirs;
      putAt(d as Record<string, unknown>, conflict.path, deletedChosen ? undefined : value);
    }
  });
  return { doc, plan: docPlan(doc) };
}

function putAt(root: Record<string, unknown>, path: readonly string[], value: Json | undefined): void {
  let at: Record<string, unknown> = root;
  for (const step of path.slice(0, -1)) {
    let next = at[step];
    if (next === null || typeof next !== 'object') {
      if (value === undefined) return;
      at[step] = {};
      next = at[step];
    }
    at = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) {
    delete at[last];
    return;
  }
  // An entity kept against the other side's deletion is back in its list's map; orderedKeys puts it at the end.
  at[last] = toDocValue(value);
}

/** Every conflict settled to one side: `--prefer mine|theirs`. */
export const preferAll = (outcome: MergeOutcome, side: 'ours' | 'theirs'): Map<string, Choice> => new Map(outcome.conflicts.map((c) => [c.id, { pick: side }]));
