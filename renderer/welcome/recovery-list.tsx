import type { RecoveryEntry } from '../../shared/ipc';
import { formatTimestamp } from '../components/format-date';

export interface RecoveryListProps {
  entries: readonly RecoveryEntry[];
  onRestore: (id: string) => void;
  onDiscard: (id: string) => void;
}

/** Unsaved work left by an earlier session, offered back before anything else. */
export function RecoveryList({ entries, onRestore, onDiscard }: RecoveryListProps) {
  return (
    <section className="card card-warning" aria-labelledby="recovery-heading">
      <h2 className="card-heading" id="recovery-heading">
        Unsaved work was recovered
      </h2>
      <p className="card-lead">Mandate Planner closed before these changes were saved. Restore a copy to keep working on it, or discard it.</p>
      <ul className="recovery-list">
        {entries.map((entry) => (
          <li key={entry.id} className="recovery-item">
            <div className="recovery-text">
              <span className="recovery-title">{entry.title || 'Untitled plan'}</span>
              <span className="recovery-meta">
                {entry.path ?? 'Never saved'} · copy from {formatTimestamp(entry.savedAt, 'medium')}
                {entry.protected ? ' · protected: restoring asks for the passphrase' : ''}
              </span>
            </div>
            <div className="recovery-actions">
              <button type="button" className="button button-primary" onClick={() => onRestore(entry.id)} aria-label={`Restore ${entry.title || 'untitled plan'}`}>
                Restore
              </button>
              <button type="button" className="button" onClick={() => onDiscard(entry.id)} aria-label={`Discard recovery copy of ${entry.title || 'untitled plan'}`}>
                Discard
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
