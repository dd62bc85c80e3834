/**
 * A Chromium this test starts itself, on a profile folder, so it can be
 * killed by pid with SIGKILL (a crash or a power cut, as far as the browser's
 * own files are concerned) and started again on the same profile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';

export interface KillableBrowser {
  page: Page;
  /** SIGKILL the browser and every process it started; resolves once they are gone. */
  kill(): Promise<void>;
  /** A normal close, for tidying up. */
  close(): Promise<void>;
}

function devtoolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        child.stderr?.off('data', onData);
        resolve(m[1]);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}) before DevTools was ready: ${seen.slice(-500)}`)));
  });
}

export async function startChromium(userDataDir: string): Promise<KillableBrowser> {
  // Its own process group, so the kill takes the renderer and the storage service down with it.
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const browser: Browser = await chromium.connectOverCDP(await devtoolsEndpoint(child));
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async kill() {
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
    async close() {
      await browser.close().catch(() => undefined);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await exited;
    },
  };
}
