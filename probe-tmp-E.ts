import { buildBriefDocument } from './shared/brief/build-brief';
import { renderPdf } from './electron/services/pdf/render-brief';
import { planWithRisks } from './test/bench/_large-plan';
const plan = planWithRisks(1500);
const reg = (f: (t: any) => void) => () => { const d = buildBriefDocument(plan, { generatedAt: '2026-11-20', sections: ['risks'] }); const t = ((d.content as any[])[0].stack as any[]).find((n: any) => n.table); f(t); return d; };
const runs: Record<string, any> = {
  current: reg(() => {}),
  breakRows: reg((t) => { t.table.dontBreakRows = false; }),
  noLayout: reg((t) => { t.layout = 'lightHorizontalLines'; }),
  plainCells: reg((t) => { t.table.body = t.table.body.map((row: any[]) => row.map((c: any) => (typeof c === 'string' ? c : typeof c.text === 'string' ? c.text : JSON.stringify(c.text ?? '').slice(0, 20)))); }),
};
await renderPdf(runs.current());
const best: Record<string, number> = {};
for (let r = 0; r < 3; r++) for (const [name, mk] of Object.entries(runs)) {
  const c0 = process.cpuUsage(); const out = await renderPdf(mk()); const c = process.cpuUsage(c0);
  best[name] = Math.min(best[name] ?? Infinity, Math.round((c.user + c.system) / 1000));
  best[name + ' pages'] = out.pageCount;
}
console.log(best);
