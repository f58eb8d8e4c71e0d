import { AUTHORIZATION_FACTORS } from '../../shared/plan/schema';
import { ChoiceGroup } from '../components/choice-group';
import { AUTHORIZATION_DETAILS, AUTHORIZATION_LABELS, RATING_CHOICES } from './labels';
import type { PlanChanger } from './plan-changer';

/** The six factors authorization depends on, each rated with a note. */
export function AuthorizationList({ change }: { change: PlanChanger }) {
  const authorization = change.plan.mission.authorization;
  return (
    <section className="wz-section" aria-labelledby="wz-authorization">
      <h4 className="wz-section-title" id="wz-authorization">
        What authorization depends on
      </h4>
      <p className="wz-section-lead">Rate each factor as it stands today. For patron links, high means a powerful patron shields the potential perpetrator.</p>
      <ul className="wz-auth-list">
        {AUTHORIZATION_FACTORS.map((key) => {
          const label = AUTHORIZATION_LABELS[key];
          const detail = AUTHORIZATION_DETAILS[key];
          const entry = authorization[key];
          return (
            <li key={key} className="wz-auth" data-target-id={key}>
              <div className="wz-auth-text">
                <span className="wz-auth-label">{label}</span>
                <span className="wz-auth-detail">{detail}</span>
              </div>
              <ChoiceGroup legend={label} hideLegend value={entry.rating} choices={RATING_CHOICES} onChange={(v) => change.set(['mission', 'authorization', key, 'rating'], v, `rate ${label.toLowerCase()}`)} />
              <input
                className="field-input wz-auth-note"
                type="text"
                value={entry.note}
                maxLength={20000}
                aria-label={`Note on ${label.toLowerCase()}`}
                placeholder="Note"
                onChange={(e) => change.type(['mission', 'authorization', key, 'note'], e.target.value, `edit note on ${label.toLowerCase()}`)}
                onBlur={change.endTyping}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
