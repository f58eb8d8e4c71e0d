import { Suspense, useState } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { isDirty, redoLabel, undoLabel } from '../state/document';
import type { DocumentState, OpenDocument } from '../state/document';
import type { AreaDefinition, AreaId } from '../state/area-props';
import type { Controller } from './controller';
import { NavRail } from './nav-rail';
import type { SessionState } from './session';
import { TitleBar } from './title-bar';

export interface DocumentFrameProps {
  /** The plan's areas, in the rail's order (renderer/areas.ts): the frame knows none of them by name. */
  areas: readonly AreaDefinition[];
  controller: Controller;
  state: DocumentState & { doc: OpenDocument };
  session: SessionState;
}

/** The open plan: navigation rail, title bar and the active area. */
export function DocumentFrame({ areas, controller, state, session }: DocumentFrameProps) {
  const [active, setActive] = useState<AreaId>('cover');
  const area = areas.find((a) => a.id === active) ?? areas[0]!;
  const Component = area.component;
  const { doc } = state;
  return (
    <div className="frame">
      <NavRail areas={areas} active={active} onSelect={setActive} onClose={() => void controller.close()} />
      <div className="frame-main">
        <TitleBar
          title={doc.plan.cover.title}
          fileLabel={doc.protected ? `${doc.path ?? 'Not saved yet'} · protected with a passphrase` : (doc.path ?? 'Not saved yet')}
          dirty={isDirty(state)}
          undoLabel={undoLabel(state)}
          redoLabel={redoLabel(state)}
          busy={session.busy}
          onUndo={controller.undo}
          onRedo={controller.redo}
          onSave={() => void controller.save()}
          onMerge={() => void controller.mergeCopy()}
        />
        <main className="content" aria-labelledby="area-heading">
          <div className={area.layout === 'wide' ? 'content-inner content-inner-wide' : 'content-inner'}>
            {session.error && <ErrorPanel {...session.error} onDismiss={controller.dismissError} />}
            <h2 className="area-heading" id="area-heading">
              {area.label}
            </h2>
            <p className="area-summary">{area.summary}</p>
            {/* An area whose code has not arrived yet (see components/lazy-area.tsx) leaves the space empty for that moment. */}
            <Suspense fallback={null}>
              {/* Keyed by document: another plan opened here starts the area afresh (filters, open panels). */}
              <Component
                key={doc.docId}
                doc={doc}
                edit={controller.edit}
                purge={controller.purge}
                endTyping={controller.endTyping}
                goTo={setActive}
                showStatus={controller.showStatus}
                showError={controller.showError}
              />
            </Suspense>
          </div>
        </main>
      </div>
    </div>
  );
}
