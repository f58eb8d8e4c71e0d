/**
 * App-wide lock-down applied to every web contents and session: no navigation, no new windows,
 * no webviews, no permissions beyond the allow-list. The rules live in lockdown-rules.ts, where
 * they are tested without Electron.
 */
import { app, session } from 'electron';
import { applyLockDown } from './lockdown-rules';

/** Call once before any window is created. */
export function lockDown(): void {
  applyLockDown(app, session.defaultSession);
}
