import type { Advice, AdviceTarget, WizardStep } from '../../shared/mandate/guidance-types';
import { SEVERITY_LABELS, sentence } from './labels';
import { SeverityIcon } from './severity-icon';
import { stepDefinition } from './steps';
import { Icon } from '../components/icons';

export interface ProblemListProps {
  problems: readonly Advice[];
  onGo: (step: WizardStep, target?: AdviceTarget) => void;
}

/** Every open blocking problem and warning, each with a link back to the step that fixes it. */
export function ProblemList({ problems, onGo }: ProblemListProps) {
  return (
    <section className="wz-section" aria-labelledby="wz-problems">
      <h4 className="wz-section-title" id="wz-problems">
        What remains <span className="wz-count">{problems.length}</span>
      </h4>
      {problems.length === 0 ? (
        <p className="wz-all-clear">
          <Icon name="check" size={18} /> Nothing remains: no blocking problem and no open warning.
        </p>
      ) : (
        <ul className="wz-problems" aria-label="Open problems">
          {problems.map((a) => (
            <li key={a.id} className="wz-problem" data-severity={a.severity}>
              <SeverityIcon severity={a.severity} />
              <div className="wz-problem-text">
                <p className="wz-problem-title">
                  {a.title} <span className="wz-problem-severity">{SEVERITY_LABELS[a.severity]}</span>
                </p>
                <p className="wz-problem-message">{sentence(a.message)}</p>
              </div>
              <button type="button" className="button button-quiet wz-small-button wz-go" onClick={() => onGo(a.target.step, a.target)} aria-label={`Go to ${stepDefinition(a.target.step).label} to fix: ${a.title}`}>
                {stepDefinition(a.target.step).label}
                <Icon name="arrow" size={15} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
