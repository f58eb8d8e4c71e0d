/** The Word draft's IPC method: the mandate written as .docx where the planner chooses in the save dialog. */
import { extname, join } from 'node:path';
import type { Handlers } from './handlers';
import { defaultFileName } from './handlers';
import type { HandlerPorts } from './ports';
import { localDay } from '../../shared/risks/scoring';
import { PlannerError } from '../../shared/result';
import { exportWordDraft } from './word/export-word';

export type WordHandlers = Pick<Handlers, 'exportWordDraft'>;

const DOCX_FILTERS = [{ name: 'Word documents', extensions: ['docx'] }];

/** `Veloria mandate` → `Veloria mandate.docx`; a name already ending in .docx is kept. */
export const withDocxExtension = (path: string) => (extname(path).toLowerCase() === '.docx' ? path : `${path}.docx`);

/** Builds the Word handler over the app's ports; spread the result into createHandlers' object. */
export function createWordHandlers(ports: HandlerPorts): WordHandlers {
  return {
    async exportWordDraft({ plan, options }) {
      const folder = ports.settings.get('lastFolder') ?? ports.documentsDir;
      const name = defaultFileName(plan.cover.title).replace(/\.mplan$/i, ' - mandate.docx');
      const chosen = await ports.dialogs.showSaveDialog({ title: 'Export the mandate as a Word draft', defaultPath: join(folder, name), filters: DOCX_FILTERS });
      if (chosen === null) throw new PlannerError('CANCELLED', 'Exporting the Word draft was cancelled.');
      const written = await exportWordDraft(plan, { ...options, generatedAt: options.generatedAt ?? localDay(ports.now()) }, withDocxExtension(chosen));
      return { path: written.path, paragraphs: written.paragraphs };
    },
  };
}
