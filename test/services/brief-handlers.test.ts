import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { createSamplePlan } from '../../shared/plan/sample';
import { tempFolder, testPorts } from './helpers';

describe('brief over IPC', () => {
  it('renders a preview in memory, dated by the app clock, without touching the disk', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const result = await dispatch(handlers, 'renderBriefPreview', { plan: createSamplePlan(), options: { paper: 'Letter' } });
    if (!result.ok) throw new Error(result.error.message);
    const pdf = Buffer.from(result.value.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.value.pageCount).toBeGreaterThanOrEqual(10);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
    expect(pdf.toString('latin1')).toContain('(D:20261201');
    expect(ports.dialogs.asked).toEqual([]);
  });

  it('exports through the save dialog, adding .pdf to the chosen name', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const folder = await tempFolder();
    ports.dialogs.saveAnswers.push(join(folder, 'veloria brief'));
    const result = await dispatch(handlers, 'exportBrief', { plan: createSamplePlan(), options: { generatedAt: '2026-11-20' } });
    expect(result).toMatchObject({ ok: true, value: { path: join(folder, 'veloria brief.pdf') } });
    expect((await readFile(join(folder, 'veloria brief.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(ports.dialogs.asked[0]).toMatchObject({ kind: 'save', defaultPath: join(ports.documentsDir, 'Preventive mandate proposal for the Karst Basin - brief.pdf') });
  });

  it('reports a cancelled save dialog as CANCELLED and writes nothing', async () => {
    const ports = await testPorts();
    const result = await dispatch(createHandlers(ports), 'exportBrief', { plan: createSamplePlan(), options: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });

  it('refuses malformed options before rendering anything', async () => {
    const ports = await testPorts();
    const result = await dispatch(createHandlers(ports), 'renderBriefPreview', { plan: createSamplePlan(), options: { paper: 'A3' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
