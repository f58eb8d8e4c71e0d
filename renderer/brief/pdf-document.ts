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
export function releasePages(pages: Iterable<PageImage>): void {
  for (const page of pages) URL.revokeObjectURL(page.url);
}

const abortError = () => new DOMException('The drawing was replaced by a newer one.', 'AbortError');

/** An opened PDF whose pages are drawn one at a time, on demand. */
export interface PreviewDocument {
  readonly pageCount: number;
  /** The first page's size; a brief has one paper size throughout. */
  readonly pageSize: { widthPt: number; heightPt: number };
  /** Draws page `number` (from 1) at `scale` bitmap pixels per point; an aborted draw rejects with an AbortError. */
  drawPage(number: number, scale: number, signal: AbortSignal): Promise<PageImage>;
  /** Frees pdf.js's copy of the document; pending draws are rejected. */
  destroy(): void;
}

/**
 * Opens PDF bytes for drawing. Draws run one after another on one canvas; pdf.js yields to the
 * browser between drawing steps, so typing stays smooth while pages are drawn.
 */
export async function openPdf(bytes: Uint8Array): Promise<PreviewDocument> {
  const { getDocument } = await prepareEngine();
  // pdf.js may transfer the buffer to its worker: give it a copy so the caller's bytes stay usable.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useWasm: false, useSystemFonts: false, enableXfa: false, stopAtErrors: true });
  let pdf: Awaited<typeof task.promise>;
  let first: { width: number; height: number };
  try {
    pdf = await task.promise;
    first = (await pdf.getPage(1)).getViewport({ scale: 1 });
  } catch (error) {
    void task.destroy();
    throw error;
  }
  const canvas = document.createElement('canvas');
  let queue: Promise<unknown> = Promise.resolve();
  let destroyed = false;

  async function draw(number: number, scale: number, signal: AbortSignal): Promise<PageImage> {
    if (signal.aborted || destroyed) throw abortError();
    const page = await pdf.getPage(number);
    const size = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale });
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const drawing = page.render({ canvas, viewport });
    const cancel = () => drawing.cancel();
    signal.addEventListener('abort', cancel);
    try {
      await drawing.promise;
    } finally {
      signal.removeEventListener('abort', cancel);
      page.cleanup();
    }
    const blob = await canvasToBlob(canvas);
    if (signal.aborted || destroyed) throw abortError();
    return { url: URL.createObjectURL(blob), widthPt: size.width, heightPt: size.height };
  }

  /** Whatever pdf.js throws once a draw was cancelled or the document closed, the caller sees an AbortError. */
  async function drawOrAbort(number: number, scale: number, signal: AbortSignal): Promise<PageImage> {
    try {
      return await draw(number, scale, signal);
    } catch (error) {
      throw signal.aborted || destroyed ? abortError() : error;
    }
  }

  return {
    pageCount: pdf.numPages,
    pageSize: { widthPt: first.width, heightPt: first.height },
    drawPage(number, scale, signal) {
      const run = queue.then(() => drawOrAbort(number, scale, signal));
      queue = run.catch(() => undefined);
      return run;
    },
    destroy() {
      destroyed = true;
      canvas.width = 0;
      canvas.height = 0;
      void task.destroy();
    },
  };
}
