import { describe, expect, it } from 'vitest';
import { CHECKLIST_CATALOGUE, isRelevantFor } from '../../../shared/content/checklist-items';
import { riskCatalogueEntry } from '../../../shared/content/risk-catalogue';
import { CAPABILITY_AREAS, capabilityItemSchema, idSchema, riskSchema } from '../../../shared/plan/schema';
import { itemFromCatalogue } from '../../../shared/capabilities/capability-edits';
import { riskFromDraft } from '../../../shared/risks/new-risk';

describe('checklist catalogue', () => {
  it('has at least 8 items in each of the three areas, with unique valid ids', () => {
    for (const area of CAPABILITY_AREAS) {
      expect(CHECKLIST_CATALOGUE.filter((e) => e.area === area).length, area).toBeGreaterThanOrEqual(8);
    }
    const ids = CHECKLIST_CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(idSchema.safeParse(id).success, id).toBe(true));
  });

  it('makes items the plan schema accepts', () => {
    for (const entry of CHECKLIST_CATALOGUE) {
      expect(capabilityItemSchema.safeParse(itemFromCatalogue(entry)).error?.issues ?? [], entry.id).toEqual([]);
    }
  });

  it('gives every critical item, and only those, a suggested risk the register accepts', () => {
    const ctx = { by: 'Tester', now: new Date('2026-11-25T09:00:00Z') };
    for (const entry of CHECKLIST_CATALOGUE) {
      expect(entry.suggestedRisk !== null, entry.id).toBe(entry.critical);
      if (!entry.suggestedRisk) continue;
      expect(entry.suggestedRisk.title, entry.id).toMatch(/^If .+, then .+/);
      if (entry.suggestedRisk.riskCatalogueId) expect(riskCatalogueEntry(entry.suggestedRisk.riskCatalogueId), entry.id).toBeDefined();
      const risk = riskFromDraft({ ...entry.suggestedRisk, source: 'capability', sourceRef: entry.id }, [], ctx);
      expect(riskSchema.safeParse(risk).error?.issues ?? [], entry.id).toEqual([]);
    }
    expect(CHECKLIST_CATALOGUE.filter((e) => e.critical).length).toBeGreaterThanOrEqual(9);
  });

  it('makes tripwire observation relevant only to an over-the-horizon force', () => {
    const tripwire = CHECKLIST_CATALOGUE.find((e) => e.id === 'chk-surv-tripwire-observation')!;
    expect(isRelevantFor(tripwire, { type: 'preventive-deployment', posture: 'over-the-horizon' })).toBe(true);
    expect(isRelevantFor(tripwire, { type: 'preventive-deployment', posture: 'in-area' })).toBe(false);
  });
});
