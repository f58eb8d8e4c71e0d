/**
 * Filters the clause library for a plan: which templates suit the mission type, posture and
 * situation, which are recommended, and why, in words the planner can check.
 */
import { CLAUSE_LIBRARY } from '../content/clauses';
import type { ClauseFamily, ClauseKind, ClauseTemplate, SituationTag } from '../content/clauses';
import type { Plan } from '../plan/schema';
import { TAG_LABELS, situationTags } from './situation-tags';
import type { TagState } from './situation-tags';
import { matchesSearch, searchTerms, searchText } from './clause-search';
import type { SearchTerm } from './clause-search';

export type Relevance = 'recommended' | 'suitable' | 'unsuited';

export interface ClauseMatch {
  template: ClauseTemplate;
  relevance: Relevance;
  /** Plain-words reasons, e.g. "suits an over-the-horizon posture" or "needs host-state consent". */
  reasons: string[];
  /** How many clauses of the plan already come from this template. */
  inMandate: number;
}

export interface LibraryFilter {
  family?: ClauseFamily;
  kind?: ClauseKind;
  /** Words to find in the title, opening, wording or rationale: any case, plural or singular, or a synonym (clause-search.ts). */
  query?: string;
  /** Unsuited templates are listed last with their reason unless this is false. */
  includeUnsuited?: boolean;
}

const RELEVANCE_ORDER: Record<Relevance, number> = { recommended: 0, suitable: 1, unsuited: 2 };
const MISSION_LABEL = { political: 'political missions', 'preventive-deployment': 'preventive deployments' } as const;

/** How well one template fits the plan, with reasons; `tags` can be passed in to evaluate once. */
export function assessTemplate(
  plan: Plan,
  template: ClauseTemplate,
  tags: ReadonlyMap<SituationTag, TagState> = situationTags(plan),
): { relevance: Relevance; reasons: string[] } {
  const reasons: string[] = [];
  let unsuited = false;
  const type = plan.mission.type;
  if (type === 'political' || type === 'preventive-deployment') {
    if (!template.missionTypes.includes(type)) {
      unsuited = true;
      reasons.push(`meant for ${template.missionTypes.map((t) => MISSION_LABEL[t]).join(' and ')}`);
    }
  }
  let assumed = false;
  for (const tag of template.requires) {
    const state = tags.get(tag) ?? null;
    if (state === false) {
      unsuited = true;
      reasons.push(`needs ${TAG_LABELS[tag]}`);
    } else if (state === null) {
      assumed = true;
      reasons.push(`assumes ${TAG_LABELS[tag]} (not yet assessed)`);
    }
  }
  const favoured = template.favours.filter((tag) => tags.get(tag) === true);
  for (const tag of favoured) reasons.push(`suits ${TAG_LABELS[tag]}`);
  if (unsuited) return { relevance: 'unsuited', reasons };
  const essential = template.priority === 'essential' && !assumed;
  if (essential && !favoured.length) reasons.push('a core paragraph of most mandates');
  return { relevance: favoured.length || essential ? 'recommended' : 'suitable', reasons };
}

// The library is fixed, so each template's searchable text is built once.
const searchable = new WeakMap<ClauseTemplate, string>();
function matchesQuery(template: ClauseTemplate, terms: readonly SearchTerm[]): boolean {
  let text = searchable.get(template);
  if (text === undefined) {
    text = searchText([template.id, template.title, template.opening, template.text, template.rationale].join(' '));
    searchable.set(template, text);
  }
  return matchesSearch(text, terms);
}

/** The library for this plan: recommended first, then suitable, then (optionally) unsuited. */
export function filterClauseLibrary(plan: Plan, filter: LibraryFilter = {}): ClauseMatch[] {
  const tags = situationTags(plan);
  const used = new Map<string, number>();
  for (const c of plan.mandate.clauses) if (c.templateId) used.set(c.templateId, (used.get(c.templateId) ?? 0) + 1);
  const terms = filter.query ? searchTerms(filter.query) : [];
  const matches = CLAUSE_LIBRARY.filter(
    (t) => (!filter.family || t.family === filter.family) && (!filter.kind || t.kind === filter.kind) && matchesQuery(t, terms),
  ).map((template): ClauseMatch => ({ template, ...assessTemplate(plan, template, tags), inMandate: used.get(template.id) ?? 0 }));
  const shown = filter.includeUnsuited === false ? matches.filter((m) => m.relevance !== 'unsuited') : matches;
  // Array.prototype.sort is stable, so library order holds within each relevance group.
  return shown.sort((a, b) => RELEVANCE_ORDER[a.relevance] - RELEVANCE_ORDER[b.relevance]);
}
