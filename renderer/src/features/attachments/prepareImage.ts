/**
 * The window's side of the image worker: one worker per photo, so a photo
 * that cannot be decoded or a crash never holds up the next. Where there is
 * no worker or no OffscreenCanvas, the photo is stored as it is.
 */
import type { ImageJob, PreparedImage } from './imageProcessing';

function inWorker(job: ImageJob): Promise<PreparedImage | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./image.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(undefined);
      return;
    }
    const done = (r: PreparedImage | undefined) => {
      worker.terminate();
      resolve(r);
    };
    worker.onmessage = (e: MessageEvent<PreparedImage>) => done(e.data);
    worker.onerror = () => done(undefined);
    worker.postMessage(job);
  });
}

export async function prepareImage(job: ImageJob): Promise<PreparedImage> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return { bytes: job.bytes, type: job.type };
  return (await inWorker(job)) ?? { bytes: job.bytes, type: job.type };
}
