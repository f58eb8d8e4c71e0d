import { describe, expect, it } from 'vitest';
import * as shared from '../../../shared/plan/labels';
import * as wizard from '../../../renderer/wizard/labels';
import { CAPABILITY_STATUS_OPTIONS } from '../../../renderer/checklists/checklist-labels';
import { CATEGORY_OPTIONS, SOURCE_LABELS, STATUS_OPTIONS, TREATMENT_OPTIONS } from '../../../renderer/risks/risk-labels';
import { STEPS } from '../../../renderer/wizard/steps';

/** Each choice the screen offers, with the words the brief prints for the same value. */
const PAIRS: Array<[string, readonly { value: string; label: string }[], Record<string, string>]> = [
  ['pillar', wizard.PILLAR_CHOICES, shared.PILLAR_LABELS],
  ['stage', wizard.STAGE_CHOICES, shared.STAGE_LABELS],
  ['conflict', wizard.CONFLICT_CHOICES, shared.CONFLICT_LABELS],
  ['consent', wizard.CONSENT_CHOICES, shared.CONSENT_LABELS],
  ['perpetrator', wizard.PERPETRATOR_CHOICES, shared.PERPETRATOR_LABELS],
  ['tri-state', wizard.TRI_STATE_CHOICES, shared.TRI_STATE_LABELS],
  ['level', wizard.LEVEL_CHOICES, shared.LEVEL_LABELS],
  ['risk factor level', wizard.FACTOR_LEVEL_CHOICES, shared.FACTOR_LEVEL_LABELS],
  ['impartiality', wizard.IMPARTIALITY_CHOICES, shared.IMPARTIALITY_LABELS],
  ['mission type', wizard.MISSION_TYPE_CHOICES, shared.MISSION_TYPE_LABELS],
  ['political form', wizard.POLITICAL_FORM_CHOICES, shared.POLITICAL_FORM_LABELS],
  ['posture', wizard.POSTURE_CHOICES, shared.POSTURE_LABELS],
  ['rating', wizard.RATING_CHOICES, shared.RATING_LABELS],
  ['priority', wizard.PRIORITY_CHOICES, shared.PRIORITY_LABELS],
  ['capability status', CAPABILITY_STATUS_OPTIONS, shared.CAPABILITY_STATUS_LABELS],
  ['risk category', CATEGORY_OPTIONS, shared.RISK_CATEGORY_LABELS],
  ['risk status', STATUS_OPTIONS, shared.RISK_STATUS_LABELS],
  ['treatment', TREATMENT_OPTIONS, shared.TREATMENT_LABELS],
];

describe('the screen and the brief say the same words', () => {
  it.each(PAIRS)('offers every %s value, worded as the brief prints it', (_, choices, labels) => {
    expect(choices.map((c) => c.value).sort()).toEqual(Object.keys(labels).sort());
    for (const c of choices) expect(c.label).toBe(labels[c.value]);
  });

  it('names a risk’s source, a capability area and a wizard step as the brief does', () => {
    expect(SOURCE_LABELS).toBe(shared.RISK_SOURCE_LABELS);
    expect(STEPS.map((s) => s.label)).toEqual(Object.values(shared.STEP_LABELS));
  });

  it('calls a value nobody has judged yet by one name, never “Unknown”', () => {
    for (const [, choices] of PAIRS) for (const c of choices) expect(c.label).not.toMatch(/^Unknown$|^Unassessed$/);
  });
});
