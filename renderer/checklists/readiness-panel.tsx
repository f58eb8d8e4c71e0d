import type { ReadinessReport, Readiness } from '../../shared/capabilities/readiness';
import { AREA_LABELS, CAPABILITY_AREAS } from './checklist-labels';
import { readinessCounts } from './checklist-view';

function Bar({ readiness, label }: { readiness: Readiness; label: string }) {
  const percent = readiness.percent ?? 0;
  const tone = readiness.percent === null ? 'none' : percent >= 75 ? 'good' : percent >= 40 ? 'fair' : 'poor';
  return (
    <div
      className={`readiness-bar readiness-${tone}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={readiness.percent === null ? 'Nothing to measure yet' : `${percent}%`}
    >
      <span className="readiness-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

/** Overall and per-area readiness, each as a figure and a bar, with the critical gaps counted. */
export function ReadinessPanel({ report }: { report: ReadinessReport }) {
  const { overall } = report;
  return (
    <section className="readiness" aria-labelledby="readiness-heading">
      <div className="card readiness-overall">
        <h3 className="readiness-label" id="readiness-heading">
          Overall readiness
        </h3>
        <p className="readiness-figure" data-testid="readiness-overall">
          {overall.percent === null ? '—' : `${overall.percent}%`}
        </p>
        <Bar readiness={overall} label="Overall readiness" />
        <p className="readiness-counts">{readinessCounts(overall)}</p>
        {overall.criticalGaps > 0 && (
          <p className="readiness-critical">
            {overall.criticalGaps} critical {overall.criticalGaps === 1 ? 'gap' : 'gaps'}
          </p>
        )}
      </div>
      {CAPABILITY_AREAS.map((area) => {
        const r = report.byArea[area];
        return (
          <div key={area} className="card readiness-area">
            <h4 className="readiness-label">{AREA_LABELS[area]}</h4>
            <p className="readiness-figure readiness-figure-small" data-testid={`readiness-${area}`}>
              {r.percent === null ? '—' : `${r.percent}%`}
            </p>
            <Bar readiness={r} label={`${AREA_LABELS[area]} readiness`} />
            <p className="readiness-counts">{r.total === 0 ? 'No items yet' : readinessCounts(r)}</p>
            {r.criticalGaps > 0 && (
              <p className="readiness-critical">
                {r.criticalGaps} critical {r.criticalGaps === 1 ? 'gap' : 'gaps'}
              </p>
            )}
          </div>
        );
      })}
      <p className="readiness-note">In place counts fully, partial half; missing and unassessed count nothing; not applicable is left out.</p>
    </section>
  );
}
