/** The Word draft's IPC method: the mandate written as .docx where the planner chooses in the save dialog. */
import { join } from 'node:path';
import { finalSaveName, startFolder, suggestedFileName } from './file-names';
import type { Handlers } from './handler-types';
import type { HandlerPorts } from './ports';
import type { ExportedFiles } from './shell-handlers';
import { localDay } from '../../shared/risks/scoring';
import { PlannerError } from '../../shared/result';
import { exportWordDraft } from './word/export-word';

export type WordHandlers = Pick<Handlers, 'exportWordDraft'>;

const DOCX_FILTERS = [{ name: 'Word documents', extensions: ['docx'] }];

/** Builds the Word handler over the app's ports; each draft written joins `exported` (see shell-handlers.ts). */
export function createWordHandlers(ports: HandlerPorts, exported: ExportedFiles): WordHandlers {
  return {
    async exportWordDraft({ plan, options }) {
      const name = suggestedFileName(plan.cover.title, ' - mandate.docx');
      const chosen = await ports.dialogs.showSaveDialog({ title: 'Export the mandate as a Word draft', defaultPath: join(startFolder(ports), name), filters: DOCX_FILTERS });
      if (chosen === null) throw new PlannerError('CANCELLED', 'Exporting the Word draft was cancelled.');
      const path = await finalSaveName(chosen, '.docx', ports.dialogs, 'Exporting the Word draft');
      const written = await exportWordDraft(plan, { ...options, generatedAt: options.generatedAt ?? localDay(ports.now()) }, path);
      exported.add(written.path);
      return { path: written.path, paragraphs: written.paragraphs };
    },
  };
}
