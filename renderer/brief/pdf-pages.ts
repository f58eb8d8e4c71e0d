/**
 * PDF bytes → page images, with pdf.js. Runs under the app's strict CSP: the worker is a bundled
 * same-origin file, nothing is evaluated (isEvalSupported: false), no WebAssembly, embedded fonts
 * go through the FontFace API, and pages end up as blob: images (img-src allows blob:).
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** One rendered page: an object URL to revoke when it is no longer shown, and its size in points. */
export interface PageImage {
  url: string;
  widthPt: number;
  heightPt: number;
}

type PdfJs = typeof import('pdfjs-dist');

const WORKER_START_MS = 10_000;
let engine: Promise<PdfJs> | null = null;

/**
 * Starts pdf.js's worker ourselves, to hand it over as its port. Left to itself, pdf.js wraps a
 * worker URL it deems cross-origin (any file:// page, as in Electron) in a blob: script, which the
 * CSP refuses; a worker we create from the bundled file needs no blob: at all.
 */
function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    const finish = (error?: Error) => {
      window.clearTimeout(timer);
      worker.removeEventListener('message', onReady);
      worker.removeEventListener('error', onError);
      if (!error) {
        resolve(worker);
      } else {
        worker.terminate();
        reject(error);
      }
    };
    // The worker script announces itself with a first message once it has loaded.
    const onReady = () => finish();
    const onError = () => finish(new Error('The PDF worker could not start.'));
    const timer = window.setTimeout(() => finish(new Error('The PDF worker did not start in time.')), WORKER_START_MS);
    worker.addEventListener('message', onReady);
    worker.addEventListener('error', onError);
  });
}

/** Loads pdf.js when the first preview is wanted, so starting the app does not pay for it. */
async function loadEngine(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist');
  try {
    pdfjs.GlobalWorkerOptions.workerPort = await startWorker();
  } catch {
    // Without a worker, pdf.js parses on this thread once its worker module is loaded here; the
    // module registers itself as globalThis.pdfjsWorker, which pdf.js looks for.
    await import(/* @vite-ignore */ workerUrl);
  }
  return pdfjs;
}

function prepareEngine(): Promise<PdfJs> {
  engine ??= loadEngine().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

/** Base64 from the IPC response → bytes. */
export function decodeBase64(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('A page could not be turned into an image.'))), 'image/png');
  });
}

/** Revokes the object URLs of pages no longer shown. */
export function releasePages(pages: readonly PageImage[]): void {
  for (const page of pages) URL.revokeObjectURL(page.url);
}

const abortError = () => new DOMException('The preview was replaced by a newer one.', 'AbortError');

/**
 * Renders every page at `scale` bitmap pixels per point, one after another on one canvas (pdf.js
 * yields to the browser between drawing steps, so typing stays smooth). Aborting the signal
 * cancels the page being drawn and rejects with an AbortError; images already made are released.
 */
export async function renderPages(
  bytes: Uint8Array,
  scale: number,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<PageImage[]> {
  const { getDocument } = await prepareEngine();
  if (signal.aborted) throw abortError();
  // pdf.js may transfer the buffer to its worker: give it a copy so the caller's bytes stay usable.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useWasm: false, useSystemFonts: false, enableXfa: false, stopAtErrors: true });
  const pages: PageImage[] = [];
  const canvas = document.createElement('canvas');
  let cancelDrawing: () => void = () => undefined;
  const onAbort = () => {
    cancelDrawing();
    void task.destroy();
  };
  signal.addEventListener('abort', onAbort);
  try {
    const pdf = await task.promise;
    onProgress(0, pdf.numPages);
    for (let number = 1; number <= pdf.numPages; number++) {
      if (signal.aborted) throw abortError();
      const page = await pdf.getPage(number);
      const size = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale });
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      const drawing = page.render({ canvas, viewport });
      cancelDrawing = () => drawing.cancel();
      await drawing.promise;
      page.cleanup();
      const blob = await canvasToBlob(canvas);
      if (signal.aborted) throw abortError();
      pages.push({ url: URL.createObjectURL(blob), widthPt: size.width, heightPt: size.height });
      onProgress(number, pdf.numPages);
    }
    return pages;
  } catch (error) {
    releasePages(pages);
    throw signal.aborted ? abortError() : error;
  } finally {
    signal.removeEventListener('abort', onAbort);
    canvas.width = 0;
    canvas.height = 0;
    void task.destroy();
  }
}
