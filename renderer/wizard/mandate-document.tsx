import type { AssembledMandate, FrameLine } from '../../shared/mandate/assemble';
import { formatDate } from '../../shared/mandate/templating';
import { GapText } from './gap-text';
import { excerpt } from './excerpt';

const DEADLINE_SOURCE = { task: 'own date', 'mandate-review': 'mandate review', 'mandate-end': 'end of mandate' } as const;
const GENERATED_NOTE = { duration: 'from the terms: duration', review: 'from the terms: review', reporting: 'from the terms: reporting' } as const;

export interface MandateDocumentProps {
  mandate: AssembledMandate;
  title: string;
  status: 'draft' | 'final';
}

function Frame({ lines, className }: { lines: readonly FrameLine[]; className?: string }) {
  return (
    <>
      {lines.map((f, i) => (
        <p key={i} className={`wz-document-frame ${f.style === 'title' ? 'wz-document-front' : ''} ${className ?? ''}`} data-style={f.style} style={f.style === 'centered' ? { textAlign: 'center' } : f.style === 'right' ? { textAlign: 'right' } : undefined}>
          {f.style === 'italic' ? <em>{f.text}</em> : f.text}
        </p>
      ))}
    </>
  );
}

function opening(text: string) {
  return text ? <em className="wz-op-opening">{text}</em> : null;
}

/** The mandate in the chosen instrument's shape: its frame, preamble, numbered operative paragraphs and priority tasks. */
export function MandateDocument({ mandate, title, status }: MandateDocumentProps) {
  const articles = mandate.operative.some((p) => p.label.startsWith('Article'));
  return (
    <article className="wz-document" aria-labelledby="wz-document-title" data-instrument={mandate.instrument}>
      <header className="wz-document-head">
        <span className="wz-document-kind">{mandate.documentKind}</span>
        <h4 className="wz-document-title" id="wz-document-title">
          {title}
        </h4>
        <span className="wz-document-status" data-status={status}>
          {status === 'final' ? 'Final' : 'Draft'}
        </span>
      </header>
      <Frame lines={mandate.front} />
      <p className="wz-document-heading" style={mandate.headingItalic ? undefined : { fontStyle: 'normal' }}>{mandate.heading}</p>
      <Frame lines={mandate.preface} />
      {mandate.preambular.length > 0 && (
        <div className="wz-preambular">
          {mandate.preambular.map((p) => (
            <p key={p.clauseId} className="wz-pp">
              {p.label && <span className="wz-recital-label">{p.label}</span>}
              {p.opening && <em className="wz-pp-opening">{p.opening}</em>} <GapText text={p.text.slice(p.opening ? p.opening.length + 1 : 0)} />
            </p>
          ))}
        </div>
      )}
      <Frame lines={mandate.bridge} />
      {mandate.operative.length > 0 ? (
        <ol className="wz-operative" data-style={articles ? 'articles' : 'numbers'}>
          {mandate.operative.map((p) => (
            <li key={p.clauseId ?? `generated-${p.generated ?? p.number}`} className="wz-op" value={p.number} data-clause-id={p.clauseId ?? undefined}>
              {articles && <span className="wz-article-label">{p.label} </span>}
              {opening(p.opening)} <GapText text={p.text.slice(p.opening ? p.opening.length + 1 : 0)} />
              {p.generated && <span className="wz-generated">{GENERATED_NOTE[p.generated]}</span>}
              {p.groups && (
                <ol className="wz-task-groups">
                  {p.groups.map((g) => (
                    <li key={g.label} className="wz-task-group">
                      ({g.label}) {g.heading}:
                      <ol>
                        {g.items.map((it) => (
                          <li key={it.clauseId} className="wz-task-item" data-clause-id={it.clauseId}>
                            ({it.label}) <GapText text={it.text} />
                          </li>
                        ))}
                      </ol>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="wz-empty">No operative paragraphs yet.</p>
      )}
      <Frame lines={mandate.closing} />
    </article>
  );
}

/** Each authorised task with the reporting and the end or review date that actually apply to it. */
export function TaskTable({ mandate }: { mandate: AssembledMandate }) {
  if (mandate.tasks.length === 0) return null;
  const body = (n: number) => mandate.operative.find((p) => p.number === n);
  const taskText = (clauseId: string) => mandate.operative.flatMap((p) => p.groups ?? []).flatMap((g) => g.items).find((i) => i.clauseId === clauseId)?.text;
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
            const item = taskText(t.clauseId);
            return (
              <tr key={t.clauseId}>
                <td className="wz-num">{t.label || t.number}</td>
                <td>{item ? excerpt(item) : <><em>{p?.opening}</em> {excerpt(p?.body ?? '')}</>}</td>
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
