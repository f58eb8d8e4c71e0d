/**
 * Everything the shell shows besides the plan itself: the welcome lists, the open question
 * (a modal prompt), the last error and the status line.
 */
import type { MergeChoice, MergeProposal, RecentFile, RecoveryEntry } from '../../shared/ipc';
import { createStore } from '../state/store';
import type { Store } from '../state/store';

/** An error shown in the error panel: plain message first, field paths or causes below. */
export interface Notice {
  title: string;
  message: string;
  details: string[];
}

export interface PromptChoice {
  id: string;
  label: string;
  tone?: 'primary' | 'danger';
}

/** A question the planner must answer before a command goes on. */
export interface PromptSpec {
  title: string;
  message: string;
  choices: PromptChoice[];
  /** The choice that Escape, the close button and a click outside mean. */
  cancelId: string;
}

/** A passphrase the controller is waiting for: to open a protected plan, protect one, or remove protection. */
export interface PassphraseRequest {
  mode: 'open' | 'protect' | 'unprotect';
  message: string;
  /** Why the last answer was refused (a wrong passphrase), shown under the field. */
  problem: string | null;
  /** The last answer is being checked: the dialog waits. */
  checking: boolean;
  /** The passphrase, or null when the planner cancelled. */
  answer: (passphrase: string | null) => void;
}

/** Another copy merged in and waiting in the conflict view: decide each conflict, or (applied) read what changed. */
export interface MergeRequest {
  proposal: MergeProposal;
  /** The merge had no conflicts and is applied already: the view only shows what each side changed. */
  applied: boolean;
  /** Why the last decision was refused (e.g. a written value the plan cannot take), shown in the view. */
  problem: string | null;
  /** The decisions are being applied: the view waits. */
  checking: boolean;
  /** The planner's decision for every conflict, or null when they cancelled (or closed the applied view). */
  answer: (choices: MergeChoice[] | null) => void;
}

export interface SessionState {
  /** Null until first loaded. */
  recent: RecentFile[] | null;
  recovery: RecoveryEntry[];
  error: Notice | null;
  status: { id: number; text: string } | null;
  prompt: (PromptSpec & { answer: (choiceId: string) => void }) | null;
  passphrase: PassphraseRequest | null;
  merge: MergeRequest | null;
  busy: boolean;
}

export type SessionStore = Store<SessionState, Partial<SessionState>>;

/** A store for the shell state; actions are patches merged into it. */
export function createSessionStore(): SessionStore {
  return createStore<SessionState, Partial<SessionState>>((state, patch) => ({ ...state, ...patch }), {
    recent: null,
    recovery: [],
    error: null,
    status: null,
    prompt: null,
    passphrase: null,
    merge: null,
    busy: false,
  });
}
