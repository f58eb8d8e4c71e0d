import { useState } from 'react';
import type { RiskHistoryEntry } from '../../shared/plan/schema';
import { formatTimestamp } from '../components/format-date';
import { historyLine } from './history-lines';

const FIRST = 8;

/** The risk's changes, newest first: when, by whom, which field, from what to what. */
export function RiskHistory({ history }: { history: readonly RiskHistoryEntry[] }) {
  const [all, setAll] = useState(false);
  const newestFirst = [...history].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, FIRST);
  if (history.length === 0) return <p className="muted">No changes recorded.</p>;
  return (
    <>
      <ol className="history">
        {shown.map((entry, i) => (
          <li key={`${entry.at}-${i}`} className="history-item">
            <span className="history-when">
              {formatTimestamp(entry.at, 'medium')} · {entry.by}
            </span>
            <span className="history-what">{historyLine(entry)}</span>
          </li>
        ))}
      </ol>
      {history.length > FIRST && (
        <button type="button" className="button button-quiet button-small" onClick={() => setAll(!all)}>
          {all ? 'Show the latest only' : `Show all ${history.length} changes`}
        </button>
      )}
    </>
  );
}
