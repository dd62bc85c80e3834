import { useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { InspectionValues } from '../../../../shared/domain/schemas';
import { navigate } from '../../app/router';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { newId } from '../../db/inspections';
import { saveSetup } from '../../db/setup';
import { useStorage } from '../../db/StorageContext';
import { useEntitiesState } from '../../db/hooks';
import { formatTimeOfDay } from '../../../../shared/domain/format';
import type { SetupDraft } from '../../db/setupDraft';
import { trackSave } from '../../store';
import { ArchivedRecords } from './ArchivedRecords';
import { SetupRecordsContext } from './archiveContext';
import { DocRefFields } from './DocRefFields';
import { HeaderPreview } from './HeaderPreview';
import { MeSelect } from './MeSelect';
import { MembersFieldset } from './MembersFieldset';
import { setupResolver, toSetupInput, type SetupForm } from './setupForm';
import { UnitsFieldset } from './UnitsFieldset';
import { useSetupDraft } from './useSetupDraft';
import './setup.css';

interface Props {
  inspectionId?: string;
  existing?: Partial<InspectionValues>;
  /** The values as stored (or empty for a new inspection). */
  base: SetupForm;
  /** What was typed and not saved, kept across navigation and reload; shown instead of base. */
  draft: SetupDraft<SetupForm> | null;
  /** Shown under the title (a new inspection: where its set-up came from, or how to copy one). */
  intro?: ReactNode;
}

const STORED_KINDS = ['unit', 'member'] as const;

const DATE_HINT = 'ngày/tháng/năm, ví dụ 05/08/2025';

/** The inspection set-up: bodies, basis documents, dates, units, team and "Tôi là …". */
export function SetupFormView({ inspectionId, existing, base, draft, intro }: Props) {
  const { db, store } = useStorage();
  const form = useForm<SetupForm>({ resolver: setupResolver, defaultValues: draft?.values ?? base, reValidateMode: 'onChange' });
  const { discard } = useSetupDraft(form, inspectionId);
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const [saved, setSaved] = useState(false);
  const creating = !inspectionId;
  // Units and members already stored: deleting one archives it (with a typed confirmation) instead of dropping it from the form.
  // Read live: a unit restored from "Đã lưu trữ" on this page is stored too.
  const live = useEntitiesState(inspectionId, STORED_KINDS);
  const records = useMemo(() => ({ inspectionId, stored: new Set(inspectionId && live ? [...live.records.values()].map((r) => r.id) : []) }), [inspectionId, live]);

  const onSubmit = async (values: SetupForm) => {
    const id = inspectionId ?? newId();
    const result = await trackSave(() => saveSetup(db, store, id, toSetupInput(values, existing)));
    if (result === undefined) return;
    await discard();
    if (creating) navigate({ page: 'checklist', inspectionId: id });
    else {
      setSaved(true);
      form.reset(values);
    }
  };

  const dateField = (name: 'periodFrom' | 'periodTo' | 'visitFrom' | 'visitTo', label: string) => (
    <TextField label={label} hint={DATE_HINT} inputMode="numeric" autoComplete="off" error={errors[name]?.message} {...register(name)} />
  );

  return (
    <FormProvider {...form}>
      <SetupRecordsContext.Provider value={records}>
        <form className="setup" noValidate onSubmit={handleSubmit(onSubmit)} onChange={() => setSaved(false)}>
          <h1>{creating ? 'Tạo cuộc kiểm tra mới' : 'Thiết lập cuộc kiểm tra'}</h1>
          {intro}
          {draft && (
            <p role="status" className="setup-draft card">
              Bản nháp chưa lưu (nhập lúc {formatTimeOfDay(draft.savedAt)}). Bấm “{creating ? 'Tạo cuộc kiểm tra' : 'Lưu thiết lập'}” để lưu, hoặc{' '}
              <button
                type="button"
                className="small"
                onClick={() => {
                  void discard();
                  form.reset(base);
                }}
              >
                Bỏ bản nháp
              </button>
            </p>
          )}

          <fieldset className="card">
            <legend>Cơ quan và đoàn kiểm tra</legend>
            <div className="grid2">
              <TextField
                label="Dòng trên của tiêu đề: cơ quan chủ quản, là cơ quan được kiểm tra"
                hint="Sở, ban, ngành tự kiểm tra, ví dụ Sở Khoa học và Công nghệ (không ghi UBND tỉnh)"
                error={errors.governingBody?.message}
                {...register('governingBody')}
              />
              <TextField
                label="Dòng dưới, in đậm: cơ quan ban hành báo cáo"
                hint="ví dụ Đoàn kiểm tra"
                error={errors.issuingBody?.message}
                {...register('issuingBody')}
              />
              <TextField label="Tên đoàn kiểm tra" error={errors.teamName?.message} {...register('teamName')} />
              <TextField label="Ký hiệu báo cáo" hint="ví dụ BC-ĐKT" error={errors.reportSymbol?.message} {...register('reportSymbol')} />
              <TextField label="Tên cuộc kiểm tra (không bắt buộc)" error={errors.title?.message} {...register('title')} />
              <TextField label="Địa danh" hint="ghi ở dòng ngày tháng của báo cáo, ví dụ Đồng Nai" error={errors.placeName?.message} {...register('placeName')} />
            </div>
            <TextField label="Kính gửi" error={errors.addressee?.message} {...register('addressee')} />
            <HeaderPreview />
          </fieldset>

          <fieldset className="card">
            <legend>Văn bản căn cứ</legend>
            <DocRefFields name="plan" kind="kế hoạch" title="Kế hoạch kiểm tra" />
            <DocRefFields name="decision" kind="quyết định" title="Quyết định thành lập Đoàn kiểm tra" />
          </fieldset>

          <fieldset className="card">
            <legend>Thời gian</legend>
            <div className="grid4">
              {dateField('periodFrom', 'Kỳ kiểm tra từ ngày')}
              {dateField('periodTo', 'Kỳ kiểm tra đến ngày')}
              {dateField('visitFrom', 'Kiểm tra thực tế từ ngày')}
              {dateField('visitTo', 'Kiểm tra thực tế đến ngày')}
            </div>
          </fieldset>

          <UnitsFieldset />
          <MembersFieldset />
          <MeSelect />

          <fieldset className="card">
            <legend>Nơi nhận</legend>
            <TextAreaField label="Nơi nhận (mỗi dòng một nơi)" rows={4} error={errors.recipients?.message} {...register('recipients')} />
          </fieldset>

          {formState.submitCount > 0 && !formState.isValid && Object.keys(errors).length > 0 && (
            <p role="alert" className="field-error">
              Chưa lưu: hãy sửa các ô có thông báo lỗi màu đỏ ở trên rồi bấm lại.
            </p>
          )}
          {saved && (
            <p role="status" className="met">
              Đã lưu thiết lập.
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={formState.isSubmitting}>
              {creating ? 'Tạo cuộc kiểm tra' : 'Lưu thiết lập'}
            </button>
            {!creating && <a href={`#/i/${encodeURIComponent(inspectionId)}/checklist`}>Đến phiếu kiểm tra</a>}
          </div>
          {inspectionId && <ArchivedRecords inspectionId={inspectionId} />}
        </form>
      </SetupRecordsContext.Provider>
    </FormProvider>
  );
}
