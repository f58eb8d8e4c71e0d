import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { CellEditor as EditorSpec } from './grid-features';
import { Select } from '../select-field';

/** How an edit ended: the grid moves the active cell after Tab, and keeps focus after Enter. */
export type CommitHow = 'enter' | 'tab' | 'shift-tab' | 'blur' | 'change';

export interface CellEditorProps {
  editor: EditorSpec;
  initial: string;
  /** Names the field and the row, e.g. "Likelihood of R-003". */
  label: string;
  /** Why the last attempt was refused; shown next to the cell and announced. */
  error: string | null;
  /** Opened by a pointer: a select then opens its list at once. */
  byPointer: boolean;
  onCommit: (value: string, how: CommitHow) => void;
  onCancel: () => void;
}

/**
 * The in-place editor of a grid cell. Enter saves, Escape cancels, Tab saves and moves on, and
 * leaving the cell saves; a refused value stays in the editor with the reason beside it.
 */
export function CellEditor({ editor, initial, label, error, byPointer, onCommit, onCancel }: CellEditorProps) {
  const [draft, setDraft] = useState(initial);
  const errorId = useId();
  const settled = useRef(false);
  const input = useRef<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    const el: HTMLElement | null = input.current;
    if (!el) return;
    el.focus();
    if (el instanceof HTMLInputElement && el.type === 'text') el.select();
    if (el instanceof HTMLSelectElement && byPointer) {
      try {
        el.showPicker();
      } catch {
        // showPicker needs a user gesture; without one the focused select is still usable.
      }
    }
  }, [byPointer]);

  // A message that would fall below the bottom of a scrolling grid is shown above the cell instead,
  // and one that would run past its right edge ends at the cell's right edge.
  const message = useRef<HTMLParagraphElement>(null);
  const [above, setAbove] = useState(false);
  const [atEnd, setAtEnd] = useState(false);
  useLayoutEffect(() => {
    const el = message.current;
    const scroller = el?.closest<HTMLElement>('.grid-scroll');
    // A grid that lets its popovers out (overflow visible) needs no flip.
    const box = scroller && getComputedStyle(scroller).overflowY !== 'visible' ? scroller.getBoundingClientRect() : undefined;
    const cell = el?.parentElement?.getBoundingClientRect();
    if (el && box && cell) {
      setAbove(cell.bottom + 6 + el.offsetHeight > box.bottom);
      setAtEnd(cell.left + el.offsetWidth > box.right);
    }
  }, [error]);

  const finish = (how: CommitHow, value = draft) => {
    settled.current = true;
    onCommit(value, how);
    // A refused value keeps the editor open, so a later blur must be able to try again.
    queueMicrotask(() => (settled.current = false));
  };

  function onKeyDown(event: KeyboardEvent) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      settled.current = true;
      onCancel();
    } else if (event.key === 'Enter' && !(editor.kind === 'longtext' && event.shiftKey)) {
      event.preventDefault();
      finish('enter');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(event.shiftKey ? 'shift-tab' : 'tab');
    }
  }

  const onBlur = () => {
    if (settled.current) return;
    if (editor.kind === 'select' && draft === initial) onCancel();
    else finish('blur');
  };

  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    className: `grid-editor grid-editor-${editor.kind}`,
    onKeyDown,
    onBlur,
  } as const;

  return (
    <div className="grid-editor-wrap">
      {editor.kind === 'select' ? (
        <Select
          {...common}
          ref={input}
          value={draft}
          options={editor.options}
          onChange={(value) => {
            setDraft(value);
            finish('change', value);
          }}
        />
      ) : editor.kind === 'longtext' ? (
        <textarea {...common} ref={input} value={draft} rows={4} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          ref={input}
          type={editor.kind === 'date' ? 'date' : 'text'}
          inputMode={editor.kind === 'score' ? 'numeric' : undefined}
          maxLength={editor.kind === 'text' ? editor.maxLength : undefined}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      )}
      {error ? (
        <p ref={message} className={`grid-error${above ? ' grid-error-above' : ''}${atEnd ? ' grid-error-end' : ''}`} id={errorId} role="alert">
          {error}
        </p>
      ) : (
        editor.kind === 'longtext' && <p className="grid-editor-hint">Enter saves · Shift+Enter new line · Esc cancels</p>
      )}
    </div>
  );
}
