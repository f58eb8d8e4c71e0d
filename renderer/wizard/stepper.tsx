import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { describeStatus, STEPS } from './steps';
import type { StepStatus, WizardStep } from './steps';
import { Icon } from '../components/icons';

export interface StepperProps {
  active: WizardStep;
  statuses: Record<WizardStep, StepStatus>;
  /** Shown on the review step instead of its own status once the mandate is final. */
  final: boolean;
  onSelect: (step: WizardStep) => void;
}

/** The id of a step's tab, which labels the step panel. */
export const stepTabId = (step: WizardStep) => `wz-step-tab-${step}`;
export const STEP_PANEL_ID = 'wz-step-panel';

function Badge({ status, final }: { status: StepStatus; final: boolean }) {
  if (final) return <span className="wz-step-badge" aria-hidden="true" data-state="final">Final</span>;
  if (status.complete)
    return (
      <span className="wz-step-badge" aria-hidden="true" data-state="complete">
        <Icon name="check" size={14} />
      </span>
    );
  return (
    <span className="wz-step-badge" aria-hidden="true" data-state={status.blocking ? 'blocking' : 'warning'}>
      {status.blocking + status.warnings}
    </span>
  );
}

/**
 * The wizard's steps as tabs: the planner moves freely, with arrow keys, Home and End within the
 * list (focus and selection move together) or by clicking. Each tab says how complete its step is.
 */
export function Stepper({ active, statuses, final, onSelect }: StepperProps) {
  const list = useRef<HTMLDivElement>(null);
  const select = (step: WizardStep) => {
    onSelect(step);
    list.current?.querySelector<HTMLElement>(`#${stepTabId(step)}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = STEPS.findIndex((s) => s.id === active);
    const last = STEPS.length - 1;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(STEPS[(next + STEPS.length) % STEPS.length]!.id);
  };
  return (
    <div className="wz-stepper" role="tablist" aria-label="Wizard steps" ref={list} onKeyDown={onKeyDown}>
      {STEPS.map((s, i) => {
        const selected = s.id === active;
        const status = statuses[s.id];
        const isFinal = final && s.id === 'review';
        return (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={stepTabId(s.id)}
            className="wz-step"
            aria-selected={selected}
            aria-controls={STEP_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            data-state={isFinal ? 'final' : status.complete ? 'complete' : status.blocking ? 'blocking' : 'warning'}
            onClick={() => onSelect(s.id)}
          >
            <span className="wz-step-number">{i + 1}</span>
            <span className="wz-step-label">{s.label}</span>
            <span className="visually-hidden">, {isFinal ? 'final' : describeStatus(status)}</span>
            <Badge status={status} final={isFinal} />
          </button>
        );
      })}
    </div>
  );
}
