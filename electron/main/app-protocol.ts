import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CSP } from '../../shared/security/csp';

/**
 * The app's pages are served from `app://tkt/…` instead of `file://`
 * (Electron security checklist, item 18): a page on file:// may read any file
 * the user can, while this scheme serves only the built renderer folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tkt';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before 'ready'. standard: the scheme has an origin, so storage,
 * relative URLs and the CSP's 'self' work as on https; secure: a secure
 * context (WebCrypto, no mixed content); supportFetchAPI and codeCache: Vite's
 * module scripts and workers load through it. No CORS, no bypassing the CSP.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside `rendererDir` that an app:// URL names, or undefined for
 * anything else: another host, an encoded '..' or separator, a NUL, a path
 * that resolves outside the folder. Pure, so it is tested without Electron.
 */
export function resolveAppFile(url: string, rendererDir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path}`);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return file;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** A response for one app:// request; the CSP goes in the header, where frame-ancestors counts. */
export async function serveAppRequest(url: string, rendererDir: string, read: ReadFile = readFile): Promise<Response> {
  const file = resolveAppFile(url, rendererDir);
  if (!file) return new Response('Không tìm thấy trang này.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch {
    return new Response('Không tìm thấy trang này.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'content-type': mimeTypeOf(file),
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
    },
  });
}

/** After 'ready': serve app:// from the renderer folder only. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, read?: ReadFile): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir, read));
}
