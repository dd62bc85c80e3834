/**
 * The app's Content-Security-Policy, in one place: the production renderer
 * carries it as a <meta> tag (vite.config.ts) and Electron's main process also
 * sends it as a response header (electron/main/security.ts). Only the app's own
 * files may run (the core worker too: worker-src 'self'); inline styles stay allowed because React sets style attributes.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
