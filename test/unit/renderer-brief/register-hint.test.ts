import { describe, expect, it } from 'vitest';
import { BRIEFING_RISKS } from '../../../shared/brief/printed-risks';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Risk } from '../../../shared/plan/schema';
import { registerHint } from '../../../renderer/brief/register-hint';

describe('the hint under the full-register choice', () => {
  it('counts every risk when the full register is on', () => {
    const risks = createSamplePlan().risks.items;
    expect(registerHint(true, risks)).toContain(`(${risks.length} risks)`);
  });

  it('says every risk prints when none is left out, and how many are left out otherwise', () => {
    const risks = createSamplePlan().risks.items.filter((r) => r.status !== 'closed');
    expect(registerHint(false, risks.slice(0, 1))).toMatch(/: here every risk\.$/);
    const many: Risk[] = Array.from({ length: BRIEFING_RISKS + 7 }, (_, i) => ({ ...risks[0]!, id: `r${i}`, ref: `R-${i}` }));
    expect(registerHint(false, many)).toContain(`here ${BRIEFING_RISKS}, leaving out 7`);
  });
});
