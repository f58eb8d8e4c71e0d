import type { ReactNode } from 'react';
import { Icon } from '../components/icons';
import type { BriefExport } from './use-brief-export';
import { ExportedFile } from './exported-file';

export interface ExportCardProps {
  exporter: BriefExport;
  /** What will be exported, e.g. "14 pages · A4 · RESTRICTED". */
  summary: string;
  /** The plan is protected: the brief it exports is not, and the planner is told before exporting. */
  planProtected?: boolean;
  /** Further exports shown under the PDF's (the Word draft). */
  children?: ReactNode;
}

/** The export button, its progress, and the exported file with "Open PDF" and "Show in folder". */
export function ExportCard({ exporter, summary, planProtected, children }: ExportCardProps) {
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
          {planProtected && (
            <p className="brief-plaintext-warning">
              This plan is protected with a passphrase, but its exports are not: anyone who can read the PDF or the Word draft can read what it holds. Consider a redacted copy.
            </p>
          )}
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
        <ExportedFile
          id="brief-exported-name"
          path={state.path}
          detail={`${state.pageCount} pages`}
          openLabel="Open PDF"
          dismissLabel="Dismiss the export notice"
          onOpen={() => void exporter.open()}
          onReveal={() => void exporter.reveal()}
          onDismiss={exporter.dismiss}
        >
          {state.unprintable.length > 0 && (
            <div className="brief-unprintable" role="note" aria-labelledby="brief-unprintable-title">
              <p className="brief-unprintable-title" id="brief-unprintable-title">
                No font of the brief has some characters: they print as empty boxes. Change them in these fields, or keep them if the boxes are acceptable.
              </p>
              <ul className="brief-unprintable-list">
                {state.unprintable.map((field) => (
                  <li key={field} dir="auto">
                    {field}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </ExportedFile>
      )}
      {children}
    </section>
  );
}
