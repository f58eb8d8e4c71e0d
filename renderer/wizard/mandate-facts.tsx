import { setField } from '../../shared/plan/edit';
import type { Mission } from '../../shared/plan/schema';
import { TextField } from '../components/text-field';
import { NumberField } from './number-field';
import type { PlanChanger } from './plan-changer';

/**
 * The facts every paragraph that names them takes from the plan: typed once here, they flow into
 * the clauses and follow every change, unless a clause was given its own value.
 */
export function MandateFacts({ change, deployment, both }: { change: PlanChanger; deployment: boolean; both: boolean }) {
  const { plan } = change;
  const mission = plan.mission;
  // Optional fields are set with the whole mission, so a plan saved before they existed takes them too.
  const setMission = (patch: Partial<Mission>, label: string, typingKey?: string) => change.apply(setField(['mission'], { ...mission, ...patch }), label, typingKey);
  return (
    <section className="wz-section" aria-labelledby="wz-facts" data-target-id="mission.facts">
      <h4 className="wz-section-title" id="wz-facts">
        Names and facts the mandate quotes
      </h4>
      <p className="wz-section-lead">Type them once: every clause that names them takes them from here and follows when they change.</p>
      <div className="wz-param-grid">
        <TextField
          label={both ? 'Political mission: full name (ACRONYM)' : 'Mission: full name (ACRONYM)'}
          hint="The text gives the full name with the acronym at first use, then the acronym alone."
          value={plan.cover.missionName}
          maxLength={300}
          onChange={(v) => change.type(['cover', 'missionName'], v, 'edit mission name')}
          onBlur={change.endTyping}
        />
        {both && (
          <TextField
            label="Force: full name (ACRONYM)"
            hint="Deployment paragraphs address the force by this name, the others the political mission."
            value={mission.forceName ?? ''}
            maxLength={300}
            onChange={(v) => setMission({ forceName: v }, 'edit force name', 'mission.forceName')}
            onBlur={change.endTyping}
          />
        )}
        <TextField
          label="Host state"
          hint={`As the text names it after “the Government of”. Empty: the country on the cover${plan.cover.countryRegion ? ` (${plan.cover.countryRegion})` : ''}.`}
          value={mission.hostState ?? ''}
          maxLength={300}
          onChange={(v) => setMission({ hostState: v }, 'edit host state', 'mission.hostState')}
          onBlur={change.endTyping}
        />
        {deployment && (
          <NumberField label="Time to deploy" unit="hours" min={1} max={8760} allowEmpty value={mission.responseHours ?? null} onChange={(v) => setMission({ responseHours: v }, 'set time to deploy')} />
        )}
      </div>
    </section>
  );
}
