import type { DragEvent, KeyboardEvent } from 'react';
import type { RenderedClause } from '../../shared/mandate/templating';
import type { Clause } from '../../shared/plan/schema';
import { ClauseEditor } from './clause-editor';
import { GapText } from './gap-text';
import { PRIORITY_LABELS, plural } from '../../shared/plan/labels';
import type { PlanChanger } from './plan-changer';
import { Icon } from '../components/icons';

export type MoveControl = 'grip' | 'up' | 'down';

export interface ClauseCardProps {
  change: PlanChanger;
  clause: Clause;
  /** "OP 3" or "PP 1", as the mandate numbers it. */
  number: string;
  /** Position among clauses of the same kind, and how many there are. */
  position: number;
  count: number;
  rendered: RenderedClause;
  closing: boolean;
  open: boolean;
  dropHint: 'before' | 'after' | null;
  onToggle: () => void;
  onMove: (direction: 'up' | 'down', control: MoveControl) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLLIElement>) => void;
  onDrop: (event: DragEvent<HTMLLIElement>) => void;
}


/** One paragraph of the mandate: its filled text and badges, move and edit controls, and its editor. */
export function ClauseCard(props: ClauseCardProps) {
  const { change, clause, number, position, count, rendered, closing, open, dropHint } = props;
  const problems = rendered.gaps.length + rendered.invalid.length;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    // Alt+Arrow on a select opens its list; everywhere else in the card it moves the paragraph.
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || (e.target as HTMLElement).tagName === 'SELECT') return;
    e.preventDefault();
    props.onMove(e.key === 'ArrowUp' ? 'up' : 'down', 'grip');
  };
  return (
    <li
      className="wz-clause"
      data-clause-id={clause.id}
      data-target-id={clause.id}
      data-open={open || undefined}
      data-drop={dropHint ?? undefined}
      aria-label={number}
      onKeyDown={onKeyDown}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
    >
      <div className="wz-clause-main">
        <button
          type="button"
          className="wz-grip"
          draggable
          data-move-role="grip"
          aria-label={`Reorder ${number}`}
          aria-describedby="wz-reorder-help"
          title="Drag, or press Alt+↑ / Alt+↓"
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', clause.id);
            props.onDragStart();
          }}
          onDragEnd={props.onDragEnd}
        >
          <Icon name="grip" size={18} />
        </button>
        <div className="wz-clause-body">
          <div className="wz-clause-meta">
            <span className="wz-clause-number">{number}</span>
            <span className="wz-tag" data-priority={clause.priority}>
              {PRIORITY_LABELS[clause.priority]}
            </span>
            {clause.task && <span className="wz-tag wz-tag-task">Task</span>}
            {!clause.templateId && <span className="wz-tag wz-tag-quiet">Own wording</span>}
            {closing && <span className="wz-tag wz-tag-quiet">Always last</span>}
            {problems > 0 && <span className="wz-tag wz-tag-gap">{plural(problems, 'value')} to fill</span>}
            <div className="wz-clause-actions">
              <button type="button" className="button button-icon" data-move-role="up" aria-label={`Move ${number} up`} title="Move up (Alt+↑)" disabled={position === 0} onClick={() => props.onMove('up', 'up')}>
                <Icon name="up" size={18} />
              </button>
              <button type="button" className="button button-icon" data-move-role="down" aria-label={`Move ${number} down`} title="Move down (Alt+↓)" disabled={position === count - 1} onClick={() => props.onMove('down', 'down')}>
                <Icon name="down" size={18} />
              </button>
              <button type="button" className="button wz-small-button" aria-expanded={open} aria-controls={`wz-clause-editor-${clause.id}`} aria-label={open ? `Done editing ${number}` : `Edit ${number}`} onClick={props.onToggle}>
                <Icon name="pen" size={15} />
                {open ? 'Done' : 'Edit'}
              </button>
              <button type="button" className="button button-icon wz-remove" aria-label={`Remove ${number}`} title="Remove" onClick={props.onRemove}>
                <Icon name="trash" size={18} />
              </button>
            </div>
          </div>
          <p className="wz-clause-text">
            {rendered.opening && <em className="wz-opening">{rendered.opening}</em>} <GapText text={rendered.body} />
          </p>
        </div>
      </div>
      {open && <ClauseEditor change={change} clause={clause} rendered={rendered} label={number} />}
    </li>
  );
}
