import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Chromium compiles a function the first time it runs, so the first visit to an area paid for
 * compiling its table code on the click. The areas' own chunks (renderer/areas.ts loads them while
 * the app is idle) get V8's compile hint, so all their functions are compiled as they load.
 */
function compileAreaChunksOnLoad(): Plugin {
  const areaCode = /[\\/]renderer[\\/](risks|checklists)[\\/]/;
  return {
    name: 'compile-area-chunks-on-load',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      // Chunks the entry imports statically (React among them) load at start-up: leave those lazy.
      const atStart = new Set<string>();
      const visit = (name: string) => {
        if (atStart.has(name)) return;
        atStart.add(name);
        chunks.find((c) => c.fileName === name)?.imports.forEach(visit);
      };
      chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
      for (const chunk of chunks) {
        if (!atStart.has(chunk.fileName) && chunk.moduleIds.some((id) => areaCode.test(id))) {
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      }
    },
  };
}

/**
 * `npm run dev` only: @vitejs/plugin-react injects an inline Fast Refresh preamble into the page,
 * which the page's own CSP (`script-src 'self'`) refuses. The built page keeps the strict policy.
 */
export function devServerCsp(): Plugin {
  return {
    name: 'dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          // The PDF worker is its own entry so the main bundle can start it as out/main/pdfWorker.js.
          pdfWorker: resolve(__dirname, 'electron/services/pdf/render-worker.ts'),
          // Likewise the change-history worker (out/main/historyWorker.js), with Automerge's WASM inlined as in the main bundle.
          historyWorker: resolve(__dirname, 'electron/services/merge/history-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), compileAreaChunksOnLoad(), devServerCsp()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
