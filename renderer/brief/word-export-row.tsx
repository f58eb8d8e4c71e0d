import { Icon } from '../components/icons';
import { fileNameOf, folderOf } from './use-brief-export';
import type { WordExport } from './use-word-export';

/** The "Export Word draft" action under the PDF export: the mandate text alone, for negotiation. */
export function WordExportRow({ exporter }: { exporter: WordExport }) {
  const { state } = exporter;
  const exporting = state.phase === 'exporting';
  return (
    <>
      <div className="brief-export-row brief-word-row">
        <div className="brief-export-text">
          <h3 className="card-heading" id="brief-word-title">
            Word draft
          </h3>
          <p className="brief-export-summary">Mandate text · .docx for negotiation</p>
        </div>
        <button type="button" className="button" disabled={exporting} onClick={() => void exporter.start()}>
          <Icon name="file" size={18} />
          {exporting ? 'Exporting…' : 'Export Word draft…'}
        </button>
      </div>
      {state.phase === 'done' && (
        <div className="brief-exported" role="group" aria-labelledby="brief-word-exported-name">
          <p className="brief-exported-text">
            <span className="brief-exported-name" id="brief-word-exported-name">
              Exported “{fileNameOf(state.path)}”
            </span>
            <span className="brief-exported-path" title={state.path}>
              {state.paragraphs} paragraphs · in {folderOf(state.path)}
            </span>
          </p>
          <div className="brief-exported-actions">
            <button type="button" className="button" onClick={() => void exporter.open()}>
              Open draft
            </button>
            <button type="button" className="button" onClick={() => void exporter.reveal()}>
              <Icon name="folder" size={18} />
              Show in folder
            </button>
            <button type="button" className="button button-icon" aria-label="Dismiss the Word export notice" onClick={exporter.dismiss}>
              <Icon name="close" size={18} />
            </button>
          </div>
        </div>
      )}
    </>
  );
}
