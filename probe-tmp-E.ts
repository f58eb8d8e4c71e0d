import { buildBriefDocument } from './shared/brief/build-brief';
import { renderPdf } from './electron/services/pdf/render-brief';
import { planWithRisks } from './test/bench/_large-plan';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
const n = 1500;
const plan = planWithRisks(n);
const base = buildBriefDocument(plan, { generatedAt: '2026-11-20', sections: ['annex'] });
const entries = () => ((buildBriefDocument(plan, { generatedAt: '2026-11-20', sections: ['annex'] }).content as any[])[0].stack as any[]).slice(2);
function doc(content: Content[]): TDocumentDefinitions { const d = buildBriefDocument(plan, { generatedAt: '2026-11-20', sections: ['annex'] }); return { ...d, content }; }
const variants: Record<string, () => TDocumentDefinitions> = {
  current: () => buildBriefDocument(plan, { generatedAt: '2026-11-20', sections: ['annex'] }),
  noUnbreakable: () => doc(entries().map((e) => ({ stack: e.stack, margin: e.margin }))),
  oneText: () => doc(entries().map((e) => ({ text: e.stack.flatMap((p: any, i: number) => [i ? '\n' : '', ...(Array.isArray(p.text) ? p.text : [{ text: p.text ?? '', bold: p.bold, color: p.color }])]), fontSize: 8.5, margin: e.margin }))),
  oneTextUnbreakable: () => doc(entries().map((e) => ({ stack: [{ text: e.stack.flatMap((p: any, i: number) => [i ? '\n' : '', ...(Array.isArray(p.text) ? p.text : [{ text: p.text ?? '', bold: p.bold, color: p.color }])]), fontSize: 8.5 }], unbreakable: true, margin: e.margin }))),
  noBackground: () => { const d = buildBriefDocument(plan, { generatedAt: '2026-11-20', sections: ['annex'] }); return { ...d, background: undefined }; },
  noHeaderFooter: () => { const d = buildBriefDocument(plan, { generatedAt: '2026-11-20', sections: ['annex'] }); return { ...d, header: undefined, footer: undefined }; },
};
await renderPdf(variants.current!());
for (const [name, make] of Object.entries(variants)) {
  let best = Infinity, pages = 0;
  for (let i = 0; i < 2; i++) { const c0 = process.cpuUsage(); const r = await renderPdf(make()); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1000); pages = r.pageCount; }
  console.log(name.padEnd(20), Math.round(best), 'ms cpu', pages, 'pages');
}
