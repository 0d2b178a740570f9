/** Builds the renderer (renderer/index.html) into dist/renderer with relative asset paths (file:// in Electron, /  over HTTP). */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { QA_REPORT_STYLE_SOURCE } from './services/qa-report-style.ts';

// The page's CSP allows the QA report's one inline stylesheet by its hash (the report view shows
// the report file in a frame, which inherits this policy); the hash follows the CSS on every build.
const qaReportStyleHash = {
  name: 'qa-report-style-hash',
  transformIndexHtml: (html: string) => html.replace('%QA_REPORT_STYLE_SOURCE%', QA_REPORT_STYLE_SOURCE),
};

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), qaReportStyleHash],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Fonts stay separate files: the CSP allows font-src 'self', and inlined base64 would bloat the CSS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
});
