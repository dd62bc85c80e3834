/**
 * The app's Content-Security-Policy, in one place: Electron's main process
 * sends it as a response header (electron/main/app-protocol.ts for app://,
 * electron/main/security.ts for the dev server) and the production renderer
 * also carries it as a <meta> tag (vite.config.ts), which covers the page in a
 * plain browser. Only the app's own files may run (the workers too: worker-src
 * 'self'); inline styles stay allowed because React sets style attributes.
 */
const POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The header: with frame-ancestors, so no other page can frame the app. */
export const CSP = `${POLICY}; frame-ancestors 'none'`;

/** The <meta> tag: browsers ignore frame-ancestors there (and complain), so it is left out. */
export const CSP_META = POLICY;
