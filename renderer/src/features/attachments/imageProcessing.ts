/**
 * Preparing a chosen photo for storage: decoded with createImageBitmap (which
 * applies the camera's orientation), downscaled on an OffscreenCanvas to the
 * policy's longest side unless the original is kept, and a thumbnail made.
 * Runs in image.worker.ts; the window runs it itself only where there is no
 * worker. A file the platform cannot decode (HEIC on most Chromium builds) is
 * kept as it is, without a thumbnail.
 */
import { fitWithin, type ImagePolicy } from '../../../../shared/checklist/attachments';

export interface ImageJob {
  bytes: Uint8Array;
  type: string;
  policy: ImagePolicy;
  keepOriginal: boolean;
}

export interface PreparedImage {
  bytes: Uint8Array;
  type: string;
  width?: number;
  height?: number;
  thumb?: Uint8Array;
}

async function encode(bitmap: ImageBitmap, size: { width: number; height: number }, quality: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  // JPEG has no transparency: a scanned PNG with a transparent background would turn black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Uint8Array(await blob.arrayBuffer());
}

export async function prepareImageHere(job: ImageJob): Promise<PreparedImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([job.bytes as Uint8Array<ArrayBuffer>], { type: job.type }));
  } catch {
    return { bytes: job.bytes, type: job.type };
  }
  try {
    const { width, height } = bitmap;
    const fitted = fitWithin(width, height, job.policy.maxSide);
    const shrink = !job.keepOriginal && (fitted.width !== width || fitted.height !== height);
    const bytes = shrink ? await encode(bitmap, fitted, job.policy.quality) : job.bytes;
    const thumb = await encode(bitmap, fitWithin(width, height, job.policy.thumbSide), 0.8);
    return { bytes, type: shrink ? 'image/jpeg' : job.type, width: shrink ? fitted.width : width, height: shrink ? fitted.height : height, thumb };
  } catch {
    return { bytes: job.bytes, type: job.type };
  } finally {
    bitmap.close();
  }
}
