export interface RegisterToolbarProps {
  onAddFromCatalogue: () => void;
  onNewRisk: () => void;
  onImportCsv: () => void;
  onExportCsv: () => void;
  onBands: () => void;
  onClearHistory: () => void;
  /** False when no risk has history: the button is there but off. */
  canClearHistory: boolean;
}

/** The register's commands above the heat map. */
export function RegisterToolbar({ onAddFromCatalogue, onNewRisk, onImportCsv, onExportCsv, onBands, onClearHistory, canClearHistory }: RegisterToolbarProps) {
  return (
    <div className="area-toolbar" role="toolbar" aria-label="Register actions">
      <button type="button" className="button button-primary" onClick={onAddFromCatalogue}>
        Add from catalogue
      </button>
      <button type="button" className="button" onClick={onNewRisk}>
        New risk
      </button>
      <span className="toolbar-gap" />
      <button type="button" className="button" onClick={onImportCsv}>
        Import CSV…
      </button>
      <button type="button" className="button" onClick={onExportCsv}>
        Export CSV…
      </button>
      <button type="button" className="button" onClick={onBands}>
        Score bands…
      </button>
      <button type="button" className="button" onClick={onClearHistory} disabled={!canClearHistory}>
        Clear history
      </button>
    </div>
  );
}
