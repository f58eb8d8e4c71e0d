import { useState } from 'react';
import type { RiskCatalogueEntry } from '../../shared/content/risk-catalogue';
import type { Plan } from '../../shared/plan/schema';
import { riskScore } from '../../shared/risks/scoring';
import { ModalDialog } from '../components/modal-dialog';
import { catalogueRows } from './catalogue-view';
import { CATEGORY_LABELS } from './risk-labels';
import { ScoreBadge } from './score-badge';

export interface CatalogueDialogProps {
  plan: Plan;
  /** Adds the entry to the register and returns the new risk's reference. */
  onAdd: (entry: RiskCatalogueEntry) => string;
  onClose: () => void;
}

/** Picks risks from the shipped catalogue; each Add puts one in the register, the dialog stays open. */
export function CatalogueDialog({ plan, onAdd, onClose }: CatalogueDialogProps) {
  const [search, setSearch] = useState('');
  const [all, setAll] = useState(plan.mission.type === 'undecided');
  const [added, setAdded] = useState<Record<string, string>>({});
  const rows = catalogueRows(plan, search, all);
  return (
    <ModalDialog
      title="Add risks from the catalogue"
      onCancel={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <div className="wide-dialog catalogue">
        <p>Risks that political missions and preventive deployments commonly face. Each one starts with a suggested rating and mitigation ideas that you adapt to the situation.</p>
        <div className="catalogue-filters">
          <label className="visually-hidden" htmlFor="catalogue-search">
            Search the catalogue
          </label>
          <input id="catalogue-search" type="search" className="field-input" placeholder="Search the catalogue" value={search} onChange={(e) => setSearch(e.target.value)} />
          {plan.mission.type !== 'undecided' && (
            <label className="check-label">
              <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
              Include risks for other mission types
            </label>
          )}
        </div>
        {rows.length === 0 ? (
          <p className="muted">No catalogue risk matches “{search}”.</p>
        ) : (
          <ul className="catalogue-list">
            {rows.map(({ entry, inRegister }) => {
              const ref = added[entry.id];
              return (
                <li key={entry.id} className="catalogue-item">
                  <div className="catalogue-text">
                    <p className="catalogue-title">{entry.title}</p>
                    <p className="catalogue-meta">
                      {CATEGORY_LABELS[entry.category]} · suggested <ScoreBadge score={riskScore(entry.likelihood, entry.impact)} bands={plan.risks.bands} /> ·{' '}
                      {entry.basis}
                    </p>
                    {inRegister.length > 0 && <p className="catalogue-present">Already in the register as {inRegister.join(', ')}.</p>}
                  </div>
                  {ref ? (
                    <span className="catalogue-added" role="status">
                      Added as {ref}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-label={inRegister.length ? `Add “${entry.title}” again` : `Add “${entry.title}”`}
                      onClick={() => setAdded({ ...added, [entry.id]: onAdd(entry) })}
                    >
                      {inRegister.length ? 'Add again' : 'Add'}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </ModalDialog>
  );
}
