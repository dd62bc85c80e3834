/**
 * The set-up form's values (as typed: dates are dd/mm/yyyy text, recipients
 * one per line) and their conversion to and from the stored records. The
 * form validates with the same zod schemas the storage uses.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { DerivedState } from '../../../../shared/domain/derive';
import { parseVnDate, toInputDate } from '../../../../shared/domain/format';
import { InspectionSchema, MemberSchema, UnitSchema, type InspectionValues, type MemberRole } from '../../../../shared/domain/schemas';
import { inspectionOf, membersOf, unitsOf } from '../../../../shared/domain/views';
import { DEFAULT_TEMPLATE } from '../../../../shared/templates';
import { newId } from '../../db/inspections';
import type { SetupInput } from '../../db/setup';

export interface DocRefForm {
  number: string;
  date: string;
  summary: string;
}

export interface UnitForm {
  /** The unit's record id ("id" is taken by useFieldArray). */
  recordId: string;
  name: string;
}

export interface MemberForm {
  recordId: string;
  name: string;
  position: string;
  role: MemberRole;
  unitIds: string[];
  sectionIds: string[];
}

export interface SetupForm {
  title: string;
  governingBody: string;
  issuingBody: string;
  teamName: string;
  reportSymbol: string;
  placeName: string;
  addressee: string;
  plan: DocRefForm;
  decision: DocRefForm;
  periodFrom: string;
  periodTo: string;
  visitFrom: string;
  visitTo: string;
  recipients: string;
  units: UnitForm[];
  members: MemberForm[];
  me: string;
}

export function newUnit(): UnitForm {
  return { recordId: newId(), name: '' };
}

export function newMember(): MemberForm {
  return { recordId: newId(), name: '', position: '', role: 'thanh-vien', unitIds: [], sectionIds: [] };
}

export function emptySetup(): SetupForm {
  const doc = (): DocRefForm => ({ number: '', date: '', summary: '' });
  return {
    title: '',
    // As in the model report (seed 000): the department over the team that issues the report.
    governingBody: 'Sở Khoa học và Công nghệ',
    issuingBody: 'Đoàn kiểm tra',
    teamName: 'Đoàn kiểm tra',
    reportSymbol: 'BC-ĐKT',
    placeName: 'Đồng Nai',
    addressee: '',
    plan: doc(),
    decision: doc(),
    periodFrom: '',
    periodTo: '',
    visitFrom: '',
    visitTo: '',
    recipients: '',
    units: [newUnit()],
    members: [{ ...newMember(), role: 'truong-doan' }],
    me: '',
  };
}

/** The stored set-up as form values. */
export function setupFromState(state: DerivedState, inspectionId: string, me: string | undefined): SetupForm {
  const v = inspectionOf(state, inspectionId)?.values ?? {};
  const doc = (d: InspectionValues['plan'] | undefined): DocRefForm => ({ number: d?.number ?? '', date: toInputDate(d?.date), summary: d?.summary ?? '' });
  return {
    title: v.title ?? '',
    governingBody: v.governingBody ?? '',
    issuingBody: v.issuingBody ?? '',
    teamName: v.teamName ?? '',
    reportSymbol: v.reportSymbol ?? '',
    placeName: v.placeName ?? '',
    addressee: v.addressee ?? '',
    plan: doc(v.plan),
    decision: doc(v.decision),
    periodFrom: toInputDate(v.periodFrom),
    periodTo: toInputDate(v.periodTo),
    visitFrom: toInputDate(v.visitFrom),
    visitTo: toInputDate(v.visitTo),
    recipients: (v.recipients ?? []).join('\n'),
    units: unitsOf(state).map((u) => ({ recordId: u.id, name: u.values.name ?? '' })),
    members: membersOf(state).map((m) => ({
      recordId: m.id,
      name: m.values.name ?? '',
      position: m.values.position ?? '',
      role: m.values.role ?? 'thanh-vien',
      unitIds: m.values.unitIds ?? [],
      sectionIds: m.values.sectionIds ?? [],
    })),
    me: me ?? '',
  };
}

/** A typed date as ISO; a wrong one is kept as typed so the schema rejects it with its message. */
function dateValue(text: string): string {
  return parseVnDate(text) ?? text.trim();
}

const SetupSchema = z.intersection(
  InspectionSchema,
  z.object({
    units: z.array(UnitSchema).min(1, 'Hãy thêm ít nhất một đơn vị được kiểm tra.'),
    members: z.array(MemberSchema).min(1, 'Hãy thêm ít nhất một thành viên đoàn.'),
  }),
);

/** The values the schemas check, with field paths equal to the form's so errors land on the right input. */
function toChecked(f: SetupForm) {
  const doc = (d: DocRefForm) => ({ number: d.number, date: dateValue(d.date), summary: d.summary.trim() });
  return {
    title: f.title.trim(),
    governingBody: f.governingBody,
    issuingBody: f.issuingBody,
    teamName: f.teamName,
    reportSymbol: f.reportSymbol.trim(),
    placeName: f.placeName,
    addressee: f.addressee,
    plan: doc(f.plan),
    decision: doc(f.decision),
    periodFrom: dateValue(f.periodFrom),
    periodTo: dateValue(f.periodTo),
    visitFrom: dateValue(f.visitFrom),
    visitTo: dateValue(f.visitTo),
    templateId: DEFAULT_TEMPLATE.id,
    templateVersion: DEFAULT_TEMPLATE.version,
    recipients: f.recipients
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    units: f.units.map((u) => ({ name: u.name })),
    members: f.members.map((m) => ({ name: m.name, position: m.position, role: m.role, unitIds: m.unitIds, sectionIds: m.sectionIds })),
  };
}

const schemaResolver = zodResolver(SetupSchema);

export const setupResolver: Resolver<SetupForm> = async (values, context, options) => {
  const checked = toChecked(values);
  // The schema sees stored shapes; its errors carry the same paths as the form fields.
  const r = await schemaResolver(checked as never, context, options as never);
  const errors = r.errors as FieldErrors<SetupForm>;
  if (Object.keys(errors).length > 0) return { values: {}, errors };
  return { values, errors: {} };
};

/** Validated form values as what storage writes; templateId/version of an existing inspection are kept. */
export function toSetupInput(f: SetupForm, existing?: Partial<InspectionValues>): SetupInput {
  const c = toChecked(f);
  const { units, members, ...inspection } = c;
  void units;
  void members;
  return {
    inspection: {
      ...(inspection as InspectionValues),
      templateId: existing?.templateId ?? inspection.templateId,
      templateVersion: existing?.templateVersion ?? inspection.templateVersion,
    },
    units: f.units.map((u) => ({ id: u.recordId, name: u.name })),
    members: f.members.map((m) => ({ id: m.recordId, name: m.name, position: m.position, role: m.role, unitIds: m.unitIds, sectionIds: m.sectionIds })),
    me: f.me,
  };
}
