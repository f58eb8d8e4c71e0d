import type { RiskFactorDefinition } from '../../shared/content/risk-factors';
import type { RiskFactorAssessment } from '../../shared/plan/schema';
import { factorNotesPath } from '../../shared/plan/sensitive';
import { EvidenceList } from './evidence-list';
import { FACTOR_LEVEL_CHOICES } from './labels';
import type { FactorLevel } from './labels';
import type { PlanChanger } from './plan-changer';
import { SensitiveTick } from './sensitive-tick';
import { Icon } from '../components/icons';
import { Select } from '../components/select-field';
import { toggleIndicator, factorSummary } from './risk-factor-shaping';

export interface RiskFactorItemProps {
  change: PlanChanger;
  index: number;
  definition: RiskFactorDefinition;
  assessment: RiskFactorAssessment;
  expanded: boolean;
  onToggle: () => void;
  focusEvidenceId: string | null;
  onEvidenceAdded: (id: string) => void;
}

/** One Framework factor: its level in the row, and indicators, notes and evidence when opened. */
export function RiskFactorItem({ change, index, definition, assessment, expanded, onToggle, focusEvidenceId, onEvidenceAdded }: RiskFactorItemProps) {
  const path = ['situation', 'riskFactors', index] as const;
  const detailId = `wz-factor-${definition.number}-detail`;
  const name = `${definition.number}. ${definition.shortName}`;
  return (
    <li className="wz-factor" data-target-id={`factor-${definition.number}`} data-level={assessment.level} data-expanded={expanded || undefined}>
      <div className="wz-factor-row">
        <h5 className="wz-factor-heading">
          <button type="button" className="wz-factor-toggle" aria-expanded={expanded} aria-controls={detailId} onClick={onToggle}>
            <span className="wz-chevron">
              <Icon name="chevron" size={16} />
            </span>
            <span className="wz-factor-number">{definition.number}</span>
            <span className="wz-factor-text">
              <span className="wz-factor-name">{definition.shortName}</span>
              <span className="wz-factor-summary">{factorSummary(assessment, definition)}</span>
            </span>
          </button>
        </h5>
        <Select
          className="field-input field-select wz-level-select"
          aria-label={`Level of factor ${name}`}
          value={assessment.level}
          data-level={assessment.level}
          options={FACTOR_LEVEL_CHOICES}
          onChange={(v) => change.set([...path, 'level'], v as FactorLevel, `rate factor ${definition.number}`)}
        />
      </div>
      {expanded && (
        <div className="wz-factor-detail" id={detailId}>
          <p className="wz-factor-full">{definition.name}</p>
          <p className="wz-factor-definition">
            <span className="wz-factor-definition-label">Framework definition: </span>
            {definition.definition}
          </p>
          <p className="field-hint">{definition.levelQuestion}</p>
          <fieldset className="wz-indicators">
            <legend className="wz-subhead-title">Indicators seen</legend>
            {definition.indicators.map((i) => (
              <label key={i.id} className="wz-check wz-check-compact">
                <input
                  type="checkbox"
                  checked={assessment.indicators.includes(i.id)}
                  onChange={(e) => change.set([...path, 'indicators'], toggleIndicator(assessment.indicators, definition, i.id, e.target.checked), e.target.checked ? 'tick indicator' : 'untick indicator')}
                />
                <span className="wz-check-text">
                  <span className="wz-check-label">
                    <span className="wz-indicator-number">{i.number}</span> {i.text}
                  </span>
                  {i.tripwireHint && <span className="wz-check-detail">Possible tripwire: {i.tripwireHint.toLowerCase()}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <label className="wz-mini-field">
            <span>Notes on factor {definition.number}</span>
            <textarea
              className="field-input"
              rows={3}
              value={assessment.notes}
              maxLength={20000}
              onChange={(e) => change.type([...path, 'notes'], e.target.value, `edit notes on factor ${definition.number}`)}
              onBlur={change.endTyping}
            />
          </label>
          <SensitiveTick change={change} path={factorNotesPath(assessment.factor)} what={`Notes on factor ${definition.number}`} />
          <EvidenceList change={change} factorIndex={index} factorName={name} evidence={assessment.evidence} focusId={focusEvidenceId} onAdded={onEvidenceAdded} />
        </div>
      )}
    </li>
  );
}
