/**
 * The PDF worker run from its TypeScript source, for tests and the browser test host: the built app
 * starts out/main/pdfWorker.js, which does not exist before a build. A worker cannot be given tsx
 * through execArgv on Node 20 (the entry is loaded before `--import` hooks apply), so a tiny
 * bootstrap module registers tsx in the worker first and then imports the .ts entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WORKER_SOURCE = new URL('../../electron/services/pdf/render-worker.ts', import.meta.url);

/** tsx's ESM API file, read from its package exports so no internal path is guessed. */
function tsxApiUrl(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
}

/** A data: URL module that starts a worker's .ts source under tsx. */
function sourceWorkerUrl(source: URL): URL {
  const code = `const { register } = await import(${JSON.stringify(tsxApiUrl())}); register(); await import(${JSON.stringify(source.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** The PDF worker from its source; pass it as `pdfWorkerUrl`. */
export const sourcePdfWorkerUrl = (): URL => sourceWorkerUrl(WORKER_SOURCE);

/** The change-history worker from its source (for workerHistories). */
export const sourceHistoryWorkerUrl = (): URL => sourceWorkerUrl(new URL('../../electron/services/merge/history-worker.ts', import.meta.url));
