import { newId } from '../../shared/plan/ids';
import { TRIPWIRE_DISCLOSURES } from '../../shared/plan/schema';
import type { Tripwire, TripwireDisclosure } from '../../shared/plan/schema';
import type { PlanChanger } from './plan-changer';
import { Icon } from '../components/icons';
import { Select } from '../components/select-field';
import { FACTOR_OPTIONS } from './labels';
import { tripwireSuggestions } from './tripwire-suggestions';

const PATH = ['mission', 'tripwires'] as const;

/** Only a public tripwire may be quoted in the mandate; the others stay in the plan and the brief. */
const DISCLOSURE_LABELS: Record<TripwireDisclosure, string> = { public: 'Public: may be quoted in the mandate', council: 'Shared with the Council', restricted: 'Restricted to planners' };
const DISCLOSURE_OPTIONS = TRIPWIRE_DISCLOSURES.map((d) => ({ value: d, label: DISCLOSURE_LABELS[d] }));

/** The tripwires of an over-the-horizon force: what is observed, by whom, and what it triggers. */
export function TripwireList({ change, focusId, onAdded }: { change: PlanChanger; focusId: string | null; onAdded: (id: string) => void }) {
  const tripwires = change.plan.mission.tripwires;
  const suggestions = tripwireSuggestions(change.plan);
  const add = (fields: Partial<Tripwire> = {}) => {
    const tripwire: Tripwire = { id: newId('tw'), event: '', observer: '', response: '', factor: null, ...fields };
    change.apply({ kind: 'insert', path: PATH, index: tripwires.length, value: tripwire }, 'add tripwire');
    onAdded(tripwire.id);
  };
  return (
    <section className="wz-section" aria-labelledby="wz-tripwires" data-target-id="mission.tripwires">
      <div className="wz-section-head">
        <h4 className="wz-section-title" id="wz-tripwires">
          Tripwires
        </h4>
        <button type="button" className="button wz-small-button" onClick={() => add()}>
          <Icon name="plus" size={16} />
          Add tripwire
        </button>
      </div>
      <p className="wz-section-lead">An over-the-horizon force deters only if the events that bring it in are defined: an observable event, who confirms it, and the response it triggers. Perpetrators can stay just below a published line, so only tripwires marked public may be quoted in the mandate; the others stay in the plan and the brief.</p>
      {tripwires.length === 0 ? (
        <p className="wz-empty">No tripwires yet.</p>
      ) : (
        <ol className="wz-tripwires" aria-label="Tripwires">
          {tripwires.map((t, i) => (
            <li key={t.id} className="wz-tripwire" data-target-id={t.id}>
              <div className="wz-tripwire-head">
                <span className="wz-tripwire-title">Tripwire {i + 1}</span>
                <button type="button" className="button button-quiet wz-small-button wz-danger-quiet" aria-label={`Remove tripwire ${i + 1}`} onClick={() => change.apply({ kind: 'remove', path: PATH, index: i }, 'remove tripwire')}>
                  <Icon name="trash" size={16} />
                  Remove
                </button>
              </div>
              <label className="wz-mini-field">
                <span>Observable event</span>
                <textarea
                  className="field-input"
                  rows={2}
                  value={t.event}
                  maxLength={20000}
                  autoFocus={focusId === t.id}
                  aria-label={`Tripwire ${i + 1}: observable event`}
                  onChange={(e) => change.type([...PATH, i, 'event'], e.target.value, 'edit tripwire event')}
                  onBlur={change.endTyping}
                />
              </label>
              <div className="wz-tripwire-grid">
                <label className="wz-mini-field">
                  <span>Observed by</span>
                  <input
                    className="field-input"
                    type="text"
                    value={t.observer}
                    maxLength={300}
                    aria-label={`Tripwire ${i + 1}: observed by`}
                    onChange={(e) => change.type([...PATH, i, 'observer'], e.target.value, 'edit tripwire observer')}
                    onBlur={change.endTyping}
                  />
                </label>
                <label className="wz-mini-field">
                  <span>Risk factor it watches</span>
                  <Select
                    value={t.factor === null ? '' : String(t.factor)}
                    aria-label={`Tripwire ${i + 1}: risk factor it watches`}
                    options={FACTOR_OPTIONS}
                    emptyLabel="None"
                    onChange={(v) => change.set([...PATH, i, 'factor'], v ? Number(v) : null, 'link tripwire to factor')}
                  />
                </label>
                <label className="wz-mini-field">
                  <span>Who may read it</span>
                  <Select
                    value={t.disclosure ?? 'restricted'}
                    options={DISCLOSURE_OPTIONS}
                    aria-label={`Tripwire ${i + 1}: who may read it`}
                    onChange={(value) => change.set([...PATH, i], { ...t, disclosure: value as TripwireDisclosure }, 'set tripwire disclosure')}
                  />
                </label>
              </div>
              <label className="wz-mini-field">
                <span>Response it triggers</span>
                <textarea
                  className="field-input"
                  rows={2}
                  value={t.response}
                  maxLength={20000}
                  aria-label={`Tripwire ${i + 1}: response it triggers`}
                  onChange={(e) => change.type([...PATH, i, 'response'], e.target.value, 'edit tripwire response')}
                  onBlur={change.endTyping}
                />
              </label>
            </li>
          ))}
        </ol>
      )}
      {suggestions.length > 0 && (
        <div className="wz-suggestions">
          <p className="wz-suggestions-lead">Suggested by the indicators you ticked:</p>
          <ul className="wz-suggestion-list">
            {suggestions.map((s) => (
              <li key={s.indicatorId}>
                <button type="button" className="wz-suggestion" onClick={() => add({ event: s.event, factor: s.factor })}>
                  <Icon name="plus" size={14} />
                  <span>{s.event}</span>
                  <span className="wz-suggestion-factor">factor {s.factor}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
