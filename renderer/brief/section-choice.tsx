import { BRIEF_SECTIONS } from '../../shared/plan/schema';
import type { BriefSection } from '../../shared/plan/schema';
import { BRIEF_SECTION_HINTS, BRIEF_SECTION_LABELS } from '../../shared/plan/labels';

export interface SectionChoiceProps {
  sections: readonly BriefSection[];
  onToggle: (section: BriefSection, on: boolean) => void;
  onAll: (on: boolean) => void;
}

/** One checkbox per section, in the brief's reading order, with what each section holds. */
export function SectionChoice({ sections, onToggle, onAll }: SectionChoiceProps) {
  const chosen = new Set(sections);
  return (
    <fieldset className="brief-fieldset">
      <legend className="field-label">Sections</legend>
      <div className="brief-section-tools">
        <span className="field-hint">
          {chosen.size} of {BRIEF_SECTIONS.length} included
        </span>
        <button type="button" className="button button-quiet brief-button-small" disabled={chosen.size === BRIEF_SECTIONS.length} onClick={() => onAll(true)}>
          Include all
        </button>
      </div>
      <ul className="brief-sections">
        {BRIEF_SECTIONS.map((section) => (
          <li key={section}>
            <label className="brief-check">
              <input type="checkbox" checked={chosen.has(section)} onChange={(e) => onToggle(section, e.target.checked)} />
              <span className="brief-check-text">
                <span className="brief-check-label">{BRIEF_SECTION_LABELS[section]}</span>
                <span className="brief-check-hint">{BRIEF_SECTION_HINTS[section]}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
