import { situationFieldPath } from '../../shared/plan/sensitive';
import { TextField } from '../components/text-field';
import { ChoiceGroup } from '../components/choice-group';
import { CONFLICT_CHOICES, CONSENT_CHOICES, LEVEL_CHOICES, PERPETRATOR_CHOICES, PILLAR_CHOICES, STAGE_CHOICES, TRI_STATE_CHOICES } from './labels';
import type { PlanChanger } from './plan-changer';
import { SensitiveTick } from './sensitive-tick';
import { togglePerpetrator } from './perpetrators';

/** Step 1: the R2P context, consent, potential perpetrators, presence on the ground and dynamics. */
export function SituationStep({ change }: { change: PlanChanger }) {
  const s = change.plan.situation;
  const presence = s.existingPresence;
  return (
    <div className="wz-sections">
      <section className="wz-section" aria-labelledby="wz-sit-context">
        <h4 className="wz-section-title" id="wz-sit-context">
          Context
        </h4>
        <div data-target-id="situation.r2pPillar"><ChoiceGroup legend="R2P pillar" variant="cards" value={s.r2pPillar} choices={PILLAR_CHOICES} onChange={(v) => change.set(['situation', 'r2pPillar'], v, 'set R2P pillar')} /></div>
        <div data-target-id="situation.atrocityStage"><ChoiceGroup legend="How close are atrocity crimes?" value={s.atrocityStage} choices={STAGE_CHOICES} onChange={(v) => change.set(['situation', 'atrocityStage'], v, 'set atrocity stage')} /></div>
        <div data-target-id="situation.conflictContext"><ChoiceGroup legend="Conflict context" value={s.conflictContext} choices={CONFLICT_CHOICES} onChange={(v) => change.set(['situation', 'conflictContext'], v, 'set conflict context')} /></div>
      </section>

      <section className="wz-section" aria-labelledby="wz-sit-host">
        <h4 className="wz-section-title" id="wz-sit-host">
          Host state and perpetrators
        </h4>
        <div data-target-id="situation.hostConsent"><ChoiceGroup legend="Host-state consent" value={s.hostConsent} choices={CONSENT_CHOICES} onChange={(v) => change.set(['situation', 'hostConsent'], v, 'set host-state consent')} /></div>
        <fieldset className="wz-checks" data-target-id="situation.perpetrators">
          <legend className="choice-legend">Potential perpetrators</legend>
          <p className="field-hint">Tick every kind that applies.</p>
          {PERPETRATOR_CHOICES.map((c) => (
            <label key={c.value} className="wz-check">
              <input
                type="checkbox"
                checked={s.perpetrators.includes(c.value)}
                onChange={(e) => change.set(['situation', 'perpetrators'], togglePerpetrator(s.perpetrators, c.value, e.target.checked), e.target.checked ? 'mark potential perpetrator' : 'unmark potential perpetrator')}
              />
              <span className="wz-check-text">
                <span className="wz-check-label">{c.label}</span>
                <span className="wz-check-detail">{c.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextField
          label="Notes on the potential perpetrators"
          multiline
          value={s.perpetratorNotes}
          maxLength={20000}
          onChange={(v) => change.type(['situation', 'perpetratorNotes'], v, 'edit perpetrator notes')}
          onBlur={change.endTyping}
        />
      </section>

      <section className="wz-section" aria-labelledby="wz-sit-presence" data-target-id="situation.existingPresence">
        <h4 className="wz-section-title" id="wz-sit-presence">
          Presence on the ground
        </h4>
        <label className="wz-check">
          <input type="checkbox" checked={presence.exists} onChange={(e) => change.set(['situation', 'existingPresence', 'exists'], e.target.checked, 'set existing presence')} />
          <span className="wz-check-text">
            <span className="wz-check-label">An international mission is already on the ground</span>
            <span className="wz-check-detail">Expanding a mission that is already there is usually the fastest route.</span>
          </span>
        </label>
        {presence.exists && (
          <div className="wz-indent">
            <TextField
              label="Name of the mission"
              value={presence.name}
              maxLength={300}
              onChange={(v) => change.type(['situation', 'existingPresence', 'name'], v, 'edit existing mission name')}
              onBlur={change.endTyping}
            />
            <TextField
              label="Its current mandate"
              multiline
              value={presence.mandateSummary}
              maxLength={20000}
              onChange={(v) => change.type(['situation', 'existingPresence', 'mandateSummary'], v, 'edit existing mandate')}
              onBlur={change.endTyping}
            />
            <label className="wz-check">
              <input
                type="checkbox"
                checked={presence.atrocityPreventionInMandate}
                onChange={(e) => change.set(['situation', 'existingPresence', 'atrocityPreventionInMandate'], e.target.checked, 'set atrocity prevention in existing mandate')}
              />
              <span className="wz-check-text">
                <span className="wz-check-label">Its mandate already includes atrocity prevention</span>
              </span>
            </label>
          </div>
        )}
      </section>

      <section className="wz-section" aria-labelledby="wz-sit-dynamics" data-target-id="situation.objectivesReconcilable">
        <h4 className="wz-section-title" id="wz-sit-dynamics">
          Dynamics
        </h4>
        <ChoiceGroup
          legend="Are the parties’ political objectives reconcilable?"
          hint="Mediation helps only when they are."
          value={s.objectivesReconcilable}
          choices={TRI_STATE_CHOICES}
          onChange={(v) => change.set(['situation', 'objectivesReconcilable'], v, 'set reconcilable objectives')}
        />
        <ChoiceGroup legend="Power imbalance between perpetrators and victims" value={s.powerImbalance} choices={LEVEL_CHOICES} onChange={(v) => change.set(['situation', 'powerImbalance'], v, 'set power imbalance')} />
        <ChoiceGroup legend="Risk of spill-over to neighbours" value={s.spilloverRisk} choices={LEVEL_CHOICES} onChange={(v) => change.set(['situation', 'spilloverRisk'], v, 'set spill-over risk')} />
        <TextField
          label="Other notes on the situation"
          multiline
          value={s.notes}
          maxLength={20000}
          onChange={(v) => change.type(['situation', 'notes'], v, 'edit situation notes')}
          onBlur={change.endTyping}
        />
        <SensitiveTick change={change} path={situationFieldPath('notes')} what="Other notes on the situation" />
      </section>
    </div>
  );
}
