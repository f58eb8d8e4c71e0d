/**
 * The brief's IPC methods: a preview rendered in memory and an export through the save dialog.
 * They use the same build-and-render steps as the CLI, so the app and the CLI print the same brief.
 */
import { join } from 'node:path';
import type { Handlers } from './handler-types';
import { finalSaveName, startFolder, suggestedFileName } from './file-names';
import type { HandlerPorts } from './ports';
import type { ExportedFiles } from './shell-handlers';
import type { BriefOptionsInput } from '../../shared/brief/options';
import { localDay } from '../../shared/risks/scoring';
import { PlannerError } from '../../shared/result';
import { exportBrief, renderBrief } from './pdf/export-brief';
import { workerBriefRenderer } from './pdf/render-in-worker';

export type BriefHandlers = Pick<Handlers, 'renderBriefPreview' | 'cancelBriefPreview' | 'exportBrief'>;

const PDF_FILTERS = [{ name: 'PDF documents', extensions: ['pdf'] }];

/**
 * Builds the brief handlers over the app's ports; spread the result into createHandlers' object.
 * Each PDF written joins `exported`, so "Open PDF" and "Show in folder" may then reach it.
 */
export function createBriefHandlers(ports: HandlerPorts, exported: ExportedFiles): BriefHandlers {
  /** The app's brief is dated by the planner's local day unless the request fixes a date. */
  const withDate = (options: Omit<BriefOptionsInput, 'generatedAt'> & { generatedAt?: string }): BriefOptionsInput => ({
    ...options,
    generatedAt: options.generatedAt ?? localDay(ports.now()),
  });
  const render = ports.pdfWorkerUrl ? workerBriefRenderer(ports.pdfWorkerUrl, { warm: true }) : renderBrief;
  /** The preview rendering now: one at a time, as the window shows one preview. */
  let preview: AbortController | null = null;

  return {
    async renderBriefPreview({ plan, options }) {
      // A newer preview replaces one still rendering: nobody will look at the older one.
      preview?.abort();
      const own = new AbortController();
      preview = own;
      try {
        const pdf = await render(plan, withDate(options), ports.onBriefProgress, own.signal);
        return { pdfBase64: pdf.bytes.toString('base64'), pageCount: pdf.pageCount };
      } finally {
        if (preview === own) preview = null;
      }
    },
    async cancelBriefPreview() {
      preview?.abort();
      preview = null;
      return {};
    },
    async exportBrief({ plan, options }) {
      const name = suggestedFileName(plan.cover.title, ' - brief.pdf');
      const chosen = await ports.dialogs.showSaveDialog({ title: 'Export brief as PDF', defaultPath: join(startFolder(ports), name), filters: PDF_FILTERS });
      if (chosen === null) throw new PlannerError('CANCELLED', 'Exporting the brief was cancelled.');
      const path = await finalSaveName(chosen, '.pdf', ports.dialogs, 'Exporting the brief');
      const written = await exportBrief(plan, withDate(options), path, { render, onProgress: ports.onBriefProgress });
      exported.add(written.path);
      return { path: written.path, pageCount: written.pageCount, unprintable: written.unprintable };
    },
  };
}
