import { useState } from 'react';
import { ClauseLibrary } from './clause-library';
import { ClauseList } from './clause-list';
import { CustomClauseForm } from './custom-clause-form';
import type { PlanChanger } from './plan-changer';
import { Icon } from '../components/icons';

export interface ClausesStepProps {
  change: PlanChanger;
  openIds: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  showStatus: (text: string) => void;
  /** Bumped when advice sends the planner to the library: the library opens. */
  libraryRequest?: number;
}

type Panel = 'library' | 'custom' | null;

/** Step 4: the clause library and the planner's own clauses, then the mandate's paragraphs in order. */
export function ClausesStep({ change, openIds, onToggle, onOpen, showStatus, libraryRequest = 0 }: ClausesStepProps) {
  const count = change.plan.mandate.clauses.length;
  const [panel, setPanel] = useState<Panel>(count === 0 || libraryRequest > 0 ? 'library' : null);
  // A new request from advice opens the library (state adjusted while rendering, not in an effect).
  const [seenRequest, setSeenRequest] = useState(libraryRequest);
  if (libraryRequest !== seenRequest) {
    setSeenRequest(libraryRequest);
    setPanel('library');
  }
  const toggle = (p: Exclude<Panel, null>) => setPanel((current) => (current === p ? null : p));
  return (
    <div className="wz-sections">
      <section className="wz-section" aria-labelledby="wz-add-clauses">
        <div className="wz-section-head">
          <h4 className="wz-section-title" id="wz-add-clauses">
            Add paragraphs
          </h4>
          <div className="wz-panel-switch">
            <button type="button" className={panel === 'library' ? 'button button-primary wz-small-button' : 'button wz-small-button'} aria-expanded={panel === 'library'} aria-controls="wz-add-panel" onClick={() => toggle('library')}>
              <Icon name="register" size={16} />
              Clause library
            </button>
            <button type="button" className={panel === 'custom' ? 'button button-primary wz-small-button' : 'button wz-small-button'} aria-expanded={panel === 'custom'} aria-controls="wz-add-panel" onClick={() => toggle('custom')}>
              <Icon name="pen" size={16} />
              Write your own
            </button>
          </div>
        </div>
        {panel === null && <p className="wz-section-lead">Open the library to pick preventive clauses filtered to this mission and situation, or write a paragraph of your own.</p>}
        {panel !== null && (
          <div id="wz-add-panel">
            {panel === 'library' ? (
              <ClauseLibrary
                change={change}
                onAdded={(id, title) => {
                  onOpen(id);
                  showStatus(`Added “${title}”. Fill in what it still needs right here, under the clause.`);
                }}
              />
            ) : (
              <CustomClauseForm
                change={change}
                onAdded={(id) => {
                  onOpen(id);
                  showStatus('Added your paragraph to the mandate.');
                }}
              />
            )}
          </div>
        )}
      </section>
      <section className="wz-section" aria-labelledby="wz-mandate-clauses">
        <div className="wz-section-head">
          <h4 className="wz-section-title" id="wz-mandate-clauses">
            The mandate’s paragraphs <span className="wz-count">{count}</span>
          </h4>
        </div>
        <p className="wz-section-lead">Drag a paragraph by its handle, press Alt+↑ / Alt+↓, or use the arrows to change the order. The review adds the duration, review and reporting paragraphs from the mandate’s terms.</p>
        <ClauseList change={change} openIds={openIds} onToggle={onToggle} showStatus={showStatus} />
      </section>
    </div>
  );
}
