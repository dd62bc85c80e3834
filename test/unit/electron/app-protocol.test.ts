/**
 * The app:// scheme (Electron security checklist: "avoid file://, prefer a
 * custom protocol"): declared privileged before 'ready', served only from the
 * built renderer folder with the right MIME types and the CSP header, and
 * nothing outside that folder, however the URL is dressed up.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app, protocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { startApp } = await import('../../../electron/main/index');
const { resolveAppFile, serveAppRequest } = await import('../../../electron/main/app-protocol');

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tkt-proto-'));
  rendererDir = join(root, 'app', 'dist', 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tự Kiểm Tra</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'kdf.worker-x.js'), 'self.onmessage=()=>{}');
  await writeFile(join(rendererDir, 'assets', 'LiberationSerif-Regular.ttf'), 'ttf');
  // Things beside the renderer folder that a page must never read.
  await writeFile(join(root, 'app', 'package.json'), '{"secret":true}');
  await mkdir(join(root, 'app', 'dist', 'renderer-evil'), { recursive: true });
  await writeFile(join(root, 'app', 'dist', 'renderer-evil', 'index.html'), 'evil');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('app:// in the running app', () => {
  it('is declared privileged before ready, served after it, and the window loads it', async () => {
    resetFakeElectron();
    app.appPath = join(root, 'app');
    let registeredBeforeReady = false;
    app.whenReady.mockImplementationOnce(() => {
      registeredBeforeReady = protocol.privileged.some((s) => s.scheme === 'app');
      return Promise.resolve();
    });
    startApp();
    expect(protocol.handlers.has('app')).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(registeredBeforeReady).toBe(true);
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    const handler = protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const page = await handler!({ url: 'app://tkt/index.html' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Tự Kiểm Tra');
    const escape = await handler!({ url: 'app://tkt/..%2Fpackage.json' });
    expect(escape.status).toBe(404);
  });
});

describe('serving app://tkt', () => {
  it('serves the renderer’s files with their MIME types, the CSP header and nosniff', async () => {
    const cases: [string, string][] = [
      ['app://tkt/index.html', 'text/html; charset=utf-8'],
      ['app://tkt/', 'text/html; charset=utf-8'],
      ['app://tkt/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://tkt/assets/kdf.worker-x.js', 'text/javascript; charset=utf-8'],
      ['app://tkt/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://tkt/assets/LiberationSerif-Regular.ttf', 'font/ttf'],
    ];
    for (const [url, type] of cases) {
      const r = await serveAppRequest(url, rendererDir);
      expect(r.status, url).toBe(200);
      expect(r.headers.get('content-type'), url).toBe(type);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      // frame-ancestors only works in a header: browsers ignore it in a <meta> tag.
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('serves nothing outside the renderer folder, however the path is written', async () => {
    for (const url of [
      'app://tkt/../package.json',
      'app://tkt/..%2Fpackage.json',
      'app://tkt/..%2f..%2fpackage.json',
      'app://tkt/%2e%2e/package.json',
      'app://tkt/assets/..%2F..%2Fpackage.json',
      'app://tkt/..%5Cpackage.json',
      'app://tkt/..%2Frenderer-evil%2Findex.html',
      'app://tkt/index.html%00.png',
      'app://tkt/%E0%A4%A',
      'app://evil/index.html',
      'app://tkt/missing.js',
      'file:///etc/passwd',
    ]) {
      const r = await serveAppRequest(url, rendererDir);
      expect(r.status, url).toBe(404);
      const body = await r.text();
      expect(body, url).not.toContain('secret');
      expect(body, url).not.toContain('evil');
    }
  });

  it('resolves only to files inside the folder (the pure check)', () => {
    expect(resolveAppFile('app://tkt/assets/index-abc.js', rendererDir)).toBe(join(rendererDir, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://tkt/..%2Fpackage.json', rendererDir)).toBeUndefined();
    expect(resolveAppFile('app://tkt/..%2Frenderer-evil/index.html', rendererDir)).toBeUndefined();
    expect(resolveAppFile('app://other/index.html', rendererDir)).toBeUndefined();
  });
});
