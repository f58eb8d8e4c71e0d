import type { ReactNode } from 'react';
import { Icon } from '../components/icons';
import type { BriefExport } from './use-brief-export';
import { fileNameOf, folderOf } from './use-brief-export';

export interface ExportCardProps {
  exporter: BriefExport;
  /** What will be exported, e.g. "14 pages · A4 · RESTRICTED". */
  summary: string;
  /** Further exports shown under the PDF's (the Word draft). */
  children?: ReactNode;
}

/** The export button, its progress, and the exported file with "Open PDF" and "Show in folder". */
export function ExportCard({ exporter, summary, children }: ExportCardProps) {
  const { state } = exporter;
  const exporting = state.phase === 'exporting';
  return (
    <section className="card brief-export" aria-labelledby="brief-export-title">
      <div className="brief-export-row">
        <div className="brief-export-text">
          <h3 className="card-heading" id="brief-export-title">
            PDF brief
          </h3>
          <p className="brief-export-summary">{summary}</p>
        </div>
        <button type="button" className="button button-primary" disabled={exporting} onClick={() => void exporter.start()}>
          <Icon name="file" size={18} />
          {exporting ? 'Exporting…' : 'Export PDF…'}
        </button>
      </div>
      {exporting && (
        <div className="brief-progress-track" role="progressbar" aria-label="Exporting the brief">
          <div className="brief-progress-bar" />
        </div>
      )}
      <p className="brief-export-summary" role="status" aria-live="polite">
        {state.phase === 'exporting' ? (state.message ?? 'Preparing the brief…') : ''}
      </p>
      {state.phase === 'done' && (
        <div className="brief-exported" role="group" aria-labelledby="brief-exported-name">
          <p className="brief-exported-text">
            <span className="brief-exported-name" id="brief-exported-name">
              Exported “{fileNameOf(state.path)}”
            </span>
            <span className="brief-exported-path" title={state.path}>
              {state.pageCount} pages · in {folderOf(state.path)}
            </span>
          </p>
          <div className="brief-exported-actions">
            <button type="button" className="button" onClick={() => void exporter.open()}>
              Open PDF
            </button>
            <button type="button" className="button" onClick={() => void exporter.reveal()}>
              <Icon name="folder" size={18} />
              Show in folder
            </button>
            <button type="button" className="button button-icon" aria-label="Dismiss the export notice" onClick={exporter.dismiss}>
              <Icon name="close" size={18} />
            </button>
          </div>
        </div>
      )}
      {children}
    </section>
  );
}
