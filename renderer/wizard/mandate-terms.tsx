import { INSTRUMENT_LABELS, planInstrument } from '../../shared/mandate/authority';
import { setInstrument, setMandateField } from '../../shared/mandate/clause-edits';
import { INSTRUMENTS } from '../../shared/plan/schema';
import type { Instrument } from '../../shared/plan/schema';
import { formatDate } from '../../shared/mandate/templating';
import { mandateEndDate } from '../../shared/mandate/timeline';
import { TextField } from '../components/text-field';
import { DateField } from './date-field';
import { NumberField } from './number-field';
import type { PlanChanger } from './plan-changer';
import { Select } from '../components/select-field';

const INSTRUMENT_OPTIONS = INSTRUMENTS.map((i) => ({ value: i, label: INSTRUMENT_LABELS[i] }));

/** The mandate-wide terms the review turns into paragraphs: authority, period, review and reporting. */
export function MandateTerms({ change }: { change: PlanChanger }) {
  const { plan } = change;
  const m = plan.mandate;
  const end = mandateEndDate(m);
  return (
    <section className="wz-section" aria-labelledby="wz-terms">
      <h4 className="wz-section-title" id="wz-terms">
        Terms of the mandate
      </h4>
      <p className="wz-section-lead">These become the duration, review and reporting paragraphs unless a clause of yours already covers them. Tasks without their own dates follow them.</p>
      <div className="wz-terms-grid">
        <label className="wz-mini-field wz-terms-instrument" data-target-id="mandate.instrument">
          <span>Adopted as</span>
          <Select value={planInstrument(plan)} options={INSTRUMENT_OPTIONS} onChange={(value) => change.apply(setInstrument(plan, value as Instrument), 'set the instrument')} />
          <span className="field-hint">Sets the bodies, titles and layout of the text; every clause and value stays as it is.</span>
        </label>
        <div className="wz-terms-authority" data-target-id="mandate.authority">
          <TextField
            label="Mandating body"
            value={m.authority}
            maxLength={300}
            onChange={(v) => change.apply(setMandateField(plan, 'authority', v), 'edit mandating body', 'mandate.authority')}
            onBlur={change.endTyping}
          />
        </div>
        <div data-target-id="mandate.durationMonths">
          <NumberField label="Duration" unit="months" min={1} max={120} allowEmpty value={m.durationMonths} onChange={(v) => change.apply(setMandateField(plan, 'durationMonths', v), 'set mandate duration')} />
        </div>
        <div data-target-id="mandate.startDate">
          <DateField label="Start date" value={m.startDate} onChange={(v) => change.apply(setMandateField(plan, 'startDate', v), 'set mandate start date')} />
        </div>
        <div className="wz-terms-end">
          <span className="field-label">Runs until</span>
          <span className="wz-terms-end-value">{end ? formatDate(end) : 'Set a start date and duration'}</span>
        </div>
        <div data-target-id="mandate.reviewDate">
          <DateField label="Review date" value={m.reviewDate} onChange={(v) => change.apply(setMandateField(plan, 'reviewDate', v), 'set mandate review date')} />
        </div>
        <div data-target-id="mandate.reportingIntervalDays">
          <NumberField label="Reports every" unit="days" min={1} max={3650} allowEmpty value={m.reportingIntervalDays} onChange={(v) => change.apply(setMandateField(plan, 'reportingIntervalDays', v), 'set reporting interval')} />
        </div>
      </div>
      <label className="wz-check wz-check-compact" data-target-id="mandate.consentBasis">
        <input type="checkbox" checked={m.consentBasis === true} onChange={(e) => change.apply(setMandateField(plan, 'consentBasis', e.target.checked), e.target.checked ? 'state consent and self-defence basis' : 'withdraw consent and self-defence basis')} />
        <span className="wz-check-text">
          <span className="wz-check-label">The force acts with the host state’s consent and uses force only in self-defence and in defence of the mandate</span>
          <span className="wz-check-detail">A legal basis for “all necessary means” without a threat determination and Chapter VII, while the host consents.</span>
        </span>
      </label>
    </section>
  );
}
