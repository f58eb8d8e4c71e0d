import { useId, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { checkNewPassphrase } from './passphrase-rules';
import type { PassphraseRequest } from './session';

const TITLES: Record<PassphraseRequest['mode'], string> = {
  open: 'Passphrase needed',
  protect: 'Protect with a passphrase',
  unprotect: 'Remove passphrase protection',
};

const ACTIONS: Record<PassphraseRequest['mode'], string> = { open: 'Open', protect: 'Protect', unprotect: 'Remove protection' };

/**
 * Asks for a passphrase. The typed text lives in this dialog's state only and goes to the main
 * process once, with the answer; nothing keeps it after the dialog closes.
 */
export function PassphraseDialog({ request }: { request: PassphraseRequest }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [answered, setAnswered] = useState(request.problem);
  // A new refusal from the main process replaces whatever this dialog said itself.
  if (answered !== request.problem) {
    setAnswered(request.problem);
    setProblem(null);
  }
  const creating = request.mode === 'protect';
  const submit = () => {
    const refused = creating ? checkNewPassphrase(passphrase, again) : passphrase ? null : 'Type the passphrase.';
    if (refused) return setProblem(refused);
    if (!request.checking) request.answer(passphrase);
  };
  const shown = request.checking ? null : (problem ?? request.problem);
  return (
    <ModalDialog
      title={TITLES[request.mode]}
      onCancel={() => request.answer(null)}
      actions={
        <>
          <button type="button" className="button" onClick={() => request.answer(null)}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="button button-primary" disabled={request.checking}>
            {request.checking ? 'Checking…' : ACTIONS[request.mode]}
          </button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        className="passphrase-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p>{request.message}</p>
        {creating && (
          <p className="field-hint">
            Use four or more random words. Nobody can open the plan without it, and nobody can recover it for you. The file, its backup and its recovery copies are encrypted
            (age format); exported briefs and spreadsheets are not.
          </p>
        )}
        <label className="field">
          <span className="field-label">{creating ? 'New passphrase' : 'Passphrase'}</span>
          <input
            className="field-input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            value={passphrase}
            maxLength={1024}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? `${id}-problem` : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
        {creating && (
          <label className="field">
            <span className="field-label">Type it again</span>
            <input className="field-input" type="password" autoComplete="off" spellCheck={false} value={again} maxLength={1024} onChange={(e) => setAgain(e.target.value)} />
          </label>
        )}
        {shown && (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {shown}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
