import type { Session, WebContents } from 'electron';
import { CSP } from '../../shared/security/csp';
import { isAppUrl, type AppLocation } from './app-url';

/**
 * Sends the app's CSP as a response header on every http(s) response of the
 * session (the dev server), replacing whatever a response carried. The app://
 * handler sets the same header itself (app-protocol.ts). The header carries
 * frame-ancestors, which browsers ignore in the <meta> tag.
 */
export function applyCsp(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(details.responseHeaders ?? {})) {
      if (k.toLowerCase() !== 'content-security-policy') headers[k] = v;
    }
    headers['Content-Security-Policy'] = [CSP];
    callback({ responseHeaders: headers });
  });
}

/**
 * The one permission granted: persistent storage, so Chromium never evicts
 * the inspection data under disk pressure. It exposes nothing.
 */
const GRANTED = new Set<string>(['persistent-storage']);

/** The app needs no camera, microphone, location, notifications…: every other request is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(GRANTED.has(permission)));
  session.setPermissionCheckHandler((_wc, permission) => GRANTED.has(permission));
}

/**
 * Keeps a web contents on the app's own pages: no navigation or redirect
 * elsewhere, no new windows, no <webview>. Applied to every web contents the
 * app creates, so a page that somehow got script could not leave the sandbox
 * for a remote page that would then talk to the preload API.
 */
export function hardenWebContents(contents: WebContents, loc: AppLocation): void {
  contents.on('will-navigate', (event, url) => {
    const target = (event as { url?: string }).url ?? url;
    if (!isAppUrl(target, loc)) event.preventDefault();
  });
  // Also every subframe's navigation (checklist item 13): will-navigate sees only the main frame.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, loc)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    const target = (event as { url?: string }).url ?? url;
    if (!isAppUrl(target, loc)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
