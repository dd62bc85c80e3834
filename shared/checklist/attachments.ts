/**
 * What may be attached to an evidence entry, and how photos are kept: pure
 * rules the attach screen, the image worker and the report share.
 */
import { formatNumber } from '../domain/format';

export type AttachmentKind = 'image' | 'pdf';

/** The file picker's filter: photos and scans (HEIC only where the platform decodes it) and PDFs. */
export const ATTACHMENT_ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,image/webp,application/pdf,.heic,.heif,.pdf';

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = { image: 'Ảnh', pdf: 'PDF' };

/** The kind of a chosen file by its type, or by its name when the platform gives no type (HEIC often). */
export function attachmentKind(type: string, name: string): AttachmentKind | undefined {
  const t = type.toLowerCase();
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (t === 'application/pdf' || ext === 'pdf') return 'pdf';
  if (t.startsWith('image/') || ['jpg', 'jpeg', 'png', 'heic', 'heif', 'webp'].includes(ext)) return 'image';
  return undefined;
}

/** How a photo is stored unless "Giữ bản gốc" is ticked. */
export interface ImagePolicy {
  /** Longest side in pixels after downscaling. */
  maxSide: number;
  /** JPEG quality of a downscaled photo (0-1). */
  quality: number;
  /** Longest side of a thumbnail. */
  thumbSide: number;
}

export const DEFAULT_IMAGE_POLICY: ImagePolicy = { maxSide: 2000, quality: 0.85, thumbSide: 240 };

/** The size an image is drawn at to fit `maxSide` (never enlarged). */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxSide || long === 0) return { width, height };
  const k = maxSide / long;
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/** A settings value may override the defaults; anything out of range falls back to them. */
export function imagePolicyFrom(value: unknown): ImagePolicy {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ImagePolicy, unknown>>;
  const num = (x: unknown, lo: number, hi: number, d: number) => (typeof x === 'number' && x >= lo && x <= hi ? x : d);
  return {
    maxSide: Math.round(num(v.maxSide, 320, 10_000, DEFAULT_IMAGE_POLICY.maxSide)),
    quality: num(v.quality, 0.3, 1, DEFAULT_IMAGE_POLICY.quality),
    thumbSide: Math.round(num(v.thumbSide, 64, 800, DEFAULT_IMAGE_POLICY.thumbSide)),
  };
}

/** "3 ảnh, 1 PDF" for the annex and the entry's summary. */
export function attachmentCountText(kinds: readonly AttachmentKind[]): string {
  const images = kinds.filter((k) => k === 'image').length;
  const pdfs = kinds.filter((k) => k === 'pdf').length;
  const two = (n: number) => (n < 10 ? `0${n}` : formatNumber(n));
  return [images ? `${two(images)} ảnh` : '', pdfs ? `${two(pdfs)} tệp PDF` : ''].filter(Boolean).join(', ');
}

/** A name the file system accepts for saving an attached file ("biên bản: 01/BB" → "biên bản- 01-BB"), its extension kept. */
export function safeSaveName(name: string, kind: AttachmentKind | undefined): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|\u0000-\u001f]/gu, '-')
    .replace(/\.{2,}/g, '.')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .trim();
  const fallback = kind === 'pdf' ? 'tai-lieu.pdf' : 'anh.jpg';
  if (!cleaned) return fallback;
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 11 ? cleaned.slice(dot) : '';
  return `${cleaned.slice(0, 200 - ext.length).trim()}${ext}`;
}

/** The extension for the save dialog's filter ("jpg", "pdf"), from the name or else the kind. */
export function saveExtension(name: string, kind: AttachmentKind | undefined): string {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1];
  return ext ?? (kind === 'pdf' ? 'pdf' : 'jpg');
}
