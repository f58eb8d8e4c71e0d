import type { ReactNode } from 'react';
import { Icon } from '../components/icons';
import { fileNameOf, folderOf } from './use-brief-export';

export interface ExportedFileProps {
  /** Id of the notice's name, which labels the group (unique per export kind). */
  id: string;
  path: string;
  /** What the file holds, e.g. "14 pages" or "16 paragraphs". */
  detail: string;
  openLabel: string;
  dismissLabel: string;
  onOpen(): void;
  onReveal(): void;
  onDismiss(): void;
  /** Shown between the file's name and its actions (the unprintable-characters note). */
  children?: ReactNode;
}

/** The notice under an export: the file's name and folder, then Open, Show in folder and dismiss. */
export function ExportedFile({ id, path, detail, openLabel, dismissLabel, onOpen, onReveal, onDismiss, children }: ExportedFileProps) {
  return (
    <div className="brief-exported" role="group" aria-labelledby={id}>
      <p className="brief-exported-text">
        <span className="brief-exported-name" id={id}>
          Exported “{fileNameOf(path)}”
        </span>
        <span className="brief-exported-path" title={path}>
          {detail} · in {folderOf(path)}
        </span>
      </p>
      {children}
      <div className="brief-exported-actions">
        <button type="button" className="button" onClick={onOpen}>
          {openLabel}
        </button>
        <button type="button" className="button" onClick={onReveal}>
          <Icon name="folder" size={18} />
          Show in folder
        </button>
        <button type="button" className="button button-icon" aria-label={dismissLabel} onClick={onDismiss}>
          <Icon name="close" size={18} />
        </button>
      </div>
    </div>
  );
}
