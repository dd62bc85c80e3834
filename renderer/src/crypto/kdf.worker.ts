/**
 * scrypt off the UI thread: at N=2^17 one derivation takes one to two seconds
 * and 128 MiB, which on the page's thread would freeze typing and the
 * progress bar. One worker per derivation, closed after, so the memory goes
 * back at once.
 */
import { deriveBytes, type KdfCost } from '../../../shared/exchange/crypto';

export interface KdfRequest {
  passphrase: string;
  kdf: KdfCost & { salt: string };
  length: number;
}

export type KdfReply = { ok: true; bytes: Uint8Array } | { ok: false };

self.onmessage = (event: MessageEvent<KdfRequest>) => {
  const { passphrase, kdf, length } = event.data;
  let reply: KdfReply;
  try {
    reply = { ok: true, bytes: deriveBytes(passphrase, kdf, length) };
  } catch {
    reply = { ok: false };
  }
  (self as unknown as Worker).postMessage(reply);
};
