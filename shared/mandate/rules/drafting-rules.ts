/**
 * Council drafting: the legal basis a force needs, the verbs that go with it, tripwires kept out of
 * a published text, and values that contradict the plan or that the app proposed on its own.
 */
import { findClauseTemplate } from '../../content/clauses';
import type { Tripwire } from '../../plan/schema';
import { instrumentProfile } from '../authority';
import { paramSpecsFor, shortMissionName } from '../clause-factory';
import type { GuidanceContext, GuidanceRule, PlanClauseView } from '../guidance-types';
import { paramLink, unconfirmed } from '../plan-facts';
import { listItems } from '../templating';
import { TARGETS, clauseTarget, field, fitting, perClause, proposing } from './helpers';

const FORCE = /\ball necessary (means|measures)\b/i;

export const usesForce = (v: PlanClauseView): boolean => v.clause.kind === 'operative' && FORCE.test(v.rendered.text);

const consentTarget = field('mandate.consentBasis', 'review', 'Force used only in self-defence and defence of the mandate');

/** The plan's own statement of consent and self-defence, which is only true while the host consents. */
function consentBasis(ctx: GuidanceContext): boolean {
  return ctx.plan.mandate.consentBasis === true && (ctx.plan.situation.hostConsent === 'consents' || ctx.plan.situation.hostConsent === 'requested');
}

/** Hours named in a tripwire's expected response, e.g. "within 12 hours" → 12; null when none is named. */
export function responseHoursOf(tripwire: Pick<Tripwire, 'response'>): number | null {
  const m = /(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b/i.exec(tripwire.response);
  const d = /(\d+)\s*days?\b/i.exec(tripwire.response);
  if (m) return Number(m[1]);
  return d ? Number(d[1]) * 24 : null;
}

/** Text of a tripwire as it would read if quoted, normalised for comparison. */
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export const DRAFTING_RULES: readonly GuidanceRule[] = [
  {
    id: 'force-without-legal-basis',
    severity: 'blocking', step: 'review',
    title: 'Force authorized without a legal basis',
    summary: 'A paragraph authorizes "all necessary means/measures" with neither a threat determination and Chapter VII nor a stated consent and self-defence basis.',
    basis: { source: 'council-practice', ref: 'Article 39 determination and Chapter VII before enforcement, e.g. resolution 1270 (1999); basic principles of peacekeeping, resolution 2100 (2013)' },
    target: consentTarget,
    check: (ctx) => {
      const profile = instrumentProfile(ctx.plan);
      const threat = ctx.roles.has('threat-determination');
      const chapter = ctx.roles.has('chapter-vii');
      return perClause(ctx.clauses.filter(usesForce), (v) => {
        if (!profile.enforcementBasis) return 'An exchange of letters cannot authorize force. Put this paragraph in a Council resolution, or reword it without "all necessary means".';
        if (threat && (chapter || v.clause.chapterVii)) return null;
        if (consentBasis(ctx)) return null;
        const missing = [!threat && 'a paragraph determining that the situation constitutes a threat to international peace and security', !(chapter || v.clause.chapterVii) && `"Acting under ${profile.enforcementBasis}" (closing the preamble, or attached to this paragraph)`].filter(Boolean);
        return `This paragraph authorizes force but the text has no ${missing.join(' and no ')}. Add them, or state in the terms that the force acts with the host's consent and uses force only in self-defence and defence of the mandate.`;
      });
    },
  },
  {
    id: 'regional-force-needs-council',
    severity: 'warning', step: 'review',
    title: 'Enforcement by a regional body without the Security Council',
    summary: 'An AU communiqué or an EU Council Decision authorizes "all necessary means/measures" without relying on a Security Council resolution.',
    basis: { source: 'council-practice', ref: 'Article 53(1) of the Charter: no enforcement action under regional arrangements without the authorization of the Security Council; resolutions 1671 (2006) and 1778 (2007) authorized the EU forces' },
    target: consentTarget,
    check: (ctx) => {
      const instrument = instrumentProfile(ctx.plan).instrument;
      if (instrument !== 'au-psc-communique' && instrument !== 'eu-council-decision') return [];
      // A Council Decision whose recitals cite the Security Council's determination and Chapter VII relies on that resolution.
      if (instrument === 'eu-council-decision' && ctx.roles.has('threat-determination') && ctx.roles.has('chapter-vii')) return [];
      if (consentBasis(ctx)) return [];
      return perClause(ctx.clauses.filter(usesForce), () =>
        instrument === 'au-psc-communique'
          ? 'This paragraph authorizes force in a communiqué. Enforcement by a regional organization needs the Security Council\'s authorization: add a paragraph requesting the Security Council to authorize it, or state that the force acts with consent and uses force only in self-defence and defence of the mandate.'
          : 'This Article authorizes force, but the recitals cite no Security Council resolution that determines a threat and acts under Chapter VII. Add the determination and Chapter VII paragraphs (they become recitals citing the resolution), or state consent and self-defence.',
      );
    },
  },
  {
    id: 'authorizes-ordinary-task',
    severity: 'warning', step: 'clauses',
    title: '"Authorizes" used for an ordinary task',
    summary: '"Authorizes" opens a paragraph that neither authorizes force nor authorizes Member States or an organization.',
    basis: { source: 'council-practice', ref: '"Decides that the mandate of … shall include …" or "Requests …" for tasks; "Authorizes" for all necessary means/measures' },
    target: TARGETS.library,
    check: (ctx) =>
      perClause(ctx.clauses, (v) => {
        if (v.clause.kind !== 'operative' || !/^authorizes\b/i.test(v.clause.opening.trim()) || usesForce(v)) return null;
        // Member States or an organization may be authorized; the plan's own missions are tasked.
        const missions = [ctx.plan.cover.missionName, ctx.plan.mission.forceName ?? '', ctx.plan.situation.existingPresence.name].map(shortMissionName).filter(Boolean);
        const addressee = v.rendered.body.split(/[\s,]/)[0] ?? '';
        if (!missions.includes(addressee) && (/^(Member States|the (African|European) Union|the [A-Z][\w-]*( [A-Z][\w-]*)* (Organization|Community|Union)|[A-Z]{3,})\b/.test(v.rendered.body) || /acting nationally/.test(v.rendered.body))) return null;
        return 'The Council authorizes force or other actors; a task of the mission reads "Decides that the mandate of … shall include …" or "Requests … to …". Change the opening.';
      }),
  },
  {
    id: 'oth-no-one-authorized',
    severity: 'warning', step: 'clauses',
    title: 'Over-the-horizon force with no one authorized',
    summary: 'The over-the-horizon paragraph does not name who is authorized and who decides on deployment.',
    basis: { source: 'precedent', ref: 'resolution 1671 (2006): the European Union decides upon a request of the Secretary-General' },
    target: TARGETS.library,
    check: (ctx) =>
      perClause(ctx.clauses, (v) =>
        v.template?.id === 'dep-oth-force' && !v.clause.text.includes('{authorized_actor}')
          ? 'The paragraph sets up a force but names no Member States or organization authorized to deploy it, nor the request procedure. Put its wording back to the library\'s and fill in who is authorized.'
          : null,
      ),
  },
  {
    id: 'tripwire-quoted',
    severity: 'blocking', step: 'review',
    title: 'A tripwire that is not public is quoted in the mandate',
    summary: 'The mandate text quotes a tripwire marked as shared with the Council or restricted.',
    basis: { source: 'planning-practice', ref: 'published thresholds invite perpetrators to stay below them; tripwires belong in the plan and the rules of engagement' },
    target: TARGETS.tripwires,
    check: (ctx) =>
      ctx.plan.mission.tripwires
        .filter((t) => (t.disclosure ?? 'restricted') !== 'public' && norm(t.event).length >= 12)
        .flatMap((t) => {
          const quoting = ctx.clauses.find((v) => norm(v.rendered.text).includes(norm(t.event)) || listItems(Object.values(v.clause.params).join('\n')).some((line) => norm(line) === norm(t.event)));
          return quoting
            ? [{ subject: t.id, message: `${quoting.label.replace(/^./, (c) => c.toUpperCase())} quotes the tripwire "${t.event.trim()}", which is ${t.disclosure === 'council' ? 'shared with the Council only' : 'restricted'}. Take it out of the text, or mark the tripwire public.`, target: clauseTarget(quoting) }]
            : [];
        }),
  },
  {
    id: 'value-contradicts-plan',
    severity: 'warning', step: 'clauses',
    title: 'A clause value contradicts the plan',
    summary: 'A clause sets its own value for a fact of the plan, or promises a slower response than a tripwire expects.',
    basis: { source: 'planning-practice', ref: 'one set of planning facts behind every paragraph' },
    target: TARGETS.library,
    check: (ctx) =>
      perClause(ctx.clauses, (v) => {
        const notes: string[] = [];
        for (const spec of paramSpecsFor(v.clause)) {
          const link = paramLink(ctx.plan, v.clause, spec);
          const value = (v.clause.params[spec.name] ?? '').trim();
          if (link.state === 'overridden' && link.planValue && value && (spec.type === 'number' || spec.type === 'date') && value !== link.planValue) notes.push(`${spec.label.toLowerCase()} is ${value} here but ${link.planValue} in the plan`);
        }
        const hours = Number(v.clause.params['response_hours']);
        if (findClauseTemplate(v.clause.templateId)?.params.some((p) => p.name === 'response_hours') && hours > 0) {
          for (const t of ctx.plan.mission.tripwires) {
            const expected = responseHoursOf(t);
            if (expected !== null && expected < hours) notes.push(`the force needs ${hours} h to deploy, but the tripwire "${t.event.trim()}" expects a response within ${expected} h`);
          }
        }
        return notes.length ? `In this paragraph ${notes.join('; ')}.` : null;
      }),
  },
  {
    id: 'suggested-values-unconfirmed',
    severity: 'warning', step: 'clauses',
    title: 'Values proposed by the app, not yet confirmed',
    summary: 'A clause still holds a value the app proposed on its own.',
    basis: { source: 'planning-practice', ref: 'every figure in a mandate is a decision of the planner' },
    target: TARGETS.library,
    check: (ctx) =>
      perClause(ctx.clauses, (v) => {
        const names = unconfirmed(v.clause);
        if (!names.length) return null;
        const labels = paramSpecsFor(v.clause).filter((s) => names.includes(s.name)).map((s) => `${s.label.toLowerCase()} (${v.clause.params[s.name]})`);
        return `The app proposed ${labels.join(', ')}. Confirm or change ${labels.length === 1 ? 'it' : 'them'}.`;
      }),
  },
  {
    id: 'poc-companions-missing',
    severity: 'warning', step: 'clauses',
    title: 'Protection of civilians without its companion paragraphs',
    summary: 'A force protects civilians but the mandate neither gives protection priority in the use of resources nor keeps the host Government\'s primary responsibility.',
    basis: { source: 'precedent', ref: 'resolutions 1925 (2010), 2155 (2014), 2164 (2014)' },
    target: TARGETS.library,
    check: (ctx) => {
      const protects = ctx.deployment === true && ctx.clauses.some((v) => v.roles.has('protection') && v.template?.family === 'deployment');
      if (!protects) return [];
      const have = new Set(ctx.clauses.map((v) => v.template?.id));
      const missing = ['cc-poc-priority-resources', 'cc-poc-host-responsibility', 'cc-poc-women-children'].filter((id) => !have.has(id));
      const suggestions = fitting(ctx, missing);
      return missing.length === 3 && suggestions.length ? [proposing('The mandate tasks the force with protecting civilians; Council texts add that protection has priority in the use of capacity and resources, that it is without prejudice to the host Government\'s primary responsibility, and that women and children get specific protection.', suggestions)] : [];
    },
  },
  {
    id: 'chapter-vii-without-threat',
    severity: 'warning', step: 'clauses',
    title: 'Chapter VII without a threat determination',
    summary: 'The text acts under Chapter VII but does not determine that the situation constitutes a threat to international peace and security.',
    basis: { source: 'council-practice', ref: 'Article 39 of the Charter' },
    target: TARGETS.library,
    check: (ctx) => {
      const chapter = ctx.roles.has('chapter-vii') || ctx.clauses.some((v) => v.clause.chapterVii);
      return chapter && !ctx.roles.has('threat-determination') ? [proposing('The Council acts under Chapter VII only once it has determined a threat to international peace and security.', fitting(ctx, ['cc-pre-threat']))] : [];
    },
  },
];
