import { Icon } from '../components/icons';
import { ExportedFile } from './exported-file';
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
        <ExportedFile
          id="brief-word-exported-name"
          path={state.path}
          detail={`${state.paragraphs} paragraphs`}
          openLabel="Open draft"
          dismissLabel="Dismiss the Word export notice"
          onOpen={() => void exporter.open()}
          onReveal={() => void exporter.reveal()}
          onDismiss={exporter.dismiss}
        />
      )}
    </>
  );
}
