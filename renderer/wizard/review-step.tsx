import type { AssembledMandate } from '../../shared/mandate/assemble';
import { mandateToPlainText } from '../../shared/mandate/assemble';
import { finaliseMandate, reopenMandate } from '../../shared/mandate/clause-edits';
import type { AdviceTarget, WizardStep } from '../../shared/mandate/guidance-types';
import type { AreaProps } from '../state/area-props';
import { copyText } from './clipboard';
import { MandateDocument, TaskTable } from './mandate-document';
import { MandateTerms } from './mandate-terms';
import type { PlanChanger } from './plan-changer';
import { ProblemList } from './problem-list';
import { Icon } from '../components/icons';
import { readiness } from './review-readiness';

export interface ReviewStepProps {
  change: PlanChanger;
  mandate: AssembledMandate;
  onGo: (step: WizardStep, target?: AdviceTarget) => void;
  showStatus: AreaProps['showStatus'];
  showError: AreaProps['showError'];
}

/** Step 5: readiness, the mandate terms, what remains, the assembled text and its tasks. */
export function ReviewStep({ change, mandate, onGo, showStatus, showError }: ReviewStepProps) {
  const { plan } = change;
  const status = plan.mandate.status;
  const state = readiness(mandate, status);
  const markFinal = () => {
    const result = finaliseMandate(plan);
    if (!result.ok) {
      showError('The mandate cannot be marked final', result.error);
      return;
    }
    change.apply(result.value, 'mark mandate final');
    showStatus('The mandate is marked final.');
  };
  const copy = async () => {
    // A draft carries its open problems along, so a pasted copy cannot pass for a final text.
    const copied = await copyText(mandateToPlainText(plan, { includeProblems: status !== 'final' }));
    showStatus(copied ? 'The mandate text is copied. Paste it where you need it.' : 'The mandate text could not be copied.');
  };
  return (
    <div className="wz-sections">
      <section className="wz-readiness" data-tone={state.tone} aria-labelledby="wz-readiness-title">
        <span className="wz-readiness-icon">
          <Icon name={state.tone === 'blocked' ? 'blocking' : state.tone === 'final' ? 'seal' : 'check'} size={26} />
        </span>
        <div className="wz-readiness-text">
          <h4 className="wz-readiness-title" id="wz-readiness-title">
            {state.title}
          </h4>
          <p>{state.detail}</p>
        </div>
        <div className="wz-readiness-actions">
          <button type="button" className="button" onClick={() => void copy()}>
            <Icon name="copy" size={16} />
            Copy as plain text
          </button>
          {status === 'final' ? (
            <button type="button" className="button" onClick={() => change.apply(reopenMandate(), 'return mandate to draft')}>
              Return to draft
            </button>
          ) : (
            <button type="button" className="button button-primary" disabled={!mandate.ready} onClick={markFinal}>
              <Icon name="seal" size={16} />
              Mark as final
            </button>
          )}
        </div>
      </section>
      <ProblemList problems={mandate.problems} onGo={onGo} />
      <MandateTerms change={change} />
      <MandateDocument mandate={mandate} title={plan.cover.missionName || plan.cover.title} status={status} />
      <TaskTable mandate={mandate} />
    </div>
  );
}
