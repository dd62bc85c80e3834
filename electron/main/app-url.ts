import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** True when `url` is one of the app's own pages: a file inside the renderer folder, or the dev server. */
export function isAppUrl(url: string, loc: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    // A host (file://server/share) would point outside this computer's app folder.
    if (parsed.host !== '') return false;
    let path: string;
    try {
      path = resolve(fileURLToPath(parsed));
    } catch {
      return false;
    }
    const rel = relative(resolve(loc.rendererDir), path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  }
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
