import { useEntitiesState, useMe, useSetupDraftValues } from '../../db/hooks';
import { inspectionOf } from '../../../../shared/domain/views';
import { NotFound } from '../../components/NotFound';
import { setupFromPrevious } from './fromPrevious';
import { SetupFormView } from './SetupFormView';
import { emptySetup, setupFromState, type SetupForm } from './setupForm';
import { StartFromPrevious } from './StartFromPrevious';

/** #/new creates an inspection (#/new/from/:id from a previous one's set-up); #/i/:id/setup edits one. */
export function SetupPage({ inspectionId, fromId }: { inspectionId?: string; fromId?: string }) {
  if (!inspectionId && fromId) return <FromPrevious key={fromId} fromId={fromId} />;
  if (!inspectionId) return <NewSetup />;
  return <ExistingSetup key={inspectionId} inspectionId={inspectionId} />;
}

function NewSetup() {
  const draft = useSetupDraftValues<SetupForm>(undefined);
  if (draft === undefined) return <p aria-busy="true">Đang tải…</p>;
  return <SetupFormView base={emptySetup()} draft={draft} intro={<StartFromPrevious />} />;
}

/** The set-up is the inspection record, its units and members: only those are read. */
const SETUP_ENTITIES = ['inspection', 'unit', 'member'] as const;

function ExistingSetup({ inspectionId }: { inspectionId: string }) {
  const state = useEntitiesState(inspectionId, SETUP_ENTITIES);
  const me = useMe(inspectionId);
  const draft = useSetupDraftValues<SetupForm>(inspectionId);
  if (!state || me === null || draft === undefined) return <p aria-busy="true">Đang tải…</p>;
  const inspection = inspectionOf(state, inspectionId);
  if (!inspection) return <NotFound />;
  // The form takes its defaults once; later live updates do not overwrite what is being typed.
  return <SetupFormView inspectionId={inspectionId} existing={inspection.values} base={setupFromState(state, inspectionId, me)} draft={draft} />;
}

function FromPrevious({ fromId }: { fromId: string }) {
  const state = useEntitiesState(fromId, SETUP_ENTITIES);
  const me = useMe(fromId);
  if (!state || me === null) return <p aria-busy="true">Đang tải…</p>;
  const previous = inspectionOf(state, fromId);
  if (!previous) return <NotFound />;
  const name = previous.values.title || previous.values.plan?.summary || previous.values.teamName || '';
  const intro = (
    <p className="card" role="note">
      Đã sao chép thiết lập từ cuộc kiểm tra “{name}”: đơn vị, thành viên và phân công đã điền sẵn. Hãy nhập kế hoạch, quyết định và thời gian của kỳ kiểm
      tra mới, sửa những gì đã thay đổi rồi bấm “Tạo cuộc kiểm tra”.
    </p>
  );
  return <SetupFormView base={setupFromPrevious(state, fromId, me)} draft={null} intro={intro} />;
}
