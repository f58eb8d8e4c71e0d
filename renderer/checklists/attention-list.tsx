import type { DueSoon } from '../../shared/capabilities/readiness';
import { formatDay } from '../components/format-day';
import { AREA_LABELS, CAPABILITY_STATUS_LABELS } from './checklist-labels';
import { dueText } from './checklist-view';

/** Unfinished items due within two weeks or overdue; missing ones first. */
export function AttentionList({ items }: { items: readonly DueSoon[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card attention-card" aria-labelledby="attention-heading">
      <h3 className="card-heading" id="attention-heading">
        Due soon
      </h3>
      <ul className="due-list">
        {items.map(({ item, daysLeft, overdue }) => (
          <li key={item.id} className={`due-item${item.status === 'missing' ? ' due-item-missing' : ''}`}>
            <span className={`flag ${overdue ? 'flag-danger' : 'flag-warn'}`}>{dueText({ daysLeft })}</span>
            <span className="due-title">{item.title}</span>
            <span className="due-meta">
              {AREA_LABELS[item.area]} · {CAPABILITY_STATUS_LABELS[item.status]} · {formatDay(item.dueDate)}
              {item.owner ? ` · ${item.owner}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
