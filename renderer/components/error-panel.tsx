export interface ErrorPanelProps {
  title: string;
  message: string;
  details: readonly string[];
  onDismiss: () => void;
}

/** A plain-language error with the problems found listed below it; announced to screen readers. */
export function ErrorPanel({ title, message, details, onDismiss }: ErrorPanelProps) {
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
      <div className="error-panel-body">
        <h2 className="error-panel-title" id="error-panel-title">
          {title}
        </h2>
        <p className="error-panel-message">{message}</p>
        {details.length > 0 && (
          <ul className="error-panel-details" aria-label="Problems found">
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
