import { useState } from 'react';
import { hasDeployment, hasPolitical } from '../../shared/mandate/situation-tags';
import { TextField } from '../components/text-field';
import { AuthorizationList } from './authorization-list';
import { ChoiceGroup } from '../components/choice-group';
import { MandateFacts } from './mandate-facts';
import { MISSION_TYPE_CHOICES, POLITICAL_FORM_CHOICES, POSTURE_CHOICES } from './labels';
import { NumberField } from './number-field';
import { PlanningSection } from './planning-section';
import type { PlanChanger } from './plan-changer';
import { TripwireList } from './tripwire-list';

const PERSONNEL = [
  { key: 'military', label: 'Military' },
  { key: 'police', label: 'Police' },
  { key: 'civilian', label: 'Civilian' },
] as const;

/** Step 3: mission type and form, the deployment's posture and tripwires, authorization and personnel. */
export function MissionStep({ change }: { change: PlanChanger }) {
  const mission = change.plan.mission;
  const [focusTripwire, setFocusTripwire] = useState<string | null>(null);
  const deployment = hasDeployment(change.plan) === true;
  const political = hasPolitical(change.plan) === true;
  return (
    <div className="wz-sections">
      <section className="wz-section" aria-labelledby="wz-mission-type" data-target-id="mission.type">
        <h4 className="wz-section-title" id="wz-mission-type">
          Kind of mission
        </h4>
        <ChoiceGroup legend="Mission type" variant="cards" value={mission.type} choices={MISSION_TYPE_CHOICES} onChange={(v) => change.set(['mission', 'type'], v, 'set mission type')} />
        {political && (
          <div data-target-id="mission.politicalForm">
            <ChoiceGroup legend="Form of the political mission" value={mission.politicalForm} choices={POLITICAL_FORM_CHOICES} onChange={(v) => change.set(['mission', 'politicalForm'], v, 'set political form')} />
          </div>
        )}
        {deployment && (
          <div data-target-id="mission.posture">
            <ChoiceGroup legend="Posture of the deployment" variant="cards" value={mission.posture} choices={POSTURE_CHOICES} onChange={(v) => change.set(['mission', 'posture'], v, 'set deployment posture')} />
          </div>
        )}
      </section>

      <MandateFacts change={change} deployment={deployment} both={mission.type === 'both'} />

      {deployment && mission.posture === 'over-the-horizon' && <TripwireList change={change} focusId={focusTripwire} onAdded={setFocusTripwire} />}

      <div data-target-id="mission.authorization">
        <AuthorizationList change={change} />
      </div>

      {mission.type !== 'undecided' && <PlanningSection change={change} deployment={deployment} />}

      <section className="wz-section" aria-labelledby="wz-personnel" data-target-id="mission.personnel">
        <h4 className="wz-section-title" id="wz-personnel">
          Personnel
        </h4>
        <p className="wz-section-lead">Ceilings the mandate can state; clauses added later pick them up.</p>
        <div className="wz-personnel">
          {PERSONNEL.map((p) => (
            <NumberField key={p.key} label={p.label} value={mission.personnel[p.key]} min={0} max={1_000_000} onChange={(v) => change.set(['mission', 'personnel', p.key], v ?? 0, `set ${p.label.toLowerCase()} personnel`)} />
          ))}
        </div>
        <TextField label="Notes on the mission design" multiline value={mission.notes} maxLength={20000} onChange={(v) => change.type(['mission', 'notes'], v, 'edit mission notes')} onBlur={change.endTyping} />
      </section>
    </div>
  );
}
