import type { RecentFile } from '../../shared/ipc';
import { formatTimestamp } from '../components/format-date';
import { Icon } from '../components/icons';

export interface RecentListProps {
  recent: readonly RecentFile[] | null;
  onOpen: (path: string) => void;
  onRemove: (path: string) => void;
}

/** Recently used plans; files that no longer exist are greyed out and can be removed. */
export function RecentList({ recent, onOpen, onRemove }: RecentListProps) {
  if (recent === null) return <p className="muted">Loading recent plans…</p>;
  if (recent.length === 0) return <p className="muted">Plans you open or save will be listed here.</p>;
  return (
    <ul className="recent-list" aria-label="Recent plans">
      {recent.map((file) => (
        <li key={file.path} className={file.exists ? 'recent-item' : 'recent-item recent-item-missing'}>
          {file.exists ? (
            <button type="button" className="recent-open" onClick={() => onOpen(file.path)}>
              <Icon name="file" />
              <RecentText file={file} />
            </button>
          ) : (
            <>
              <div className="recent-open" aria-disabled="true">
                <Icon name="file" />
                <RecentText file={file} />
              </div>
              <button type="button" className="button button-quiet" onClick={() => onRemove(file.path)} aria-label={`Remove ${file.name} from recent plans`}>
                Remove
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function RecentText({ file }: { file: RecentFile }) {
  return (
    <span className="recent-text">
      <span className="recent-name">{file.name}</span>
      <span className="recent-path">{file.path}</span>
      <span className="recent-when">{file.exists ? `Opened ${formatTimestamp(file.openedAt, 'medium')}` : 'File not found — it was moved or deleted'}</span>
    </span>
  );
}
