/** The image worker: downscaling and thumbnails off the window's thread (see imageProcessing.ts). */
import { prepareImageHere, type ImageJob, type PreparedImage } from './imageProcessing';

self.onmessage = async (e: MessageEvent<ImageJob>) => {
  const out: PreparedImage = await prepareImageHere(e.data);
  const transfer = [out.bytes.buffer, out.thumb?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b !== e.data.bytes.buffer);
  (self as unknown as Worker).postMessage(out, transfer);
};
