/** Exporting the brief through the save dialog, then opening the file or its folder. */
import { useState } from 'react';
import * as api from '../api';
import type { Plan } from '../../shared/plan/schema';
import type { AppError } from '../../shared/result';

/** `unprintable` names the fields with characters the brief printed as empty boxes. */
export type ExportState = { phase: 'idle' } | { phase: 'exporting'; message?: string } | { phase: 'done'; path: string; pageCount: number; unprintable: string[] };

/** The last part of a path, whichever separator the system uses. */
export const fileNameOf = (path: string) => path.split(/[\\/]/).pop() || path;

/** The folder part of a path, for showing where a file went. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** An export through the save dialog (the brief, the Word draft) and what follows it. */
export interface FileExport<State> {
  state: State;
  start(): Promise<void>;
  open(): Promise<void>;
  reveal(): Promise<void>;
  dismiss(): void;
}

export type BriefExport = FileExport<ExportState>;

/** Export commands for the open plan; outcomes go to the shell's status line and error panel. */
export function useBriefExport(plan: Plan, showStatus: (text: string) => void, showError: (title: string, error: AppError) => void): BriefExport {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const path = state.phase === 'done' ? state.path : null;
  return {
    state,
    async start() {
      const before = state;
      setState({ phase: 'exporting' });
      // Events carry no job id: show the latest phase while this export is pending, then stop listening.
      const stop = api.onBriefProgress(({ message }) => setState({ phase: 'exporting', message }));
      const result = await api.exportBrief(plan).finally(stop);
      if (!result.ok) {
        setState(before);
        // Closing the save dialog is the planner's choice, not a problem to report.
        if (result.error.code !== 'CANCELLED') showError('The brief could not be exported', result.error);
        return;
      }
      const { path: written, pageCount, unprintable = [] } = result.value;
      setState({ phase: 'done', path: written, pageCount, unprintable });
      const boxes = unprintable.length > 0 ? ' Some characters print as empty boxes: see the export notice.' : '';
      showStatus(`Brief exported to “${fileNameOf(written)}” (${pageCount} pages).${boxes}`);
    },
    ...exportedFileActions(path, 'The brief', showError),
    dismiss: () => setState({ phase: 'idle' }),
  };
}

/** "Open" and "Show in folder" for an exported file (none yet: `null`); failures go to the error panel. */
export function exportedFileActions(path: string | null, what: string, showError: (title: string, error: AppError) => void) {
  return {
    async open() {
      if (!path) return;
      const result = await api.openExportedFile(path);
      if (!result.ok) showError(`${what} could not be opened`, result.error);
    },
    async reveal() {
      if (!path) return;
      const result = await api.showExportedFile(path);
      if (!result.ok) showError('The folder could not be shown', result.error);
    },
  };
}
