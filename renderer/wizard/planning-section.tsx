import { riskFactor } from '../../shared/content/risk-factors';
import { newId } from '../../shared/plan/ids';
import { STATUS_AGREEMENT_LABELS } from '../../shared/plan/labels';
import { planningOf } from '../../shared/plan/planning';
import { STATUS_AGREEMENTS } from '../../shared/plan/schema';
import type { Benchmark } from '../../shared/plan/schema';
import { TextField } from '../components/text-field';
import { ChoiceGroup } from '../components/choice-group';
import { DateField } from './date-field';
import type { PlanChanger } from './plan-changer';
import { Icon } from '../components/icons';
import { Select } from '../components/select-field';
import { FACTOR_OPTIONS } from './labels';
import { planningChanger, PLANNING_PATH } from './planning-changer';

const STATUS_CHOICES = STATUS_AGREEMENTS.map((value) => ({ value, label: STATUS_AGREEMENT_LABELS[value] }));

function BenchmarkRow({ change, benchmark, index }: { change: PlanChanger; benchmark: Benchmark; index: number }) {
  const path = [...PLANNING_PATH, 'benchmarks', index] as const;
  const factor = benchmark.factor === null ? null : riskFactor(benchmark.factor);
  return (
    <li className="wz-tripwire" data-target-id={`benchmark-${benchmark.id}`}>
      <div className="wz-tripwire-head">
        <span className="wz-tripwire-title">Benchmark {index + 1}</span>
        <button type="button" className="button button-quiet wz-small-button wz-danger-quiet" aria-label={`Remove benchmark ${index + 1}`} onClick={() => change.apply({ kind: 'remove', path: [...PLANNING_PATH, 'benchmarks'], index }, 'remove benchmark')}>
          <Icon name="trash" size={16} />
          Remove
        </button>
      </div>
      <div className="wz-tripwire-grid">
        <label className="wz-mini-field">
          <span>Risk factor it measures</span>
          <Select
            value={benchmark.factor === null ? '' : String(benchmark.factor)}
            aria-label={`Benchmark ${index + 1}: risk factor it measures`}
            options={FACTOR_OPTIONS}
            emptyLabel="Not tied to a factor"
            onChange={(v) => change.apply({ kind: 'batch', edits: [{ kind: 'set', path: [...path, 'factor'], value: v ? Number(v) : null }, { kind: 'set', path: [...path, 'indicator'], value: '' }] }, 'tie benchmark to factor')}
          />
        </label>
        <label className="wz-mini-field">
          <span>Indicator it watches</span>
          <Select
            value={benchmark.indicator}
            disabled={!factor}
            aria-label={`Benchmark ${index + 1}: indicator it watches`}
            options={factor?.indicators.map((i) => ({ value: i.id, label: i.text })) ?? []}
            emptyLabel="Any indicator of the factor"
            onChange={(v) => change.set([...path, 'indicator'], v, 'tie benchmark to indicator')}
          />
        </label>
      </div>
      <label className="wz-mini-field">
        <span>What is measured</span>
        <textarea
          className="field-input"
          rows={2}
          value={benchmark.text}
          maxLength={20000}
          aria-label={`Benchmark ${index + 1}: what is measured`}
          onChange={(e) => change.type([...path, 'text'], e.target.value, 'edit benchmark')}
          onBlur={change.endTyping}
        />
      </label>
    </li>
  );
}

/** How the mission ends, is measured, grows and stands legally: end state, benchmarks, phasing, force generation, status agreement. */
export function PlanningSection({ change, deployment }: { change: PlanChanger; deployment: boolean }) {
  const planning = planningOf(change.plan.mission);
  const edit = planningChanger(change);
  const addBenchmark = () => {
    const benchmark: Benchmark = { id: newId('bm'), text: '', factor: null, indicator: '' };
    edit.set('benchmarks', [...planning.benchmarks, benchmark], 'add benchmark');
  };
  return (
    <section className="wz-section" aria-labelledby="wz-planning">
      <h4 className="wz-section-title" id="wz-planning">
        End state, benchmarks and phasing
      </h4>
      <p className="wz-section-lead">Plan the end early: the condition in which the mission is no longer needed, how progress is measured, and how it reaches full strength.</p>
      <div className="form-grid">
        <div data-target-id="mission.planning.endState">
          <TextField label="End state" hint="The condition in which the mission is no longer needed." multiline maxLength={20000} value={planning.endState} onChange={(v) => edit.type('endState', v, 'edit end state')} onBlur={change.endTyping} />
        </div>
        <div data-target-id="mission.planning.exitCriteria">
          <TextField label="Exit criteria" hint="Measurable conditions for drawdown, one per line." multiline maxLength={20000} value={planning.exitCriteria} onChange={(v) => edit.type('exitCriteria', v, 'edit exit criteria')} onBlur={change.endTyping} />
        </div>
      </div>
      <div className="wz-subsection" data-target-id="mission.planning.benchmarks">
        <div className="wz-section-head">
          <h5 className="wz-subsection-title">Benchmarks</h5>
          <button type="button" className="button wz-small-button" onClick={addBenchmark}>
            <Icon name="plus" size={16} />
            Add benchmark
          </button>
        </div>
        {planning.benchmarks.length === 0 ? (
          <p className="wz-empty">No benchmarks yet. Tie each one to the risk factor it measures, so progress shows as falling risk.</p>
        ) : (
          <ol className="wz-tripwires" aria-label="Benchmarks">
            {planning.benchmarks.map((b, i) => (
              <BenchmarkRow key={b.id} change={change} benchmark={b} index={i} />
            ))}
          </ol>
        )}
      </div>
      <div className="wz-subsection" data-target-id="mission.planning.phasing">
        <h5 className="wz-subsection-title">Phasing</h5>
        <div className="wz-personnel">
          <DateField label="Start-up" value={planning.startUpDate} onChange={(v) => edit.set('startUpDate', v, 'set start-up date')} />
          <DateField label="Initial operating capability" value={planning.iocDate} onChange={(v) => edit.set('iocDate', v, 'set initial operating capability')} />
          <DateField label="Full operating capability" value={planning.focDate} onChange={(v) => edit.set('focDate', v, 'set full operating capability')} />
        </div>
      </div>
      {deployment && (
        <div className="form-grid">
          <div data-target-id="mission.planning.forceGeneration">
            <TextField label="Force generation" hint="Who has pledged troops and police, and when they are ready." multiline maxLength={20000} value={planning.forceGeneration} onChange={(v) => edit.type('forceGeneration', v, 'edit force generation')} onBlur={change.endTyping} />
          </div>
          <div data-target-id="mission.planning.enablers">
            <TextField label="Enablers" hint="Air mobility, surveillance, medical evacuation, engineering, logistics." multiline maxLength={20000} value={planning.enablers} onChange={(v) => edit.type('enablers', v, 'edit enablers')} onBlur={change.endTyping} />
          </div>
        </div>
      )}
      <div data-target-id="mission.planning.statusAgreement">
        <ChoiceGroup legend={deployment ? 'Status-of-forces agreement' : 'Status-of-mission agreement'} value={planning.statusAgreement} choices={STATUS_CHOICES} onChange={(v) => edit.set('statusAgreement', v, 'set status agreement')} />
        <TextField label="Notes on the status agreement" maxLength={20000} value={planning.statusAgreementNote} onChange={(v) => edit.type('statusAgreementNote', v, 'edit status agreement note')} onBlur={change.endTyping} />
      </div>
    </section>
  );
}
