import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Where the app's own pages live. Pure data so the URL checks below can be
 * tested without Electron.
 */
export interface AppLocation {
  /** Folder holding the built renderer (index.html and its assets). */
  rendererDir: string;
  /** Origin of the Vite dev server, only when running unpackaged with TKT_DEV_URL. */
  devOrigin?: string;
}

/** True when `url` is one of the app's own pages: app://tkt (served only from the renderer folder), or the dev server. */
export function isAppUrl(url: string, loc: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Only app://tkt is ours; file:// pages are no longer trusted (the app is not served from there).
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (loc.devOrigin !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return parsed.origin === loc.devOrigin;
  }
  return false;
}

/**
 * The dev server origin from TKT_DEV_URL, honoured only in an unpackaged app:
 * an installed app must never be pointed at another page by an environment variable.
 */
export function devOriginFrom(devUrl: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !devUrl) return undefined;
  try {
    const u = new URL(devUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost' && u.hostname !== '[::1]') return undefined;
    return u.origin;
  } catch {
    return undefined;
  }
}

/**
 * The renderer's own index.html over file://, as versions before app:// served
 * it: trusted for nothing but handing its old database over, once.
 */
export function isLegacyIndexUrl(url: string, loc: AppLocation): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
    parsed.hash = '';
    parsed.search = '';
    return resolve(fileURLToPath(parsed)) === resolve(loc.rendererDir, 'index.html');
  } catch {
    return false;
  }
}
