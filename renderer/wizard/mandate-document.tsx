import type { AssembledMandate } from '../../shared/mandate/assemble';
import { formatDate } from '../../shared/mandate/templating';
import { GapText } from './gap-text';

const DEADLINE_SOURCE = { task: 'own date', 'mandate-review': 'mandate review', 'mandate-end': 'end of mandate' } as const;
const GENERATED_NOTE = { duration: 'from the terms: duration', review: 'from the terms: review', reporting: 'from the terms: reporting' } as const;

/** The first words of a paragraph, for the task table. */
export function excerpt(text: string, words = 12): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

export interface MandateDocumentProps {
  mandate: AssembledMandate;
  title: string;
  status: 'draft' | 'final';
}

/** The mandate in Security Council shape: heading, preambular paragraphs, numbered operative paragraphs. */
export function MandateDocument({ mandate, title, status }: MandateDocumentProps) {
  return (
    <article className="wz-document" aria-labelledby="wz-document-title">
      <header className="wz-document-head">
        <span className="wz-document-kind">Draft resolution</span>
        <h4 className="wz-document-title" id="wz-document-title">
          {title}
        </h4>
        <span className="wz-document-status" data-status={status}>
          {status === 'final' ? 'Final' : 'Draft'}
        </span>
      </header>
      <p className="wz-document-heading">{mandate.heading}</p>
      {mandate.preambular.length > 0 && (
        <div className="wz-preambular">
          {mandate.preambular.map((p) => (
            <p key={p.clauseId} className="wz-pp">
              {p.opening && <em className="wz-pp-opening">{p.opening}</em>} <GapText text={`${p.body},`} />
            </p>
          ))}
        </div>
      )}
      {mandate.operative.length > 0 ? (
        <ol className="wz-operative">
          {mandate.operative.map((p, i) => (
            <li key={p.clauseId ?? `generated-${p.generated}`} className="wz-op" value={p.number}>
              {p.opening && <em className="wz-op-opening">{p.opening}</em>} <GapText text={`${p.body}${i === mandate.operative.length - 1 ? '.' : ';'}`} />
              {p.generated && <span className="wz-generated">{GENERATED_NOTE[p.generated]}</span>}
            </li>
          ))}
        </ol>
      ) : (
        <p className="wz-empty">No operative paragraphs yet.</p>
      )}
    </article>
  );
}

/** Each authorised task with the reporting and the end or review date that actually apply to it. */
export function TaskTable({ mandate }: { mandate: AssembledMandate }) {
  if (mandate.tasks.length === 0) return null;
  const body = (n: number) => mandate.operative.find((p) => p.number === n);
  return (
    <section className="wz-section" aria-labelledby="wz-tasks">
      <h4 className="wz-section-title" id="wz-tasks">
        Authorised tasks
      </h4>
      <table className="wz-table">
        <thead>
          <tr>
            <th scope="col">Paragraph</th>
            <th scope="col">Task</th>
            <th scope="col">Reporting</th>
            <th scope="col">End or review</th>
          </tr>
        </thead>
        <tbody>
          {mandate.tasks.map((t) => {
            const p = body(t.number);
            return (
              <tr key={t.clauseId}>
                <td className="wz-num">{t.number}</td>
                <td>
                  <em>{p?.opening}</em> {excerpt(p?.body ?? '')}
                </td>
                <td data-missing={t.reportingIntervalDays === null || undefined}>{t.reportingIntervalDays === null ? 'None' : `Every ${t.reportingIntervalDays} days`}</td>
                <td data-missing={t.deadline === null || undefined}>{t.deadline ? `${formatDate(t.deadline.date) ?? t.deadline.date} (${DEADLINE_SOURCE[t.deadline.source]})` : 'None'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
