import { describe, expect, it } from 'vitest';
import { BASIS_SOURCES } from '../../../shared/content/basis';
import { CLAUSE_LIBRARY, PARAM_TYPES, PLAN_SOURCES, POC_PHASES, POC_TIERS, SITUATION_TAGS, clauseTemplate, findClauseTemplate } from '../../../shared/content/clauses';
import { renderClauseText, templateParams } from '../../../shared/mandate/templating';
import { CLAUSE_FAMILIES } from '../../../shared/plan/schema';

const OPERATIVE_VERBS = /^(Decides|Authorizes|Requests|Calls upon|Demands|Condemns|Encourages|Reminds|Expresses its readiness|Expresses its determination|Urges|Stresses|Emphasizes)$/;
const PREAMBULAR_OPENINGS = /^(Reaffirming|Recalling|Having considered|Strongly condemning|Expressing grave concern|Bearing in mind|Welcoming|Underlining|Determining|Acting|Stressing)$/;

describe('clause library integrity', () => {
  it('ships at least 40 clauses with unique ids', () => {
    expect(CLAUSE_LIBRARY.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CLAUSE_LIBRARY.map((t) => t.id)).size).toBe(CLAUSE_LIBRARY.length);
    for (const t of CLAUSE_LIBRARY) expect(t.id).toMatch(/^(pol|dep|cc)-[a-z0-9-]+$/);
  });

  it('covers all three families with preambular and operative paragraphs', () => {
    for (const family of CLAUSE_FAMILIES) expect(CLAUSE_LIBRARY.filter((t) => t.family === family).length, family).toBeGreaterThanOrEqual(10);
    expect(CLAUSE_LIBRARY.some((t) => t.kind === 'preambular')).toBe(true);
    expect(CLAUSE_LIBRARY.filter((t) => t.kind === 'operative').length).toBeGreaterThan(30);
  });

  it('opens every operative clause with a verb and every preambular one with a participle', () => {
    for (const t of CLAUSE_LIBRARY) {
      expect(t.opening, t.id).toMatch(t.kind === 'operative' ? OPERATIVE_VERBS : PREAMBULAR_OPENINGS);
    }
  });

  it('declares every parameter a template uses, and uses every parameter it declares', () => {
    for (const t of CLAUSE_LIBRARY) {
      expect(templateParams(t.text).sort(), t.id).toEqual(t.params.map((p) => p.name).sort());
      expect(new Set(t.params.map((p) => p.name)).size, t.id).toBe(t.params.length);
    }
  });

  it('gives every parameter a valid name, type, label and an example that fits its type', () => {
    for (const t of CLAUSE_LIBRARY) {
      for (const p of t.params) {
        expect(p.name).toMatch(/^[a-z][a-z0-9_]{0,40}$/);
        expect(PARAM_TYPES).toContain(p.type);
        expect(p.label).not.toBe('');
        if (p.fromPlan) expect(PLAN_SOURCES).toContain(p.fromPlan);
        for (const sample of [p.example, p.default].filter((v): v is string => v !== undefined)) {
          const r = renderClauseText(`{${p.name}}`, { [p.name]: sample }, [p]);
          expect(r.gaps, `${t.id}.${p.name}`).toEqual([]);
          expect(r.invalid, `${t.id}.${p.name}`).toEqual([]);
        }
      }
    }
  });

  it('renders every template cleanly from its examples, without closing punctuation of its own', () => {
    for (const t of CLAUSE_LIBRARY) {
      const params = Object.fromEntries(t.params.map((p) => [p.name, p.example]));
      const r = renderClauseText(t.text, params, t.params);
      expect({ gaps: r.gaps, unknown: r.unknown, invalid: r.invalid, malformed: r.malformed }, t.id).toEqual({ gaps: [], unknown: [], invalid: [], malformed: [] });
      expect(t.text, t.id).not.toMatch(/[,;.:\s]$/);
    }
  });

  it('only lets operative clauses authorise tasks', () => {
    for (const t of CLAUSE_LIBRARY) if (t.authorisesTask) expect(t.kind, t.id).toBe('operative');
  });

  it('gives every clause a rationale, a known basis, known situation tags and at least one mission type', () => {
    for (const t of CLAUSE_LIBRARY) {
      expect(t.rationale.length, t.id).toBeGreaterThan(30);
      expect(BASIS_SOURCES).toContain(t.basis.source);
      expect(t.basis.ref).not.toBe('');
      expect(t.missionTypes.length).toBeGreaterThan(0);
      for (const tag of [...t.requires, ...t.favours]) expect(SITUATION_TAGS).toContain(tag);
    }
  });

  it('covers the three protection tiers in all four phases', () => {
    for (const tier of POC_TIERS) {
      for (const phase of POC_PHASES) {
        expect(CLAUSE_LIBRARY.some((t) => t.poc?.tier === tier && t.poc.phases.includes(phase)), `${tier} / ${phase}`).toBe(true);
      }
    }
  });

  it('includes the clauses the mandate shape needs: duration, review, reporting, transition, border monitoring, closing', () => {
    for (const role of ['duration', 'review', 'reporting', 'transition', 'border-monitoring', 'tripwires', 'escalation-ladder', 'closing'] as const) {
      expect(CLAUSE_LIBRARY.some((t) => t.roles.includes(role)), role).toBe(true);
    }
    expect(clauseTemplate('dep-border-monitoring').text).toMatch(/monitor the border areas .* report any developments/);
  });

  it('looks templates up by id and says clearly when one is missing', () => {
    expect(findClauseTemplate('cc-seized')?.opening).toBe('Decides');
    expect(findClauseTemplate(null)).toBeUndefined();
    expect(() => clauseTemplate('cc-nope')).toThrow(/no template "cc-nope"/);
  });
});
