import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CSP } from '../../../shared/security/csp';
import { defaultSession, fakeEvent, FakeBrowserWindow, FakeWebContents, resetFakeElectron, app } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { startApp } = await import('../../../electron/main/index');
const { isAppUrl, devOriginFrom } = await import('../../../electron/main/app-url');

const APP_ROOT = '/opt/tu-kiem-tra/resources/app';
const RENDERER = join(APP_ROOT, 'dist', 'renderer');
const INDEX_URL = 'app://tkt/index.html';

describe('isAppUrl', () => {
  const loc = { rendererDir: RENDERER };

  it('accepts the app’s own pages, with hash routes', () => {
    expect(isAppUrl(INDEX_URL, loc)).toBe(true);
    expect(isAppUrl(`${INDEX_URL}#/i/abc/checklist/u1/s1`, loc)).toBe(true);
    expect(isAppUrl('app://tkt/assets/index-abc.js', loc)).toBe(true);
  });

  it('refuses remote pages, other local files and tricks that climb out of the app folder', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      // The app is no longer served from file://, so even its own index.html there is not the app.
      pathToFileURL(join(RENDERER, 'index.html')).href,
      'app://evil/index.html',
      'app://tkt.evil.example/index.html',
      pathToFileURL(join(APP_ROOT, 'dist', 'renderer-evil', 'index.html')).href,
      `file://${RENDERER}/../../package.json`,
      `file://${RENDERER}/%2e%2e/%2e%2e/package.json`,
      `file://evil-host${RENDERER}/index.html`,
      pathToFileURL(RENDERER).href,
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ]) {
      expect(isAppUrl(url, loc), url).toBe(false);
    }
  });

  it('accepts the dev server origin only when one is configured', () => {
    expect(isAppUrl('http://127.0.0.1:5173/#/new', { ...loc, devOrigin: 'http://127.0.0.1:5173' })).toBe(true);
    expect(isAppUrl('http://127.0.0.1:5174/', { ...loc, devOrigin: 'http://127.0.0.1:5173' })).toBe(false);
  });

  it('takes a dev URL only unpackaged and only on this computer', () => {
    expect(devOriginFrom('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173');
    expect(devOriginFrom('http://127.0.0.1:5173/', true)).toBeUndefined();
    expect(devOriginFrom('https://example.com/', false)).toBeUndefined();
    expect(devOriginFrom(undefined, false)).toBeUndefined();
  });
});

describe('the running app’s guards', () => {
  let contents: FakeWebContents;

  beforeEach(async () => {
    resetFakeElectron();
    app.appPath = APP_ROOT;
    startApp();
    await new Promise((r) => setTimeout(r, 0));
    contents = FakeBrowserWindow.instances[0].webContents;
  });

  it('blocks navigation to a remote page and allows the app’s own page', () => {
    const away = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', away, away.url);
    expect(away.defaultPrevented).toBe(true);

    const home = fakeEvent({ url: `${INDEX_URL}#/` });
    contents.emit('will-navigate', home, home.url);
    expect(home.defaultPrevented).toBe(false);
  });

  it('blocks any frame, main or sub, from navigating away from the app (will-frame-navigate)', () => {
    const sub = fakeEvent({ url: 'https://example.com/phish' });
    contents.emit('will-frame-navigate', sub);
    expect(sub.defaultPrevented).toBe(true);
    const local = fakeEvent({ url: 'file:///etc/passwd' });
    contents.emit('will-frame-navigate', local);
    expect(local.defaultPrevented).toBe(true);
    const home = fakeEvent({ url: `${INDEX_URL}#/i/abc/report` });
    contents.emit('will-frame-navigate', home);
    expect(home.defaultPrevented).toBe(false);
  });

  it('blocks redirects away from the app', () => {
    const e = fakeEvent({ url: 'http://evil.example/' });
    contents.emit('will-redirect', e, e.url);
    expect(e.defaultPrevented).toBe(true);
  });

  it('denies every window.open', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: INDEX_URL })).toEqual({ action: 'deny' });
  });

  it('hardens web contents created later too, and refuses <webview>', () => {
    const other = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), other);
    const e = fakeEvent();
    other.emit('will-attach-webview', e, {}, { src: 'https://example.com/' });
    expect(e.defaultPrevented).toBe(true);
    expect(other.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission but persistent storage', () => {
    const cb = vi.fn();
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem']) {
      defaultSession.permissionRequestHandler?.(contents, p, cb);
    }
    expect(cb.mock.calls).toEqual([[false], [false], [false], [false], [false], [false]]);
    expect(defaultSession.permissionCheckHandler?.(contents, 'media')).toBe(false);
    // Keeps Chromium from evicting the inspection data when the disk fills up.
    defaultSession.permissionRequestHandler?.(contents, 'persistent-storage', cb);
    expect(cb).toHaveBeenLastCalledWith(true);
  });

  it('sends the strict CSP as a response header, replacing any other', () => {
    const cb = vi.fn();
    defaultSession.headersListener?.({ url: INDEX_URL, responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, cb);
    const headers = cb.mock.calls[0][0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CSP]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("object-src 'none'");
  });
});
