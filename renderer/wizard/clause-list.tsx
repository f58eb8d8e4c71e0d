import { useEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { moveClause, nudgeClause, removeClause } from '../../shared/mandate/clause-edits';
import { withFacts } from '../../shared/mandate/plan-facts';
import { renderClause } from '../../shared/mandate/templating';
import type { Clause } from '../../shared/plan/schema';
import { ClauseCard } from './clause-card';
import type { MoveControl } from './clause-card';
import { clauseNumbers, dropPosition, groupClauses, isClosing } from './clause-order';
import { KIND_LABELS } from './labels';
import type { PlanChanger } from './plan-changer';

export interface ClauseListProps {
  change: PlanChanger;
  openIds: ReadonlySet<string>;
  onToggle: (id: string) => void;
  showStatus: (text: string) => void;
}

interface DropState {
  overId: string;
  after: boolean;
}

/** The mandate's paragraphs by kind, reorderable by drag, by Alt+Arrow keys and by buttons. */
export function ClauseList({ change, openIds, onToggle, showStatus }: ClauseListProps) {
  const { plan } = change;
  const clauses = plan.mandate.clauses;
  const groups = useMemo(() => groupClauses(clauses), [clauses]);
  const numbers = useMemo(() => clauseNumbers(clauses), [clauses]);
  const [dragging, setDragging] = useState<Clause | null>(null);
  const [drop, setDrop] = useState<DropState | null>(null);
  const refocus = useRef<{ id: string; control: MoveControl } | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Reordering moves DOM nodes, which drops focus; put it back on the control the planner used.
  useEffect(() => {
    const pending = refocus.current;
    if (!pending || !listRef.current) return;
    refocus.current = null;
    const card = listRef.current.querySelector(`[data-clause-id="${pending.id}"]`);
    const control = card?.querySelector<HTMLButtonElement>(`[data-move-role="${pending.control}"]`);
    (control && !control.disabled ? control : card?.querySelector<HTMLButtonElement>('[data-move-role="grip"]'))?.focus();
  });

  const announceMove = (clause: Clause, to: number) => {
    const kind = clause.kind === 'operative' ? 'operative' : 'preambular';
    showStatus(`Moved to place ${to + 1} of ${groups[kind].length} ${kind} paragraphs.`);
  };

  const move = (clause: Clause, direction: 'up' | 'down', control: MoveControl) => {
    const edit = nudgeClause(plan, clause.id, direction);
    if (!edit) return;
    refocus.current = { id: clause.id, control };
    change.apply(edit, 'move clause');
    const position = groups[clause.kind].indexOf(clause);
    announceMove(clause, position + (direction === 'up' ? -1 : 1));
  };

  const onDragOver = (target: Clause) => (e: DragEvent<HTMLLIElement>) => {
    if (!dragging || dragging.kind !== target.kind || dragging.id === target.id) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    const box = e.currentTarget.getBoundingClientRect();
    const after = e.clientY > box.top + box.height / 2;
    if (drop?.overId !== target.id || drop.after !== after) setDrop({ overId: target.id, after });
  };

  const onDrop = (target: Clause) => (e: DragEvent<HTMLLIElement>) => {
    e.preventDefault();
    const source = dragging;
    setDragging(null);
    setDrop(null);
    if (!source || source.kind !== target.kind || source.id === target.id) return;
    const list = groups[source.kind];
    const box = e.currentTarget.getBoundingClientRect();
    const to = dropPosition(list.findIndex((c) => c.id === source.id), list.indexOf(target), e.clientY > box.top + box.height / 2);
    const edit = moveClause(plan, source.id, to);
    if (!edit) return;
    change.apply(edit, 'move clause');
    announceMove(source, to);
  };

  const remove = (clause: Clause) => {
    change.apply(removeClause(plan, clause.id), 'remove clause');
    showStatus(`Removed ${numbers.get(clause.id) ?? 'the paragraph'}. Undo with Ctrl+Z.`);
  };

  return (
    <div className="wz-clause-groups" ref={listRef}>
      <p id="wz-reorder-help" className="visually-hidden">
        Press Alt+Arrow Up or Alt+Arrow Down to move the paragraph, or drag it.
      </p>
      {(['preambular', 'operative'] as const).map((kind) => {
        const list = groups[kind];
        const headingId = `wz-clauses-${kind}`;
        return (
          <section key={kind} className="wz-clause-group" aria-labelledby={headingId}>
            <h5 className="wz-group-title" id={headingId}>
              {KIND_LABELS[kind]} paragraphs <span className="wz-count">{list.length}</span>
            </h5>
            {list.length === 0 ? (
              <p className="wz-empty">{kind === 'preambular' ? 'No preambular paragraphs yet: they set the scene (Recalling…, Expressing concern…).' : 'No operative paragraphs yet: they decide, authorize and request.'}</p>
            ) : (
              <ol className="wz-clause-list" aria-labelledby={headingId}>
                {list.map((clause, position) => (
                  <ClauseCard
                    key={clause.id}
                    change={change}
                    clause={clause}
                    number={numbers.get(clause.id) ?? ''}
                    position={position}
                    count={list.length}
                    rendered={renderClause(withFacts(plan, clause))}
                    closing={isClosing(clause)}
                    open={openIds.has(clause.id)}
                    dropHint={drop?.overId === clause.id ? (drop.after ? 'after' : 'before') : null}
                    onToggle={() => onToggle(clause.id)}
                    onMove={(direction, control) => move(clause, direction, control)}
                    onRemove={() => remove(clause)}
                    onDragStart={() => setDragging(clause)}
                    onDragEnd={() => {
                      setDragging(null);
                      setDrop(null);
                    }}
                    onDragOver={onDragOver(clause)}
                    onDrop={onDrop(clause)}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
