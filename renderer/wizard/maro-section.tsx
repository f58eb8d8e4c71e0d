import { situationFieldPath } from '../../shared/plan/sensitive';
import { TextField } from '../components/text-field';
import { ChoiceGroup } from '../components/choice-group';
import { IMPARTIALITY_CHOICES } from './labels';
import type { PlanChanger } from './plan-changer';
import { SensitiveTick } from './sensitive-tick';

const PARTIES = [
  { key: 'perpetrators', label: 'Perpetrators', hint: 'Who may commit the crimes, and who backs them. A redacted brief always leaves this out.' },
  { key: 'victims', label: 'Victims', hint: 'Who is at risk, and where.' },
  { key: 'interveners', label: 'Interveners', hint: 'Who may act to prevent or stop the crimes.' },
  { key: 'bystanders', label: 'Bystanders', hint: 'Who watches, profits or could be drawn in.' },
] as const;

/** The MARO dynamics: every party adapts, impartiality is hard to keep, perpetrators may escalate. */
export function MaroSection({ change }: { change: PlanChanger }) {
  const maro = change.plan.situation.maro;
  return (
    <section className="wz-section" aria-labelledby="wz-maro">
      <h4 className="wz-section-title" id="wz-maro">
        Who is who, and how they will react
      </h4>
      <p className="wz-section-lead">Atrocity situations involve several parties who all adapt to each other and to the mission.</p>
      <div className="form-grid">
        {PARTIES.map((p) => (
          <div key={p.key} data-target-id={`situation.maro.${p.key}`}>
          <TextField
            label={p.label}
            hint={p.hint}
            multiline
            value={maro[p.key]}
            maxLength={20000}
            onChange={(v) => change.type(['situation', 'maro', p.key], v, `edit ${p.label.toLowerCase()}`)}
            onBlur={change.endTyping}
          />
          {p.key !== 'perpetrators' && <SensitiveTick change={change} path={situationFieldPath(`maro.${p.key}`)} what={p.label} />}
          </div>
        ))}
      </div>
      <div data-target-id="situation.maro.impartialityStance">
      <ChoiceGroup
        legend="The mission’s stance on impartiality"
        variant="cards"
        value={maro.impartialityStance}
        choices={IMPARTIALITY_CHOICES}
        onChange={(v) => change.set(['situation', 'maro', 'impartialityStance'], v, 'set impartiality stance')}
      />
      </div>
      <div data-target-id="situation.maro.escalationResponse">
        <TextField
          label="Expected escalation response"
          hint="How perpetrators are likely to react when the mission is announced and deployed, and how the plan covers that window."
          multiline
          value={maro.escalationResponse}
          maxLength={20000}
          onChange={(v) => change.type(['situation', 'maro', 'escalationResponse'], v, 'edit expected escalation')}
          onBlur={change.endTyping}
        />
        <SensitiveTick change={change} path={situationFieldPath('maro.escalationResponse')} what="Expected escalation response" />
      </div>
    </section>
  );
}
