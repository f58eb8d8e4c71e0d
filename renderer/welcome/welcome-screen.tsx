import { useId } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { Icon } from '../components/icons';
import type { IconName } from '../components/icons';
import type { ErrorPanelProps } from '../components/error-panel';
import type { RecentFile, RecoveryEntry } from '../../shared/ipc';
import { RecentList } from './recent-list';
import { RecoveryList } from './recovery-list';

/** The commands the start screen offers; the shell's controller has them all. */
export interface WelcomeCommands {
  newPlan(): Promise<void>;
  open(): Promise<void>;
  openSample(): Promise<void>;
  openRecent(path: string): Promise<void>;
  removeRecent(path: string): Promise<void>;
  restoreRecovery(id: string): Promise<void>;
  discardRecovery(id: string): Promise<void>;
  dismissError(): void;
}

/** What the start screen shows of the session: the last error and the two lists. */
export interface WelcomeSession {
  error: Omit<ErrorPanelProps, 'onDismiss'> | null;
  recovery: readonly RecoveryEntry[];
  /** Null until first loaded. */
  recent: readonly RecentFile[] | null;
}

export interface WelcomeScreenProps {
  controller: WelcomeCommands;
  session: WelcomeSession;
}

/** The start screen: new, open, sample, recovered work and recent plans. */
export function WelcomeScreen({ controller, session }: WelcomeScreenProps) {
  return (
    <main className="welcome" aria-labelledby="welcome-heading">
      <div className="welcome-inner">
        <header className="welcome-header">
          <span className="welcome-logo">
            <Icon name="shield" size={34} />
          </span>
          <div>
            <h1 className="welcome-title" id="welcome-heading">
              Mandate Planner
            </h1>
            <p className="welcome-tagline">Plan political missions and preventive deployments that protect people from atrocity crimes.</p>
          </div>
        </header>

        {session.error && <ErrorPanel {...session.error} onDismiss={controller.dismissError} />}
        {session.recovery.length > 0 && (
          <RecoveryList entries={session.recovery} onRestore={(id) => void controller.restoreRecovery(id)} onDiscard={(id) => void controller.discardRecovery(id)} />
        )}

        <section aria-labelledby="start-heading">
          <h2 className="section-heading" id="start-heading">
            Start
          </h2>
          <div className="start-actions">
            <StartButton icon="plus" label="New plan" detail="Start from a blank plan" shortcut="Ctrl+N" onClick={() => void controller.newPlan()} />
            <StartButton icon="folder" label="Open…" detail="Open a .mplan file" shortcut="Ctrl+O" onClick={() => void controller.open()} />
            <StartButton icon="sample" label="Open the sample plan" detail="A complete example for the fictional Republic of Veloria" onClick={() => void controller.openSample()} />
          </div>
        </section>

        <section aria-labelledby="recent-heading">
          <h2 className="section-heading" id="recent-heading">
            Recent plans
          </h2>
          <RecentList recent={session.recent} onOpen={(path) => void controller.openRecent(path)} onRemove={(path) => void controller.removeRecent(path)} />
        </section>

        <p className="welcome-foot">Works offline. Plans are saved as .mplan files on this computer; unsaved work is copied aside every few seconds.</p>
      </div>
    </main>
  );
}

interface StartButtonProps {
  icon: IconName;
  label: string;
  detail: string;
  shortcut?: string;
  onClick: () => void;
}

function StartButton({ icon, label, detail, shortcut, onClick }: StartButtonProps) {
  const detailId = useId();
  return (
    <button type="button" className="start-button" onClick={onClick} aria-label={label} aria-describedby={detailId} aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}>
      <span className="start-icon">
        <Icon name={icon} size={22} />
      </span>
      <span className="start-text">
        <span className="start-label">{label}</span>
        <span className="start-detail" id={detailId}>{detail}</span>
      </span>
      {shortcut && <kbd className="start-kbd">{shortcut}</kbd>}
    </button>
  );
}
