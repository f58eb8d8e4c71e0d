import * as fs from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const buf = Buffer.alloc(6_300_000, 97);
async function t(label: string, f: (i: number) => Promise<unknown>, n = 9) { await f(99); const ts: number[] = []; for (let i = 0; i < n; i++) { const s = performance.now(); await f(i); ts.push(performance.now() - s); } ts.sort((a,b)=>a-b); console.log(label.padEnd(30), ts[n>>1]!.toFixed(1), 'min', ts[0]!.toFixed(1)); }
await t('write+fsync', async (i) => { const h = await fs.open(join(dir, 'w' + i), 'w'); await h.writeFile(buf); await h.sync(); await h.close(); });
await t('write nosync', async (i) => { const h = await fs.open(join(dir, 'n' + i), 'w'); await h.writeFile(buf); await h.close(); });
await fs.writeFile(join(dir, 'src'), buf);
await t('copyFile', async (i) => fs.copyFile(join(dir, 'src'), join(dir, 'c' + i)));
await t('link', async (i) => fs.link(join(dir, 'src'), join(dir, 'l' + i)));
await t('readFile', async () => fs.readFile(join(dir, 'src')));
await fs.rm(dir, { recursive: true });
