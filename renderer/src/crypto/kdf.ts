/**
 * The app's scrypt: in a small dedicated Web Worker (kdf.worker.ts), so a
 * passphrase never freezes the window. Where there is no Worker (unit tests
 * in Node) or the worker cannot start, the same function runs here instead:
 * slower for the screen, but the file still opens.
 */
import { deriveInThread, type DeriveFn } from '../../../shared/exchange/crypto';
import type { KdfReply, KdfRequest } from './kdf.worker';

function inWorker(req: KdfRequest): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(undefined);
      return;
    }
    const done = (bytes: Uint8Array | undefined) => {
      worker.terminate();
      resolve(bytes);
    };
    worker.onmessage = (e: MessageEvent<KdfReply>) => done(e.data.ok ? e.data.bytes : undefined);
    worker.onerror = () => done(undefined);
    worker.postMessage(req);
  });
}

async function derive(req: KdfRequest): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return deriveInThread(req.passphrase, req.kdf, req.length);
  return (await inWorker(req)) ?? deriveInThread(req.passphrase, req.kdf, req.length);
}

/**
 * The last few derivations, by passphrase, salt and cost: the import preview
 * checks every file of a batch again each time a passphrase is typed for one
 * of them, and each file's key would otherwise cost another second or two.
 * Kept in this page's memory only, which already holds the passphrases.
 */
const RECENT = 8;
const recent = new Map<string, Promise<Uint8Array>>();

export const deriveInWorker: DeriveFn = async (passphrase, kdf, length) => {
  const key = JSON.stringify([passphrase, kdf.salt, kdf.N, kdf.r, kdf.p, length]);
  let result = recent.get(key);
  if (!result) {
    result = derive({ passphrase, kdf: { N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt }, length });
    recent.set(key, result);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
    result.catch(() => recent.delete(key));
  }
  return (await result).slice();
};
