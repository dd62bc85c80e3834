/**
 * The `.tkt` manifest: what a package claims to be. It is signed, so every
 * claim in it (who, which inspection, the content hash) is covered by the
 * exporting laptop's key.
 */
import { z } from 'zod';

/** Written now: records in author segments (segments.ts). Format 1 (one edits.json, signed by the exporter only) is still read. */
export const FORMAT_VERSION = 2;
export const OLDEST_FORMAT_VERSION = 1;
export const PACKAGE_KINDS = ['setup', 'results', 'merged', 'backup'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export const PACKAGE_KIND_LABELS: Record<PackageKind, string> = {
  setup: 'Gói thiết lập',
  results: 'Kết quả của thành viên',
  merged: 'Dữ liệu đã tổng hợp',
  backup: 'Bản sao lưu',
};

/** Entry names inside the zip. */
export const ENTRY = {
  manifest: 'manifest.json',
  /** Format 1 only: every record in one list. */
  edits: 'edits.json',
  segments: 'segments/',
  signature: 'signature',
  payload: 'payload.bin',
  attachmentsDir: 'attachments/',
} as const;

const hex = (len: number) => z.string().regex(new RegExp(`^[0-9a-f]{${len}}$`), `phải là chuỗi ${len} ký tự hex`);

export const InspectionRefSchema = z.object({
  id: z.string().min(1).max(64),
  templateId: z.string().min(1).max(100),
  templateVersion: z.number().int().positive(),
  title: z.string().max(500).optional(),
});
export type InspectionRef = z.infer<typeof InspectionRefSchema>;

/**
 * Format-1 encryption, read only (new files are sealed, see envelope.ts). The
 * cost is also checked against KDF_ALLOW_LIST before any work.
 */
export const KdfSchema = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10).max(2 ** 18).refine((n) => (n & (n - 1)) === 0, 'N phải là lũy thừa của 2'),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: hex(32),
});
export type KdfParams = z.infer<typeof KdfSchema>;

export const EncryptionSchema = z.object({
  alg: z.literal('AES-256-GCM'),
  kdf: KdfSchema,
  nonce: hex(24),
  /** A short digest of the derived key: tells a wrong passphrase from an altered payload. */
  keyCheck: hex(32),
  /** SHA-256 of the encrypted payload, so alteration is detected without the passphrase. */
  payloadHash: hex(64),
});
export type EncryptionInfo = z.infer<typeof EncryptionSchema>;

export const AttachmentRefSchema = z.object({ hash: hex(64), size: z.number().int().nonnegative() });

export const SegmentProofSchema = z.object({
  inspectionId: z.string().min(1).max(64),
  author: z.string().min(1).max(64),
  publicKey: hex(64),
  hash: hex(64),
  count: z.number().int().positive().max(2_000_000),
  signature: hex(128),
});

export const ManifestSchema = z.object({
  format: z.literal('tkt'),
  formatVersion: z.union([z.literal(OLDEST_FORMAT_VERSION), z.literal(FORMAT_VERSION)]),
  appVersion: z.string().max(50),
  kind: z.enum(PACKAGE_KINDS),
  inspections: z.array(InspectionRefSchema).min(1).max(1000),
  exporter: z.object({
    memberId: z.string().min(1).max(64),
    name: z.string().max(200),
    publicKey: hex(64),
  }),
  exportedAt: z.string().datetime({ offset: true }),
  counts: z.object({
    /** At most two million records: ten times the largest inspection a team makes. */
    edits: z.number().int().nonnegative().max(2_000_000),
    attachments: z.number().int().nonnegative(),
  }),
  /** Format 1: SHA-256 of edits.json. Format 2: digest of the segment hashes (segmentsDigest). */
  contentHash: hex(64),
  /** Format 2: each author's signed segment of records. */
  segments: z.array(SegmentProofSchema).max(5_000).optional(),
  attachments: z.array(AttachmentRefSchema).max(10_000),
  encryption: EncryptionSchema.optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;
