/** Exporting the mandate as a Word draft through the save dialog, then opening the file or its folder. */
import { useState } from 'react';
import * as api from '../api';
import type { Plan } from '../../shared/plan/schema';
import type { AppError } from '../../shared/result';
import { exportedFileActions, fileNameOf } from './use-brief-export';
import type { FileExport } from './use-brief-export';

export type WordExportState = { phase: 'idle' } | { phase: 'exporting' } | { phase: 'done'; path: string; paragraphs: number };

export type WordExport = FileExport<WordExportState>;

/** Export commands for the open plan's Word draft; outcomes go to the shell's status line and error panel. */
export function useWordExport(plan: Plan, showStatus: (text: string) => void, showError: (title: string, error: AppError) => void): WordExport {
  const [state, setState] = useState<WordExportState>({ phase: 'idle' });
  const path = state.phase === 'done' ? state.path : null;
  return {
    state,
    async start() {
      const before = state;
      setState({ phase: 'exporting' });
      const result = await api.exportWordDraft(plan);
      if (!result.ok) {
        setState(before);
        // Closing the save dialog is the planner's choice, not a problem to report.
        if (result.error.code !== 'CANCELLED') showError('The Word draft could not be exported', result.error);
        return;
      }
      setState({ phase: 'done', path: result.value.path, paragraphs: result.value.paragraphs });
      showStatus(`Word draft exported to “${fileNameOf(result.value.path)}”.`);
    },
    ...exportedFileActions(path, 'The Word draft', showError),
    dismiss: () => setState({ phase: 'idle' }),
  };
}
