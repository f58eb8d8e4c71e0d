import { findClauseTemplate } from '../../shared/content/clauses';
import { paramSpecsFor } from '../../shared/mandate/clause-factory';
import { resetClauseWording, setChapterVii, setClauseTask, updateClause } from '../../shared/mandate/clause-edits';
import type { RenderedClause } from '../../shared/mandate/templating';
import type { Priority } from '../../shared/content/clauses';
import type { Clause } from '../../shared/plan/schema';
import { DateField } from './date-field';
import { PRIORITY_CHOICES } from './labels';
import { NumberField } from './number-field';
import { ClauseParamFields } from './clause-param-fields';
import type { PlanChanger } from './plan-changer';
import { Icon } from '../components/icons';
import { Select } from '../components/select-field';
import { taskHints } from './task-hints';

const FORCE = /all necessary (means|measures)/i;

export interface ClauseEditorProps {
  change: PlanChanger;
  clause: Clause;
  rendered: RenderedClause;
  label: string;
}

/** The open clause: its parameters, its wording, its priority and whether it authorises a task. */
export function ClauseEditor({ change, clause, label }: ClauseEditorProps) {
  const { plan } = change;
  const specs = paramSpecsFor(clause);
  const template = findClauseTemplate(clause.templateId);
  const edited = template !== undefined && (template.opening !== clause.opening || template.text !== clause.text);
  const hints = taskHints(plan.mandate);
  const key = (field: string) => `mandate.clauses.${clause.id}.${field}`;
  return (
    <div className="wz-clause-editor" id={`wz-clause-editor-${clause.id}`}>
      {specs.length > 0 && (
        <fieldset className="wz-editor-block">
          <legend className="wz-subhead-title">Fill in</legend>
          <ClauseParamFields change={change} clause={clause} />
        </fieldset>
      )}

      <fieldset className="wz-editor-block">
        <legend className="wz-subhead-title">Wording</legend>
        <div className="wz-wording">
          <label className="wz-mini-field wz-opening-field">
            <span>{clause.kind === 'operative' ? 'Opening verb' : 'Opening participle'}</span>
            <input
              className="field-input"
              type="text"
              value={clause.opening}
              maxLength={300}
              aria-label={`Opening of ${label}`}
              onChange={(e) => change.apply(updateClause(plan, clause.id, { opening: e.target.value }), 'edit clause opening', key('opening'))}
              onBlur={change.endTyping}
            />
          </label>
          <label className="wz-mini-field wz-grow">
            <span>Text</span>
            <textarea
              className="field-input wz-wording-text"
              rows={4}
              value={clause.text}
              maxLength={20000}
              aria-label={`Text of ${label}`}
              aria-describedby={`wz-wording-hint-${clause.id}`}
              onChange={(e) => change.apply(updateClause(plan, clause.id, { text: e.target.value }), 'edit clause wording', key('text'))}
              onBlur={change.endTyping}
            />
          </label>
        </div>
        <div className="wz-wording-foot">
          <p className="field-hint" id={`wz-wording-hint-${clause.id}`}>
            Write <code>{'{name}'}</code> where a value is to be filled in; <code>{'{{'}</code> and <code>{'}}'}</code> give literal braces.
          </p>
          {edited && (
            <button type="button" className="button button-quiet wz-small-button" onClick={() => change.apply(resetClauseWording(plan, clause.id), 'reset clause wording')}>
              <Icon name="undo" size={16} />
              Back to library wording
            </button>
          )}
        </div>
      </fieldset>

      <fieldset className="wz-editor-block wz-editor-settings">
        <legend className="wz-subhead-title">Priority and task</legend>
        <label className="wz-mini-field wz-priority-field">
          <span>Priority</span>
          <Select value={clause.priority} options={PRIORITY_CHOICES} onChange={(v) => change.apply(updateClause(plan, clause.id, { priority: v as Priority }), 'set clause priority')} />
        </label>
        {clause.kind === 'operative' && FORCE.test(clause.text) && (
          <label className="wz-check wz-check-compact">
            <input type="checkbox" checked={clause.chapterVii === true} onChange={(e) => change.apply(setChapterVii(plan, clause.id, e.target.checked), e.target.checked ? 'attach Chapter VII to paragraph' : 'detach Chapter VII from paragraph')} />
            <span className="wz-check-text">
              <span className="wz-check-label">Acting under Chapter VII for this paragraph</span>
              <span className="wz-check-detail">Opens it with “Acting under Chapter VII of the Charter …”, instead of a Chapter VII paragraph closing the preamble.</span>
            </span>
          </label>
        )}
        {clause.kind === 'operative' && (
          <div className="wz-task">
            <label className="wz-check wz-check-compact">
              <input
                type="checkbox"
                checked={clause.task !== null}
                onChange={(e) => change.apply(setClauseTask(plan, clause.id, e.target.checked ? { reportingIntervalDays: null, reviewDate: '' } : null), e.target.checked ? 'mark clause as task' : 'unmark clause as task')}
              />
              <span className="wz-check-text">
                <span className="wz-check-label">Authorises a task</span>
                <span className="wz-check-detail">A task needs a reporting requirement and an end or review date.</span>
              </span>
            </label>
            {clause.task && (
              <div className="wz-task-fields">
                <NumberField
                  label="Report every"
                  unit="days"
                  allowEmpty
                  min={1}
                  max={3650}
                  value={clause.task.reportingIntervalDays}
                  hint={hints.reporting}
                  onChange={(v) => change.apply(setClauseTask(plan, clause.id, { ...clause.task!, reportingIntervalDays: v }), 'set task reporting interval')}
                />
                <DateField
                  label="Task review date"
                  value={clause.task.reviewDate}
                  hint={hints.review}
                  onChange={(v) => change.apply(setClauseTask(plan, clause.id, { ...clause.task!, reviewDate: v }), 'set task review date')}
                />
              </div>
            )}
          </div>
        )}
      </fieldset>
    </div>
  );
}
