import { useMemo, useState } from 'react';
import { adviceRiskChoices } from '../../shared/mandate/advice-risks';
import type { SuggestedRiskChoice } from '../../shared/mandate/advice-risks';
import type { Advice, AdviceTarget, SuggestedRisk } from '../../shared/mandate/guidance-types';
import { AddSuggestedDialog } from '../components/add-suggested-dialog';
import { plural, sentence } from './labels';
import { SeverityIcon } from './severity-icon';
import { Icon } from '../components/icons';

export interface AdvicePanelProps {
  advice: readonly Advice[];
  onDismiss: (advice: Advice) => void;
  onRestore: (advice: Advice) => void;
  onAddRisk: (advice: Advice, risk: SuggestedRisk) => void;
  /** The advice of every step: "Add all suggested risks" offers the risks of all of it. */
  allAdvice?: readonly Advice[];
  /** Adds the chosen suggested risks as one undo step. */
  onAddRisks?: (choices: readonly SuggestedRiskChoice[]) => void;
  onShow: (target: AdviceTarget) => void;
  onOpenRegister: () => void;
  /** What to say when the step has no advice. */
  emptyNote?: string;
}

/** Adds the risk, or says where it already is; in a list of several risks it is kept short. */
function RiskButton({ advice, risk, actions, compact = false }: { advice: Advice; risk: SuggestedRisk; actions: Pick<AdvicePanelProps, 'onAddRisk' | 'onOpenRegister'>; compact?: boolean }) {
  return risk.inRegister ? (
    <button type="button" className="wz-in-register" onClick={actions.onOpenRegister} aria-label={`In register as ${risk.refs.join(', ')}: ${risk.draft.title}. Open the risk register`}>
      <Icon name="check" size={15} />
      {compact ? risk.refs.join(', ') : `In register${risk.refs.length ? ` as ${risk.refs.join(', ')}` : ''}`}
    </button>
  ) : (
    <button type="button" className="button wz-small-button" onClick={() => actions.onAddRisk(advice, risk)} title={risk.draft.title} aria-label={`Add to risk register: ${risk.draft.title}`}>
      <Icon name="plus" size={15} />
      {compact ? 'Add' : 'Add to risk register'}
    </button>
  );
}

type CardActions = Omit<AdvicePanelProps, 'advice' | 'emptyNote' | 'allAdvice' | 'onAddRisks'>;

function AdviceCard({ advice, ...actions }: { advice: Advice } & CardActions) {
  const titleId = `wz-advice-${advice.id.replace(/[^a-z0-9_-]/gi, '-')}`;
  const single = advice.risks.length === 1 ? advice.risks[0] : undefined;
  return (
    <li className="wz-advice" data-severity={advice.severity} aria-labelledby={titleId}>
      <div className="wz-advice-head">
        <SeverityIcon severity={advice.severity} />
        <h4 className="wz-advice-title" id={titleId}>
          {advice.title}
        </h4>
      </div>
      <p className="wz-advice-message">{sentence(advice.message)}</p>
      <p className="wz-advice-basis">{advice.basis}</p>
      {advice.risks.length > 1 && (
        <ul className="wz-advice-risks" aria-label={`Risks suggested by: ${advice.title}`}>
          {advice.risks.map((r) => (
            <li key={r.draft.catalogueId ?? r.draft.title}>
              <span className="wz-advice-risk-title">{r.draft.title}</span>
              <RiskButton advice={advice} risk={r} actions={actions} compact />
            </li>
          ))}
        </ul>
      )}
      <div className="wz-advice-actions">
        {single && <RiskButton advice={advice} risk={single} actions={actions} />}
        <button type="button" className="button button-quiet wz-small-button wz-advice-go" data-goes-to={advice.target.id} data-goes-kind={advice.target.kind} onClick={() => actions.onShow(advice.target)} aria-label={`${advice.target.label} — resolves: ${advice.title}`}>
          {advice.target.kind === 'library' && advice.target.id !== 'library' ? 'Add from library' : `Go to ${advice.target.label.length > 40 ? 'the control' : advice.target.label}`}
          <Icon name="arrow" size={14} />
        </button>
        {advice.severity !== 'blocking' && (
          <button type="button" className="button button-quiet wz-small-button wz-dismiss" onClick={() => actions.onDismiss(advice)} aria-label={`Dismiss: ${advice.title}`}>
            Dismiss
          </button>
        )}
      </div>
      {single && !single.inRegister && <p className="wz-advice-risk">Suggested risk: {single.draft.title}</p>}
    </li>
  );
}

/** Advice for the current step beside the form: severity, message, basis, and one-click actions. */
export function AdvicePanel(props: AdvicePanelProps) {
  const { advice, emptyNote, allAdvice, onAddRisks, ...actions } = props;
  const [showDismissed, setShowDismissed] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const choices = useMemo(() => (onAddRisks ? adviceRiskChoices(allAdvice ?? advice) : []), [onAddRisks, allAdvice, advice]);
  const open = advice.filter((a) => !a.dismissed);
  const dismissed = advice.filter((a) => a.dismissed);
  return (
    <aside className="wz-advice-panel" aria-labelledby="wz-advice-heading">
      <h3 className="wz-advice-heading" id="wz-advice-heading">
        Advice <span className="wz-count">{open.length}</span>
      </h3>
      {choices.length > 1 && onAddRisks && (
        <button type="button" className="button wz-small-button wz-add-all-risks" onClick={() => setPreviewing(true)}>
          <Icon name="plus" size={15} />
          Add all {choices.length} suggested risks…
        </button>
      )}
      {previewing && onAddRisks && (
        <div className="rk-scope">
          <AddSuggestedDialog
            source="the advice of every step"
            choices={choices.map((c) => ({ key: c.key, title: c.title, reason: `From: ${c.reason}` }))}
            onClose={() => setPreviewing(false)}
            onAdd={(keys) => {
              setPreviewing(false);
              onAddRisks(choices.filter((c) => keys.includes(c.key)));
            }}
          />
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {plural(open.length, 'piece of advice', 'pieces of advice')} for this step
      </p>
      {open.length === 0 ? (
        <p className="wz-advice-none">
          No advice for this step{dismissed.length ? ' beyond what you dismissed' : ''}. {emptyNote}
        </p>
      ) : (
        <ul className="wz-advice-list" aria-label="Advice for this step">
          {open.map((a) => (
            <AdviceCard key={a.id} advice={a} {...actions} />
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <div className="wz-dismissed">
          <button type="button" className="button button-quiet wz-small-button" aria-expanded={showDismissed} onClick={() => setShowDismissed((v) => !v)}>
            {showDismissed ? 'Hide' : 'Show'} {plural(dismissed.length, 'dismissed note')}
          </button>
          {showDismissed && (
            <ul className="wz-dismissed-list" aria-label="Dismissed advice">
              {dismissed.map((a) => (
                <li key={a.id}>
                  <span>{a.title}</span>
                  <button type="button" className="button button-quiet wz-small-button" onClick={() => props.onRestore(a)} aria-label={`Show again: ${a.title}`}>
                    Show again
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </aside>
  );
}
