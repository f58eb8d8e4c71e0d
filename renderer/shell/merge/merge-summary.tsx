import type { MergeProposal } from '../../../shared/ipc';
import { plural } from '../../../shared/plan/labels';

/** Lines shown at once; the rest of a long list opens on request. */
const SHOWN = 8;

function SideChanges({ title, lines }: { title: string; lines: readonly string[] }) {
  const first = lines.slice(0, SHOWN);
  const rest = lines.slice(SHOWN);
  return (
    <section className="merge-summary-side" aria-label={title}>
      <h3 className="merge-summary-title">
        {title} <span className="merge-summary-count">({plural(lines.length, 'change')})</span>
      </h3>
      {lines.length === 0 ? (
        <p className="merge-summary-none">Nothing changed on this side.</p>
      ) : (
        <ul className="merge-summary-list">
          {first.map((line, i) => (
            <li key={i} dir="auto">{line}</li>
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <details className="merge-summary-more">
          <summary>{plural(rest.length, 'more change')}</summary>
          <ul className="merge-summary-list">
            {rest.map((line, i) => (
              <li key={i} dir="auto">{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** What each side changed since the copies parted, in plain words, side by side. */
export function MergeSummary({ proposal }: { proposal: MergeProposal }) {
  return (
    <div className="merge-summary">
      <SideChanges title="Changed in this copy" lines={proposal.ours} />
      <SideChanges title={`Changed in “${proposal.fileName}”`} lines={proposal.theirs} />
    </div>
  );
}
