/** Vite's `?url` import: the bundled file's URL (the pdf.js worker, loaded from our own origin). */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
