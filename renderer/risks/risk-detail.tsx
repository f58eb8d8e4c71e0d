import { useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import type { PlanEdit } from '../../shared/plan/edit';
import type { Plan, Risk } from '../../shared/plan/schema';
import { linkCapability, removeRisks, unlinkCapability } from '../../shared/risks/risk-edits';
import { removeFieldHistory } from '../../shared/risks/history-edits';
import { riskFieldLabel } from '../../shared/risks/history-fields';
import { isSensitive, markSensitive, riskFieldPath } from '../../shared/plan/sensitive';
import type { RiskSensitiveField } from '../../shared/plan/sensitive';
import type { RiskPatch } from '../../shared/risks/risk-validation';
import { isReviewOverdue } from '../../shared/risks/scoring';
import { SelectField } from '../components/select-field';
import { CommitField } from './commit-field';
import { editContext } from '../state/edit-context';
import { commitRiskField } from './register-commit';
import { RiskAcceptance } from './risk-acceptance';
import { RiskActionsList } from './risk-actions-list';
import { RiskHistory } from './risk-history';
import { CATEGORY_OPTIONS, SOURCE_LABELS, STATUS_OPTIONS, TREATMENT_OPTIONS, labelOf } from './risk-labels';
import { RiskLinks } from './risk-links';
import { RiskRatings } from './risk-ratings';
import { SensitiveToggle } from '../components/sensitive-toggle';

export interface RiskDetailProps {
  plan: Plan;
  risk: Risk;
  today: string;
  /** Where the panel starts: just under the title bar. */
  top: number;
  /**
   * Changes when the planner opened a risk on purpose: focus then moves into the panel, to the
   * title field for a risk just written from scratch, else to the heading.
   */
  focusRequest: { n: number; on: 'heading' | 'title' };
  edit: (edit: PlanEdit, label: string) => void;
  /** An edit that removes text from history: the next save replaces the backup too. */
  purge: (edit: PlanEdit, label: string) => void;
  showStatus: (text: string) => void;
  onClose: () => void;
  onShowCapabilities: () => void;
}

/** The side panel for one risk: every field, its treatment, acceptance, links and history. */
export function RiskDetail({ plan, risk, today, top, focusRequest, edit, purge, showStatus, onClose, onShowCapabilities }: RiskDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusRequest.on === 'heading') return heading.current?.focus();
    const title = panel.current?.querySelector<HTMLInputElement>('.detail-body input');
    title?.focus();
    title?.select();
  }, [focusRequest]);

  const commit = (field: keyof RiskPatch, value: unknown): string | null => {
    const result = commitRiskField(plan, risk, field, value, editContext(plan));
    if (!result.ok) return result.message;
    if (result.edit) edit(result.edit, result.label);
    return null;
  };
  const change = (built: PlanEdit | null, label: string) => built && edit(built, label);
  const sensitive = (field: RiskSensitiveField, name: string) => (
    <SensitiveToggle
      what={`${name} of ${risk.ref}`}
      on={isSensitive(plan, riskFieldPath(risk.id, field))}
      onChange={(on) => change(markSensitive(plan, riskFieldPath(risk.id, field), on), `${on ? 'mark' : 'unmark'} ${name.toLowerCase()} of ${risk.ref} sensitive`)}
    />
  );
  const removeHistory = (field: string) => {
    const built = removeFieldHistory(plan, risk.id, field);
    if (!built) return;
    const name = riskFieldLabel(field);
    purge(built, `remove ${name.toLowerCase()} from the history of ${risk.ref}`);
    showStatus(`Removed every past value of ${name} from the history of ${risk.ref}. When you save, it is gone from the file and from its backup. Undo brings it back until then.`);
  };
  const overdue = isReviewOverdue(risk, today);
  const style: CSSProperties = { top };

  return (
    <aside
      ref={panel}
      className="detail"
      style={style}
      aria-labelledby="risk-detail-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="detail-head">
        <div>
          <p className="detail-ref">
            {risk.ref} · {labelOf(SOURCE_LABELS, risk.source)}
          </p>
          <h3 className="detail-title" id="risk-detail-heading" ref={heading} tabIndex={-1}>
            {risk.title}
          </h3>
        </div>
        <button type="button" className="button button-icon" aria-label="Close the risk details" onClick={onClose}>
          ×
        </button>
      </header>
      {/* Keyed by risk: drafts typed for one risk never carry over to the next. */}
      <div className="detail-body" key={risk.id}>
        <section className="detail-section" aria-label="Description">
          <CommitField label="Title" hint='Phrase it "If cause, then consequence".' value={risk.title} maxLength={300} onCommit={(v) => commit('title', v.trim())} />
          {sensitive('title', 'Title')}
          <div className="detail-grid">
            <SelectField label="Category" value={risk.category} options={CATEGORY_OPTIONS} onChange={(v) => commit('category', v)} />
            <CommitField label="Owner" hint="A role; a name may follow in brackets. A redacted brief keeps the role only." value={risk.owner} maxLength={300} onCommit={(v) => commit('owner', v.trim())} />
          </div>
          <CommitField label="Cause" multiline value={risk.cause} maxLength={20_000} onCommit={(v) => commit('cause', v)} />
          {sensitive('cause', 'Cause')}
          <CommitField label="Consequence" multiline value={risk.consequence} maxLength={20_000} onCommit={(v) => commit('consequence', v)} />
          {sensitive('consequence', 'Consequence')}
        </section>

        <section className="detail-section" aria-labelledby="ratings-heading">
          <h4 className="detail-subheading" id="ratings-heading">
            Ratings
          </h4>
          <RiskRatings risk={risk} bands={plan.risks.bands} onCommit={commit} />
        </section>

        <section className="detail-section" aria-labelledby="treatment-heading">
          <h4 className="detail-subheading" id="treatment-heading">
            Treatment
          </h4>
          <div className="detail-grid">
            <SelectField label="Treatment" value={risk.treatment} options={TREATMENT_OPTIONS} onChange={(v) => commit('treatment', v)} />
            <SelectField label="Status" value={risk.status} options={STATUS_OPTIONS} onChange={(v) => commit('status', v)} />
          </div>
          <CommitField label="Mitigation" multiline value={risk.mitigation} maxLength={20_000} onCommit={(v) => commit('mitigation', v)} />
          {sensitive('mitigation', 'Mitigation')}
          <h5 className="detail-minor">Actions</h5>
          <RiskActionsList risk={risk} onCommit={(actions) => commit('actions', actions)} />
        </section>

        <section className="detail-section" aria-labelledby="review-heading">
          <h4 className="detail-subheading" id="review-heading">
            Review
          </h4>
          {overdue && <p className="notice notice-danger">The review is overdue.</p>}
          <CommitField label="Next review date" type="date" hint="Required for every open risk." value={risk.reviewDate} onCommit={(v) => commit('reviewDate', v)} />
          {(risk.treatment === 'accept' || risk.acceptance !== null) && (
            <>
              <h5 className="detail-minor">Acceptance</h5>
              <RiskAcceptance risk={risk} today={today} onCommit={(a) => commit('acceptance', a)} />
            </>
          )}
        </section>

        <section className="detail-section" aria-labelledby="links-heading">
          <h4 className="detail-subheading" id="links-heading">
            Linked capabilities
          </h4>
          <RiskLinks
            risk={risk}
            capabilities={plan.capabilities.items}
            onLink={(id) => change(linkCapability(plan, risk.id, id, editContext(plan)), `link capability to ${risk.ref}`)}
            onUnlink={(id) => change(unlinkCapability(plan, risk.id, id, editContext(plan)), `unlink capability from ${risk.ref}`)}
            onShowCapabilities={onShowCapabilities}
          />
        </section>

        <section className="detail-section" aria-labelledby="history-heading">
          <h4 className="detail-subheading" id="history-heading">
            History
          </h4>
          <RiskHistory history={risk.history} plan={plan} onRemoveField={removeHistory} />
        </section>

        <div className="detail-foot">
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              edit(removeRisks(plan, [risk.id]), `remove ${risk.ref}`);
              showStatus(`Removed ${risk.ref}. Undo brings it back.`);
              onClose();
            }}
          >
            Remove this risk
          </button>
        </div>
      </div>
    </aside>
  );
}
