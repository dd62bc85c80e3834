/**
 * Shared browser-test plumbing: a static server for the built renderer on
 * 127.0.0.1 and Debian's Chromium through playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat, mkdtemp } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The built renderer; TKT_DIST lets parallel work build into its own folder. */
export const DIST = process.env.TKT_DIST ? `${process.env.TKT_DIST.replace(/\/$/, '')}/` : new URL('../../dist/renderer/', import.meta.url).pathname;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(dir = DIST): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const launchOptions = (): LaunchOptions => ({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** A browser with its own profile folder on disk: closing and reopening keeps IndexedDB, like a laptop. */
export async function launchProfile(userDataDir?: string): Promise<{ context: BrowserContext; userDataDir: string }> {
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'tkt-profile-')));
  const context = await chromium.launchPersistentContext(dir, { ...launchOptions(), acceptDownloads: true, locale: 'vi-VN' });
  return { context, userDataDir: dir };
}

/** What a browser-test file gets from useLaptops: the app's address and fresh "laptops" (separate browser contexts). */
export interface Laptops {
  readonly url: string;
  context(): Promise<BrowserContext>;
  page(): Promise<Page>;
}

/**
 * One static server and one browser for a test file, started before its tests
 * and closed after them; each context is a separate laptop with its own
 * IndexedDB, as the exchange between team members needs.
 */
export function useLaptops(): Laptops {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('useLaptops: the server starts in beforeAll');
      return server.url;
    },
    async context() {
      if (!browser) throw new Error('useLaptops: the browser starts in beforeAll');
      const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true });
      contexts.push(context);
      return context;
    },
    async page() {
      return (await this.context()).newPage();
    },
  };
}
