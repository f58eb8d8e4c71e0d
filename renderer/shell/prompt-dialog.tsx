import { ModalDialog } from '../components/modal-dialog';
import type { SessionState } from './session';

/** The question the controller is waiting on, as a modal dialog. */
export function PromptDialog({ prompt }: { prompt: NonNullable<SessionState['prompt']> }) {
  // Enter on the first focused button must never lose work: the primary choice, else Cancel.
  const focusId = prompt.choices.find((c) => c.tone === 'primary')?.id ?? prompt.cancelId;
  return (
    <ModalDialog
      title={prompt.title}
      role="alertdialog"
      onCancel={() => prompt.answer(prompt.cancelId)}
      actions={prompt.choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          className={choice.tone ? `button button-${choice.tone}` : 'button'}
          data-autofocus={choice.id === focusId ? true : undefined}
          onClick={() => prompt.answer(choice.id)}
        >
          {choice.label}
        </button>
      ))}
    >
      <p>{prompt.message}</p>
    </ModalDialog>
  );
}
