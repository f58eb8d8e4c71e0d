import { useEffect, useMemo, useRef, useState } from 'react';
import { assembleMandate } from '../../shared/mandate/assemble';
import { dismissAdvice, restoreAdvice } from '../../shared/mandate/clause-edits';
import { adviceRiskRef, evaluateGuidance } from '../../shared/mandate/guidance';
import type { Advice, AdviceTarget, SuggestedRisk } from '../../shared/mandate/guidance-types';
import { addRiskFromAdvice } from '../../shared/risks/risk-edits';
import { addSuggestedRisks } from '../../shared/risks/add-suggested';
import type { SuggestedRiskChoice } from '../../shared/mandate/advice-risks';
import { editContext } from '../state/edit-context';
import type { AreaProps } from '../state/area-props';
import { AdvicePanel } from './advice-panel';
import { ClausesStep } from './clauses-step';
import { MissionStep } from './mission-step';
import { createChanger } from './plan-changer';
import { ReviewStep } from './review-step';
import { RiskFactorsStep } from './risk-factors-step';
import { SituationStep } from './situation-step';
import { STEP_PANEL_ID, Stepper, stepTabId } from './stepper';
import { neighbourStep, stepDefinition, stepStatuses, STEPS } from './steps';
import type { WizardStep } from './steps';
import { rememberedStep, rememberStep } from './wizard-memory';
import { Icon } from '../components/icons';

/** The "Situation & mandate" area: a five-step wizard with advice beside each step. */
export function MandateWizard({ doc, edit, endTyping, goTo, showStatus, showError }: AreaProps) {
  const plan = doc.plan;
  const [step, setStepState] = useState<WizardStep>(() => rememberedStep(doc.docId));
  const [openClauses, setOpenClauses] = useState<ReadonlySet<string>>(() => new Set());
  const [reveal, setReveal] = useState<{ target: AdviceTarget | null; focusHeading: boolean } | null>(null);
  const [libraryRequest, setLibraryRequest] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const advice = useMemo(() => evaluateGuidance(plan), [plan]);
  const statuses = useMemo(() => stepStatuses(advice), [advice]);
  const mandate = useMemo(() => (step === 'review' ? assembleMandate(plan, advice) : null), [plan, advice, step]);
  const change = createChanger(plan, edit, endTyping);
  const definition = stepDefinition(step);

  // After a jump (footer buttons, a problem's link, an advice's Show), bring the place into view.
  useEffect(() => {
    if (!reveal || !root.current) return;
    const find = (id: string) => root.current?.querySelector<HTMLElement>(`[data-target-id="${CSS.escape(id)}"]`) ?? null;
    // A library clause hidden by the library's own filters still brings the planner to the library.
    const locate = () => (reveal.target ? (find(reveal.target.id) ?? (reveal.target.kind === 'library' ? find('library') : null)) : null);
    const focus = (target: HTMLElement) => {
      target.scrollIntoView({ block: 'center' });
      (target.querySelector<HTMLElement>('input, textarea, select') ?? target.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
    };
    const target = locate();
    if (target) focus(target);
    else if (reveal.focusHeading) {
      root.current.closest('.content')?.scrollTo({ top: 0 });
      root.current.querySelector<HTMLElement>('.wz-step-title')?.focus({ preventScroll: true });
    }
    // The library opens on the next render; look again once it is there.
    if (target || reveal.target?.kind !== 'library') return;
    const frame = requestAnimationFrame(() => {
      const late = locate();
      if (late) focus(late);
    });
    return () => cancelAnimationFrame(frame);
  }, [reveal]);

  const setStep = (next: WizardStep) => {
    endTyping();
    rememberStep(doc.docId, next);
    setStepState(next);
  };
  const go = (next: WizardStep, target?: AdviceTarget) => {
    setStep(next);
    if (target?.kind === 'clause') setOpenClauses((prev) => new Set(prev).add(target.id));
    if (target?.kind === 'library') setLibraryRequest((n) => n + 1);
    setReveal({ target: target ?? null, focusHeading: true });
  };
  const toggleClause = (id: string) =>
    setOpenClauses((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const addRisk = (a: Advice, suggested: SuggestedRisk) => {
    // The catalogue id is the risk's identity, so other advice and the catalogue see it as added.
    const { edit: added, risk } = addRiskFromAdvice(plan, adviceRiskRef(a, suggested.draft), suggested.draft, editContext(plan));
    change.apply(added, 'add risk from advice');
    showStatus(`Added ${risk.ref} to the risk register: ${risk.title}`);
  };
  const addRisks = (choices: readonly SuggestedRiskChoice[]) => {
    const { edit: added, risks } = addSuggestedRisks(plan, choices.map((c) => c.draft), editContext(plan));
    if (added) change.apply(added, `add ${risks.length} suggested risks`);
    showStatus(risks.length ? `Added ${risks.length === 1 ? '1 risk' : `${risks.length} risks`} to the register (${risks[0]!.ref}${risks.length > 1 ? `–${risks[risks.length - 1]!.ref}` : ''}). Undo takes them out again.` : 'Those risks are already in the register.');
  };
  const show = (target: AdviceTarget) => {
    if (target.kind === 'capability') goTo('capabilities');
    else if (target.kind === 'field' && target.id === 'risks') goTo('risks');
    else go(target.step, target);
  };

  const previous = neighbourStep(step, -1);
  const next = neighbourStep(step, 1);
  return (
    <div className="wz" ref={root}>
      <Stepper active={step} statuses={statuses} final={plan.mandate.status === 'final'} onSelect={setStep} />
      <div className="wz-panel" role="tabpanel" id={STEP_PANEL_ID} aria-labelledby={stepTabId(step)}>
        <div className="wz-main">
          <header className="wz-step-header">
            <p className="wz-step-kicker">
              Step {STEPS.indexOf(definition) + 1} of {STEPS.length}
            </p>
            <h3 className="wz-step-title" tabIndex={-1}>
              {definition.label}
            </h3>
            <p className="wz-step-lead">{definition.lead}</p>
          </header>
          {step === 'situation' && <SituationStep change={change} />}
          {step === 'risk-factors' && <RiskFactorsStep change={change} />}
          {step === 'mission' && <MissionStep change={change} />}
          {step === 'clauses' && (
            <ClausesStep change={change} libraryRequest={libraryRequest} openIds={openClauses} onToggle={toggleClause} onOpen={(id) => setOpenClauses((prev) => new Set(prev).add(id))} showStatus={showStatus} />
          )}
          {step === 'review' && mandate && <ReviewStep change={change} mandate={mandate} onGo={(_step, target) => (target ? show(target) : go(_step))} showStatus={showStatus} showError={showError} />}
          <nav className="wz-footer" aria-label="Step navigation">
            {previous ? (
              <button type="button" className="button" onClick={() => go(previous)}>
                <Icon name="back" size={16} />
                {stepDefinition(previous).label}
              </button>
            ) : (
              <span />
            )}
            {next && (
              <button type="button" className="button button-primary" onClick={() => go(next)}>
                Next: {stepDefinition(next).label}
                <Icon name="arrow" size={16} />
              </button>
            )}
          </nav>
        </div>
        <AdvicePanel
          advice={advice.filter((a) => a.step === step)}
          onDismiss={(a) => change.apply(dismissAdvice(plan, a.id), 'dismiss advice')}
          onRestore={(a) => change.apply(restoreAdvice(plan, a.id), 'show advice again')}
          onAddRisk={addRisk}
          allAdvice={advice}
          onAddRisks={addRisks}
          onShow={show}
          onOpenRegister={() => goTo('risks')}
          emptyNote={step === 'review' ? 'What remains lists the open problems of every step.' : undefined}
        />
      </div>
    </div>
  );
}
