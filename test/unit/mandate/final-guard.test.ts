import { describe, expect, it } from 'vitest';
import { guardFinal } from '../../../shared/mandate/final-guard';
import { applyEdit, setField } from '../../../shared/plan/edit';
import { sampleWith } from './plans';

const finalSample = () => sampleWith((p) => void (p.mandate.status = 'final'));

describe('guardFinal', () => {
  it('returns a final mandate to draft when a situation edit makes a blocking problem appear', () => {
    const plan = finalSample();
    const after = applyEdit(plan, guardFinal(plan, setField(['mission', 'posture'], 'undecided')));
    expect(after.mission.posture).toBe('undecided');
    expect(after.mandate.status).toBe('draft');
  });

  it('leaves a final mandate final when the edit brings no blocking problem', () => {
    const plan = finalSample();
    const edit = setField(['situation', 'notes'], 'Ceasefire talks resumed on 3 November.');
    expect(guardFinal(plan, edit)).toBe(edit);
    expect(applyEdit(plan, guardFinal(plan, edit)).mandate.status).toBe('final');
  });

  it('passes edits to a draft through untouched, even ones that block', () => {
    const plan = sampleWith();
    const edit = setField(['mission', 'type'], 'undecided');
    expect(guardFinal(plan, edit)).toBe(edit);
  });
});
