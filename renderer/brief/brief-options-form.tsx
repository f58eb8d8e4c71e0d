import { useMemo } from 'react';
import { TextField } from '../components/text-field';
import type { AreaProps } from '../state/area-props';
import { addRecipient, MAX_RECIPIENTS, removeRecipient, setAllSections, setClassification, setFullRegister, setHistoryValues, setPaper, setRecipient, setRedacted, setWatermark, toggleSection } from './brief-edits';
import { clearSensitive, sensitivePaths } from '../../shared/plan/sensitive';
import { PrivacyChoice } from './privacy-choice';
import { RegisterChoice } from './register-choice';
import { DistributionList } from './distribution-list';
import { draftState } from './draft-state';
import { PaperChoice } from './paper-choice';
import { SectionChoice } from './section-choice';
import { WatermarkChoice } from './watermark-choice';

type OptionsProps = Pick<AreaProps, 'doc' | 'edit' | 'endTyping' | 'goTo'>;

/** The brief's options, kept in the plan: every change is an undoable edit saved with the plan. */
export function BriefOptionsForm({ doc, edit, endTyping, goTo }: OptionsProps) {
  const { plan } = doc;
  const brief = plan.brief;
  const draft = useMemo(() => draftState(plan), [plan]);
  const coverMarking = plan.cover.classification;
  return (
    <form className="form brief-options" aria-label="Brief options" onSubmit={(e) => e.preventDefault()}>
      <PaperChoice paper={brief.paper} onChange={(paper) => edit(setPaper(paper), 'change paper size')} />
      <TextField
        label="Classification marking"
        hint={coverMarking ? `Printed at the top and bottom of every page. Leave empty to use the cover’s marking, ${coverMarking}.` : 'Printed at the top and bottom of every page. The cover has no marking.'}
        value={brief.classification}
        placeholder={coverMarking || 'No marking'}
        maxLength={300}
        onChange={(text) => edit(setClassification(text), 'edit brief marking', 'brief.classification')}
        onBlur={endTyping}
      />
      <SectionChoice
        sections={brief.sections}
        onToggle={(section, on) => edit(toggleSection(brief.sections, section, on), on ? 'include section' : 'leave out section')}
        onAll={(on) => edit(setAllSections(on), on ? 'include all sections' : 'leave out all sections')}
      />
      <RegisterChoice
        full={brief.fullRegister === true}
        risks={plan.risks.items}
        onChange={(on) => edit(setFullRegister(brief, on), on ? 'print the full register' : 'print the briefing register')}
      />
      <DistributionList
        names={brief.distribution}
        max={MAX_RECIPIENTS}
        onChange={(index, name) => edit(setRecipient(index, name), 'edit recipient', `brief.distribution.${index}`)}
        onAdd={() => edit(addRecipient(brief.distribution.length), 'add recipient')}
        onRemove={(index) => edit(removeRecipient(index), 'remove recipient')}
        onBlur={endTyping}
      />
      <WatermarkChoice
        on={brief.draftWatermark}
        draft={draft}
        onChange={(on) => edit(setWatermark(on), on ? 'turn on draft marking' : 'turn off draft marking')}
        onOpenMandate={() => goTo('mandate')}
      />
      <PrivacyChoice
        redacted={brief.redacted === true}
        historyValues={brief.historyValues === true}
        sensitiveCount={sensitivePaths(plan).length}
        onRedacted={(on) => edit(setRedacted(brief, on), on ? 'turn on redacted copy' : 'turn off redacted copy')}
        onHistoryValues={(on) => edit(setHistoryValues(brief, on), on ? 'print changed text' : 'stop printing changed text')}
        onClearSensitive={() => {
          const built = clearSensitive(plan);
          if (built) edit(built, 'unmark all sensitive fields');
        }}
      />
    </form>
  );
}
