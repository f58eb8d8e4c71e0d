import { Icon } from '../components/icons';
import { markControls } from '../../shared/brief/safe-text';

export interface TitleBarProps {
  title: string;
  fileLabel: string;
  dirty: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  /** File › Merge a copy…, reachable without the menu. */
  onMerge: () => void;
}

/** The plan title with its unsaved marker, where it is stored, and the edit/save buttons. */
export function TitleBar({ title, fileLabel, dirty, undoLabel, redoLabel, busy, onUndo, onRedo, onSave, onMerge }: TitleBarProps) {
  return (
    <header className="titlebar">
      <div className="titlebar-text">
        <h1 className="titlebar-title">
          <bdi className="titlebar-title-text" dir="auto">{markControls(title) || 'Untitled plan'}</bdi>
          {dirty && (
            <span className="dirty-marker" title="Unsaved changes" aria-label="unsaved changes" data-testid="dirty-marker">
              •
            </span>
          )}
        </h1>
        <p className="titlebar-file">{fileLabel}</p>
      </div>
      <div className="toolbar" role="toolbar" aria-label="Document">
        <button type="button" className="button button-icon" onClick={onUndo} disabled={!undoLabel} aria-label={undoLabel ?? 'Undo'} title={`${undoLabel ?? 'Nothing to undo'} (Ctrl+Z)`}>
          <Icon name="undo" />
        </button>
        <button type="button" className="button button-icon" onClick={onRedo} disabled={!redoLabel} aria-label={redoLabel ?? 'Redo'} title={`${redoLabel ?? 'Nothing to redo'} (Ctrl+Y)`}>
          <Icon name="redo" />
        </button>
        <button type="button" className="button button-icon" onClick={onMerge} aria-label="Merge a copy…" title="Merge a copy of this plan that someone else edited">
          <Icon name="merge" />
        </button>
        <button type="button" className="button button-primary" onClick={onSave} aria-busy={busy} title="Save (Ctrl+S)">
          <Icon name="save" size={18} />
          <span>Save</span>
        </button>
      </div>
    </header>
  );
}
