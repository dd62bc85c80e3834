/**
 * One zod schema per record type, used by the forms, by import validation and
 * by tests alike. Messages are Vietnamese and say what to fix.
 */
import { XML_INVALID_MESSAGE, hasXmlInvalid } from './xmlText';
import { z } from 'zod';
import { isoParts, isRealDate } from './format';
import { ENTITY_KINDS, DELETED_FIELD } from './edit';
import { isTimestamp } from './clock';

export const MEMBER_ROLES = ['truong-doan', 'pho-truong-doan', 'thanh-vien', 'thu-ky'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  'truong-doan': 'Trưởng đoàn',
  'pho-truong-doan': 'Phó trưởng đoàn',
  'thanh-vien': 'Thành viên',
  'thu-ky': 'Thư ký',
};

export const VERDICTS = ['dat', 'dat-mot-phan', 'khong-dat', 'khong-phat-sinh'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  dat: 'Đạt',
  'dat-mot-phan': 'Đạt một phần',
  'khong-dat': 'Không đạt',
  'khong-phat-sinh': 'Không phát sinh',
};

export const DOC_TYPES = ['KH', 'QĐ', 'BC', 'TB', 'BB', 'CV', 'HD', 'TTr', 'khac'] as const;
export type DocType = (typeof DOC_TYPES)[number];
export const DOC_TYPE_LABELS: Record<DocType, string> = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  BC: 'Báo cáo',
  TB: 'Thông báo',
  BB: 'Biên bản',
  CV: 'Công văn',
  HD: 'Hướng dẫn',
  TTr: 'Tờ trình',
  khac: 'Văn bản',
};

/** An ISO calendar date that really exists (no 31/02). */
export const isoDate = z
  .string()
  .refine((s) => {
    const p = isoParts(s);
    return !!p && isRealDate(p.y, p.m, p.d);
  }, 'Ngày không hợp lệ: hãy nhập ngày có thật theo dạng ngày/tháng/năm, ví dụ 05/08/2025.');

const optionalIsoDate = z.union([isoDate, z.literal('')]).optional();

const requiredText = (what: string, max = 500) =>
  z
    .string()
    .trim()
    .min(1, `Hãy nhập ${what}.`)
    .max(max, `${what[0].toUpperCase()}${what.slice(1)} quá dài (tối đa ${max} ký tự).`)
    .refine((s) => !hasXmlInvalid(s), XML_INVALID_MESSAGE);

const freeText = (max = 20_000) =>
  z
    .string()
    .max(max, `Nội dung quá dài (tối đa ${max.toLocaleString('vi-VN')} ký tự).`)
    .refine((s) => !hasXmlInvalid(s), XML_INVALID_MESSAGE);

export const wholeNumber = (what: string) =>
  z
    .number({ error: `${what}: hãy nhập một số nguyên không âm.` })
    .int(`${what} phải là số nguyên, không có phần thập phân.`)
    .nonnegative(`${what} không được là số âm.`)
    .max(1e12, `${what} quá lớn.`);

export const DocRefSchema = z.object({
  number: requiredText('số, ký hiệu văn bản', 100),
  date: isoDate,
  summary: freeText(1000).optional(),
});
export type DocRef = z.infer<typeof DocRefSchema>;

export const InspectionSchema = z
  .object({
    title: freeText(500).optional(),
    governingBody: requiredText('tên cơ quan chủ quản', 200),
    issuingBody: requiredText('tên cơ quan ban hành báo cáo', 200),
    teamName: requiredText('tên đoàn kiểm tra', 200),
    reportSymbol: z.string().trim().max(50).optional(),
    reportNumber: z.string().trim().max(20).optional(),
    reportDate: optionalIsoDate,
    /** The leader's choice to leave "Số" and the day blank for the clerk (văn thư) to fill at issuance. */
    blankForClerk: z.boolean().optional(),
    placeName: requiredText('địa danh (ví dụ: Đồng Nai)', 100),
    addressee: requiredText('nơi được kính gửi', 300),
    plan: DocRefSchema,
    decision: DocRefSchema,
    periodFrom: isoDate,
    periodTo: isoDate,
    visitFrom: isoDate,
    visitTo: isoDate,
    templateId: z.string().min(1),
    templateVersion: z.number().int().positive(),
    recipients: z.array(z.string().trim().max(300)).max(50).optional(),
    /** The leader laptop's public key: only what it signs changes the set-up or settles (shared/exchange/authority.ts). */
    leaderKey: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.periodFrom && v.periodTo && v.periodFrom > v.periodTo)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'Ngày kết thúc kỳ kiểm tra phải sau ngày bắt đầu.' });
    if (v.visitFrom && v.visitTo && v.visitFrom > v.visitTo)
      ctx.addIssue({ code: 'custom', path: ['visitTo'], message: 'Ngày kết thúc kiểm tra phải sau ngày bắt đầu.' });
  });
export type InspectionValues = z.infer<typeof InspectionSchema>;

export const UnitSchema = z.object({
  name: requiredText('tên đơn vị được kiểm tra', 200),
  order: z.number().int().nonnegative().optional(),
  /** Archived in Thiết lập: hidden from the checklist, dashboard and report; its records are kept and come back with it. */
  archived: z.boolean().optional(),
});
export type UnitValues = z.infer<typeof UnitSchema>;

export const MemberSchema = z.object({
  name: requiredText('họ và tên thành viên', 100),
  position: freeText(200).optional(),
  role: z.enum(MEMBER_ROLES, { error: 'Hãy chọn vai trò trong đoàn.' }),
  unitIds: z.array(z.string()).max(500).optional(),
  sectionIds: z.array(z.string()).max(100).optional(),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  order: z.number().int().nonnegative().optional(),
  /** Archived in Thiết lập (see UnitSchema.archived). */
  archived: z.boolean().optional(),
});
export type MemberValues = z.infer<typeof MemberSchema>;

export const ResponseSchema = z
  .object({
    verdict: z.enum(VERDICTS).nullable().optional(),
    numerator: wholeNumber('Tử số').nullable().optional(),
    denominator: wholeNumber('Mẫu số').nullable().optional(),
    count: wholeNumber('Số lượng').nullable().optional(),
    date: z.union([isoDate, z.literal('')]).nullable().optional(),
    text: freeText().optional(),
    comment: freeText().optional(),
  })
  .superRefine((v, ctx) => {
    if (typeof v.numerator === 'number' && typeof v.denominator === 'number' && v.numerator > v.denominator)
      ctx.addIssue({
        code: 'custom',
        path: ['numerator'],
        message: `Tử số (${v.numerator}) không được lớn hơn mẫu số (${v.denominator}). Hãy kiểm tra lại hai số.`,
      });
  });
export type ResponseValues = z.infer<typeof ResponseSchema>;

export const EvidenceSchema = z.object({
  itemId: z.string().min(1),
  docType: z.enum(DOC_TYPES),
  number: requiredText('số, ký hiệu văn bản', 100),
  date: z.union([isoDate, z.literal('')]).optional(),
  summary: freeText(1000).optional(),
  seenAt: freeText(300).optional(),
});
export type EvidenceValues = z.infer<typeof EvidenceSchema>;

/**
 * A file (photo, scan, PDF) attached to an evidence entry. The bytes live
 * apart, stored once by their SHA-256 (renderer/src/db/files.ts); the record
 * only names them, so attaching and removing are edits like any other.
 */
export const AttachmentSchema = z.object({
  evidenceId: z.string().min(1).max(200),
  itemId: z.string().min(1).max(200),
  name: z.string().trim().min(1, 'Tệp đính kèm cần có tên.').max(255, 'Tên tệp đính kèm quá dài (tối đa 255 ký tự).'),
  type: z.string().max(100),
  size: z.number().int().nonnegative().max(1e9),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Mã kiểm tra của tệp đính kèm không hợp lệ.'),
  width: z.number().int().positive().max(100_000).optional(),
  height: z.number().int().positive().max(100_000).optional(),
});
export type AttachmentValues = z.infer<typeof AttachmentSchema>;

export const FindingSchema = z.object({
  sectionId: z.string().min(1),
  kind: z.enum(['strength', 'shortcoming']),
  text: requiredText('nội dung', 5000),
  cause: freeText(5000).optional(),
});
export type FindingValues = z.infer<typeof FindingSchema>;

export const RecommendationSchema = z.object({
  sectionId: z.string().min(1),
  toUnit: requiredText('đơn vị thực hiện kiến nghị', 300),
  text: requiredText('nội dung kiến nghị', 5000),
  deadline: z.union([isoDate, z.literal('')]).optional(),
});
export type RecommendationValues = z.infer<typeof RecommendationSchema>;

/** How a unit followed up a recommendation of the previous inspection. */
export const FOLLOW_UP_STATUSES = ['da-thuc-hien', 'dang-thuc-hien', 'chua-thuc-hien'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  'da-thuc-hien': 'Đã thực hiện',
  'dang-thuc-hien': 'Đang thực hiện',
  'chua-thuc-hien': 'Chưa thực hiện',
};

/** A document cited as evidence of a follow-up (the checklist's document reference, typed once). */
export const FollowUpDocSchema = z.object({
  docType: z.enum(DOC_TYPES),
  number: requiredText('số, ký hiệu văn bản', 100),
  date: z.union([isoDate, z.literal('')]),
  summary: freeText(1000).optional(),
});

export const FollowUpSchema = z.object({
  /** The recommendation as the previous inspection wrote it. */
  text: requiredText('nội dung kiến nghị', 5000),
  /** The unit the previous inspection addressed it to, as written there. */
  toUnit: freeText(300).optional(),
  deadline: z.union([isoDate, z.literal('')]).optional(),
  /** Where it comes from, in words ("Báo cáo số 12/BC-ĐKT ngày 14/10/2025"). */
  source: freeText(500).optional(),
  /** `${previousInspectionId}/${recommendationId}`: the same recommendation is carried once. */
  sourceId: z.string().max(200).optional(),
  status: z.enum(FOLLOW_UP_STATUSES, { error: 'Hãy chọn kết quả thực hiện: đã, đang hoặc chưa thực hiện.' }).nullable().optional(),
  evidence: freeText(5000).optional(),
  evidenceDoc: FollowUpDocSchema.nullable().optional(),
  note: freeText(5000).optional(),
  order: z.number().int().nonnegative().optional(),
});
export type FollowUpValues = z.infer<typeof FollowUpSchema>;

export const ReportPartSchema = z.object({ text: freeText(100_000) });

export const ReportVersionSchema = z.object({
  version: z.number().int().positive(),
  dataHash: z.string().regex(/^[0-9a-f]{64}$/),
  finalisedAt: z.string(),
  model: z.string().max(5_000_000),
  /** Written by finaliseReport with every version; without it a finalised inspection's file was refused on import. */
  acceptedProblems: z.array(z.string().max(2000)).max(500).optional(),
});

const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string().max(5_000_000), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

export const EditSchema = z.object({
  id: z.string().refine(isTimestamp, 'dấu thời gian không hợp lệ'),
  inspectionId: z.string().min(1).max(64),
  entity: z.enum(ENTITY_KINDS),
  recordId: z.string().min(1).max(200),
  field: z.string().min(1).max(64),
  value: jsonValue,
  author: z.string().min(1).max(64),
  unitId: z.string().max(64),
  replaces: z.array(z.string().refine(isTimestamp, 'dấu thời gian không hợp lệ')).max(1000),
});

/** The field schemas of each entity: an edit's value must pass the schema of its field. */
const FIELD_SCHEMAS: Record<(typeof ENTITY_KINDS)[number], Record<string, z.ZodType>> = {
  inspection: InspectionSchema.shape,
  unit: UnitSchema.shape,
  member: MemberSchema.shape,
  response: ResponseSchema.shape,
  evidence: EvidenceSchema.shape,
  attachment: AttachmentSchema.shape,
  finding: FindingSchema.shape,
  recommendation: RecommendationSchema.shape,
  followUp: FollowUpSchema.shape,
  reportPart: ReportPartSchema.shape,
  reportVersion: ReportVersionSchema.shape,
};

/** Each kind of record in words, for messages (never the program's English name). */
const ENTITY_WORDS: Record<(typeof ENTITY_KINDS)[number], string> = {
  inspection: 'cuộc kiểm tra',
  unit: 'đơn vị',
  member: 'thành viên',
  response: 'kết quả kiểm tra',
  evidence: 'tài liệu, minh chứng',
  attachment: 'tệp đính kèm',
  finding: 'ưu điểm, tồn tại',
  recommendation: 'kiến nghị',
  followUp: 'kiến nghị kỳ trước',
  reportPart: 'phần báo cáo',
  reportVersion: 'phiên bản báo cáo',
};

/**
 * Check one edit's value against its field's schema. Returns a Vietnamese
 * reason, or undefined when the value is acceptable.
 */
export function checkEditValue(entity: (typeof ENTITY_KINDS)[number], field: string, value: unknown): string | undefined {
  if (field === DELETED_FIELD) return typeof value === 'boolean' ? undefined : 'giá trị xóa không hợp lệ';
  const shape = FIELD_SCHEMAS[entity];
  // Own fields only: a record naming "constructor" or "toString" is an unknown field, not a crash.
  const schema = shape && Object.prototype.hasOwnProperty.call(shape, field) ? shape[field] : undefined;
  if (!schema) return `trường "${field}" không có trong loại bản ghi ${ENTITY_WORDS[entity]}`;
  const r = schema.safeParse(value);
  return r.success ? undefined : firstIssueMessage(r.error);
}

/** First message of a zod error, for a one-line Vietnamese explanation. */
export function firstIssueMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.';
}

/** The schema of one field of an entity (own fields only), for the fast import checks in shared/exchange/fastcheck.ts. */
export function fieldSchemaOf(entity: (typeof ENTITY_KINDS)[number], field: string): z.ZodType | undefined {
  const shape = FIELD_SCHEMAS[entity];
  return shape && Object.prototype.hasOwnProperty.call(shape, field) ? shape[field] : undefined;
}
