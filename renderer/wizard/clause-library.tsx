import { useMemo, useState } from 'react';
import type { ClauseFamily, ClauseKind } from '../../shared/content/clauses';
import { addClauseFromTemplate } from '../../shared/mandate/clause-edits';
import { filterClauseLibrary } from '../../shared/mandate/filter';
import type { ClauseMatch, Relevance } from '../../shared/mandate/filter';
import { newId } from '../../shared/plan/ids';
import { AddedClauseFill } from './added-clause-fill';
import { GapText } from './gap-text';
import { FAMILY_LABELS, FAMILY_OPTIONS, KIND_LABELS, KIND_OPTIONS, plural } from './labels';
import { Select } from '../components/select-field';
import type { PlanChanger } from './plan-changer';
import { Icon } from '../components/icons';
import { libraryPreview } from './library-preview';

const RELEVANCE_LABELS: Record<Relevance, string> = { recommended: 'Recommended', suitable: 'Suitable', unsuited: 'Does not fit' };

export interface ClauseLibraryProps {
  change: PlanChanger;
  /** Called with the new clause's id and number after it was added. */
  onAdded: (clauseId: string, title: string) => void;
}

/** The clause library filtered to the plan, with search, family and kind filters and an Add button per clause. */
export function ClauseLibrary({ change, onAdded }: ClauseLibraryProps) {
  const { plan } = change;
  const [query, setQuery] = useState('');
  const [family, setFamily] = useState<ClauseFamily | ''>('');
  const [kind, setKind] = useState<ClauseKind | ''>('');
  const [showUnsuited, setShowUnsuited] = useState(false);
  const { matches, hidden } = useMemo(() => {
    const filter = { ...(family ? { family } : {}), ...(kind ? { kind } : {}), ...(query.trim() ? { query } : {}) };
    const all = filterClauseLibrary(plan, { ...filter, includeUnsuited: true });
    const shown = showUnsuited ? all : all.filter((m) => m.relevance !== 'unsuited');
    return { matches: shown, hidden: all.length - shown.length };
  }, [plan, family, kind, query, showUnsuited]);
  const recommended = matches.filter((m) => m.relevance === 'recommended').length;
  // The clause just added, filled in place under its library entry so the planner stays in the library.
  const [added, setAdded] = useState<{ templateId: string; clauseId: string } | null>(null);
  const add = (match: ClauseMatch) => {
    const id = newId('cl');
    change.apply(addClauseFromTemplate(plan, match.template.id, { id }), 'add clause');
    setAdded({ templateId: match.template.id, clauseId: id });
    onAdded(id, match.template.title);
  };
  return (
    <div className="wz-library" data-target-id="library">
      <div className="wz-library-filters" role="search" aria-label="Clause library">
        <label className="wz-search">
          <Icon name="search" size={16} />
          <span className="visually-hidden">Search the library</span>
          <input className="field-input" type="search" value={query} placeholder="Search the library" onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="wz-mini-field">
          <span>Family</span>
          <Select value={family} options={FAMILY_OPTIONS} emptyLabel="All families" onChange={(value) => setFamily(value as ClauseFamily | '')} />
        </label>
        <label className="wz-mini-field">
          <span>Kind</span>
          <Select value={kind} options={KIND_OPTIONS} emptyLabel="Both kinds" onChange={(value) => setKind(value as ClauseKind | '')} />
        </label>
        <label className="wz-check wz-check-compact wz-unsuited-toggle">
          <input type="checkbox" checked={showUnsuited} onChange={(e) => setShowUnsuited(e.target.checked)} />
          <span className="wz-check-label">Show clauses that do not fit</span>
        </label>
      </div>
      <p className="wz-library-count" role="status">
        {plural(matches.length, 'clause')} shown, {recommended} recommended for this plan
      </p>
      {hidden > 0 && (query.trim() || matches.length === 0) && (
        <p className="wz-library-hidden">
          {matches.length === 0 ? 'No clause that fits this plan matches, but ' : 'Also '}
          {plural(hidden, 'clause that does not fit', 'clauses that do not fit')} this plan {hidden === 1 ? 'matches' : 'match'}.{' '}
          <button type="button" className="button button-quiet wz-small-button" onClick={() => setShowUnsuited(true)}>
            Show {hidden === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
      {matches.length === 0 ? (
        hidden === 0 && <p className="wz-empty">No clause matches. Try other words or another family.</p>
      ) : (
        <ul className="wz-library-list" aria-label="Library clauses">
          {matches.map((m) => (
            <li key={m.template.id} className="wz-library-item" data-target-id={m.template.id} data-relevance={m.relevance} aria-label={m.template.title}>
              <div className="wz-library-head">
                <div className="wz-library-name">
                  <span className="wz-library-title">{m.template.title}</span>
                  <span className="wz-library-tags">
                    <span className="wz-tag" data-relevance={m.relevance}>
                      {RELEVANCE_LABELS[m.relevance]}
                    </span>
                    <span className="wz-tag wz-tag-quiet">{KIND_LABELS[m.template.kind]}</span>
                    <span className="wz-tag wz-tag-quiet">{FAMILY_LABELS[m.template.family]}</span>
                  </span>
                </div>
                <button type="button" className="button wz-small-button wz-add" aria-label={`Add “${m.template.title}”`} onClick={() => add(m)}>
                  <Icon name="plus" size={15} />
                  {m.inMandate ? 'Add again' : 'Add'}
                </button>
              </div>
              <p className="wz-library-text">
                <em className="wz-opening">{m.template.opening}</em> <GapText text={libraryPreview(plan, m)} />
              </p>
              <p className="wz-library-why">
                {m.inMandate > 0 && <span className="wz-in-mandate">In the mandate{m.inMandate > 1 ? ` ×${m.inMandate}` : ''} · </span>}
                {m.reasons.length ? m.reasons.join(' · ') : m.template.rationale}
              </p>
              {added?.templateId === m.template.id && <AddedClauseFill key={added.clauseId} change={change} clauseId={added.clauseId} onDone={() => setAdded(null)} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
