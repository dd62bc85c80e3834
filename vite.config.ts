import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CSP, CSP_META } from './shared/security/csp';

/**
 * The production build carries a strict Content-Security-Policy in the page
 * itself (main also sends it as a header, with frame-ancestors, which only a
 * header can carry). Dev mode leaves it out because Vite's hot reload
 * injects inline scripts.
 */
export { CSP };

function cspMeta(): Plugin {
  return {
    name: 'tkt-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  // Module workers (the core worker, the Excel export, scrypt): the same format as the app, so shared code bundles alike.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
});
