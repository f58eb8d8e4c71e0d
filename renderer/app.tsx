import { AREAS } from './areas';
import { StatusLine } from './components/status-line';
import { isDirty } from './state/document';
import type { Controller } from './shell/controller';
import { DocumentFrame } from './shell/document-frame';
import { PromptDialog } from './shell/prompt-dialog';
import { PassphraseDialog } from './shell/passphrase-dialog';
import { MergeDialog } from './shell/merge/merge-dialog';
import { useDocumentTitle, useExternalChangeCheck, useRecoveryCopies, useShortcuts } from './shell/use-app-effects';
import { useStore } from './shell/use-store';
import { WelcomeScreen } from './welcome/welcome-screen';

/** The whole window: the welcome screen or the open plan, plus the prompt and status line. */
export function App({ controller }: { controller: Controller }) {
  const state = useStore(controller.documents);
  const session = useStore(controller.session);
  const doc = state.doc;
  const prompting = session.prompt !== null || session.passphrase !== null || session.merge !== null;

  useShortcuts(controller, prompting);
  useRecoveryCopies(controller);
  useExternalChangeCheck(controller);
  useDocumentTitle(controller, doc?.docId ?? null, doc?.plan.cover.title ?? '', isDirty(state));

  return (
    <>
      <div className="app" inert={prompting}>
        {doc ? <DocumentFrame areas={AREAS} controller={controller} state={{ ...state, doc }} session={session} /> : <WelcomeScreen controller={controller} session={session} />}
      </div>
      <StatusLine status={session.status} />
      {session.prompt && <PromptDialog prompt={session.prompt} />}
      {session.passphrase && <PassphraseDialog key={session.passphrase.mode + session.passphrase.message} request={session.passphrase} />}
      {session.merge && <MergeDialog key={`${session.merge.proposal.mergeId}-${String(session.merge.applied)}`} request={session.merge} />}
    </>
  );
}
