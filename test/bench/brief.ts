/**
 * Brief benchmark: the sample brief, a 5,000-risk brief (time and peak memory), and a bare pdfmake
 * table of 5,000 rows as the baseline the brief is compared with. Targets are printed beside figures.
 */
import { buildBriefDocument } from '../../shared/brief/build-brief';
import { createSamplePlan } from '../../shared/plan/sample';
import { renderPdf } from '../../electron/services/pdf/render-brief';
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { planWithRisks } from './_large-plan';

const DATE = '2026-11-20';
const RISKS = 5_000;

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed(label: string, make: () => TDocumentDefinitions): Promise<{ ms: number; pages: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  peak = process.memoryUsage().rss;
  const start = performance.now();
  const { pageCount, bytes } = await renderPdf(make());
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${label.padEnd(38)} ${secs(ms).padStart(8)}  ${String(pageCount).padStart(5)} pages  ${mib(bytes.length).padStart(7)} file  peak RSS ${mib(peak)}`);
  return { ms, pages: pageCount };
}

function bareTable(rows: TableCell[][], widths: (number | string)[], headers: string[]): TDocumentDefinitions {
  return {
    info: { creationDate: new Date(`${DATE}T00:00:00Z`) },
    content: [{ table: { headerRows: 1, widths, body: [headers, ...rows] } }],
    defaultStyle: { font: 'Roboto', fontSize: 8.5 },
  };
}

const large = planWithRisks(RISKS);

// Warm-up: font parsing and module loading are paid once per process, not per brief.
await renderPdf(buildBriefDocument(createSamplePlan(), { generatedAt: DATE }));

const sample = await timed('sample brief', () => buildBriefDocument(createSamplePlan(), { generatedAt: DATE }));
const baseline3 = await timed(`bare 3-column table, ${RISKS} rows`, () =>
  bareTable(large.risks.items.map((r) => [r.ref, r.title, String(r.likelihood * r.impact)]), [40, '*', 40], ['Ref', 'Risk', 'Score']),
);
const baseline7 = await timed(`bare 7-column table, ${RISKS} rows`, () =>
  bareTable(
    large.risks.items.map((r) => [r.ref, r.title, r.owner, String(r.likelihood * r.impact), String(r.residualLikelihood * r.residualImpact), r.treatment, r.status]),
    [30, '*', 64, 36, 36, 44, 60],
    ['Ref', 'Risk', 'Owner', 'Inherent', 'Residual', 'Treatment', 'Status'],
  ),
);
const registerOnly = await timed(`register section only, ${RISKS} risks`, () => buildBriefDocument(large, { generatedAt: DATE, sections: ['risks'] }));
const full = await timed(`full brief, ${RISKS} risks`, () => buildBriefDocument(large, { generatedAt: DATE }));
const fullPeak = peak;
clearInterval(sampler);

const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
console.log('');
console.log(`sample brief: ${secs(sample.ms)} for ${sample.pages} pages (target < 1.5 s) ${verdict(sample.ms < 1500)}`);
console.log(`${RISKS}-risk brief: ${secs(full.ms)} (target < 10 s) ${verdict(full.ms < 10_000)}, peak RSS ${mib(fullPeak)} (target < 1 GiB) ${verdict(fullPeak < 2 ** 30)}`);
console.log(`register section vs bare 3-column table: ${(registerOnly.ms / baseline3.ms).toFixed(2)}× (goal ≤ 2×) ${verdict(registerOnly.ms <= 2 * baseline3.ms)}`);
console.log(`register section vs bare table of the same 7 columns: ${(registerOnly.ms / baseline7.ms).toFixed(2)}×`);
console.log(`full brief vs bare 3-column table: ${(full.ms / baseline3.ms).toFixed(2)}×`);
