/**
 * The plan as a redacted brief prints it: a copy without what identifies people, so that every
 * section (and any section added later) prints the redacted text without knowing about redaction.
 *
 * Left out: evidence sources, notes on potential perpetrators (the situation's notes on them and
 * the MARO "perpetrators" analysis), the author, the names of owners and approvers, every history
 * entry's author and values, and every field the planner marked sensitive.
 *
 * Owners are one string in the plan. The convention (shown as the field's hint) is a role,
 * optionally followed by a name: "Force commander (Col. A. Diallo)", "Chief analyst — J. Ruiz",
 * "Civil affairs: M. Haddad". A redacted copy keeps the role, the text before the first bracket,
 * dash, colon or comma. An owner field holding only a name is indistinguishable from a role, so a
 * planner who writes names alone marks that owner sensitive and the copy prints "withheld".
 */
import type { Plan, Risk } from '../plan/schema';
import { sensitivePaths } from '../plan/sensitive';

/** What a redacted copy prints in place of text it leaves out. */
export const WITHHELD = 'Withheld from this redacted copy';

/** The role part of an owner string ("Force commander (Col. Diallo)" → "Force commander"). */
export function roleOf(owner: string): string {
  const role = owner.split(/\s*(?:[([{:,;/]|\s[—–-]\s)/u)[0]!.trim();
  return owner.trim() && !role ? 'role withheld' : role;
}

const blankUnlessEmpty = (text: string) => (text.trim() ? WITHHELD : text);

type Marks = ReadonlySet<string>;

function redactRisk(risk: Risk, marks: Marks): Risk {
  const marked = (field: string) => marks.has(`risks/${risk.id}/${field}`);
  const text = (field: 'title' | 'cause' | 'consequence' | 'mitigation') => (marked(field) ? blankUnlessEmpty(risk[field]) : risk[field]);
  return {
    ...risk,
    title: text('title'),
    cause: text('cause'),
    consequence: text('consequence'),
    mitigation: text('mitigation'),
    owner: marked('owner') ? blankUnlessEmpty(risk.owner) : roleOf(risk.owner),
    actions: risk.actions.map((a) => ({ ...a, owner: roleOf(a.owner) })),
    acceptance: risk.acceptance ? { ...risk.acceptance, approvedBy: roleOf(risk.acceptance.approvedBy) } : null,
    // What changed and when stays; who changed it and what the text was do not.
    history: risk.history.map((h) => ({ ...h, by: '', from: '', to: h.field === 'risk' ? h.to : '' })),
  };
}

/** The plan with everything a redacted copy leaves out replaced by WITHHELD (or reduced to a role). */
export function redactPlan(plan: Plan): Plan {
  const marks: Marks = new Set(sensitivePaths(plan));
  const pick = (path: string, text: string) => (marks.has(path) ? blankUnlessEmpty(text) : text);
  const s = plan.situation;
  return {
    ...plan,
    cover: { ...plan.cover, author: blankUnlessEmpty(plan.cover.author) },
    situation: {
      ...s,
      perpetratorNotes: blankUnlessEmpty(s.perpetratorNotes),
      notes: pick('situation/notes', s.notes),
      existingPresence: { ...s.existingPresence, mandateSummary: pick('situation/existingPresence.mandateSummary', s.existingPresence.mandateSummary) },
      maro: {
        ...s.maro,
        perpetrators: blankUnlessEmpty(s.maro.perpetrators),
        victims: pick('situation/maro.victims', s.maro.victims),
        interveners: pick('situation/maro.interveners', s.maro.interveners),
        bystanders: pick('situation/maro.bystanders', s.maro.bystanders),
        escalationResponse: pick('situation/maro.escalationResponse', s.maro.escalationResponse),
      },
      riskFactors: s.riskFactors.map((f) => ({
        ...f,
        notes: pick(`factors/${f.factor}/notes`, f.notes),
        evidence: f.evidence.map((e) => ({ ...e, text: pick(`evidence/${e.id}/text`, e.text), source: blankUnlessEmpty(e.source) })),
      })),
    },
    mission: {
      ...plan.mission,
      notes: pick('mission/notes', plan.mission.notes),
      tripwires: plan.mission.tripwires.map((t) => ({
        ...t,
        event: pick(`tripwires/${t.id}/event`, t.event),
        observer: marks.has(`tripwires/${t.id}/observer`) ? blankUnlessEmpty(t.observer) : roleOf(t.observer),
        response: pick(`tripwires/${t.id}/response`, t.response),
      })),
    },
    capabilities: {
      items: plan.capabilities.items.map((c) => ({
        ...c,
        title: pick(`capabilities/${c.id}/title`, c.title),
        description: pick(`capabilities/${c.id}/description`, c.description),
        gapNote: pick(`capabilities/${c.id}/gapNote`, c.gapNote),
        evidence: pick(`capabilities/${c.id}/evidence`, c.evidence),
        owner: marks.has(`capabilities/${c.id}/owner`) ? blankUnlessEmpty(c.owner) : roleOf(c.owner),
      })),
    },
    risks: { ...plan.risks, items: plan.risks.items.map((r) => redactRisk(r, marks)) },
    brief: { ...plan.brief, distribution: plan.brief.distribution.map(roleOf) },
  };
}
