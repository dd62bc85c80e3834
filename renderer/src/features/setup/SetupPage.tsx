import { useEntitiesState, useMe } from '../../db/hooks';
import { inspectionOf } from '../../../../shared/domain/views';
import { NotFound } from '../../components/NotFound';
import { setupFromPrevious } from './fromPrevious';
import { SetupFormView } from './SetupFormView';
import { emptySetup, setupFromState } from './setupForm';
import { StartFromPrevious } from './StartFromPrevious';

/** #/new creates an inspection (#/new/from/:id from a previous one's set-up); #/i/:id/setup edits one. */
export function SetupPage({ inspectionId, fromId }: { inspectionId?: string; fromId?: string }) {
  if (!inspectionId && fromId) return <FromPrevious key={fromId} fromId={fromId} />;
  if (!inspectionId) return <SetupFormView defaults={emptySetup()} intro={<StartFromPrevious />} />;
  return <ExistingSetup key={inspectionId} inspectionId={inspectionId} />;
}

/** The set-up is the inspection record, its units and members: only those are read. */
const SETUP_ENTITIES = ['inspection', 'unit', 'member'] as const;

function ExistingSetup({ inspectionId }: { inspectionId: string }) {
  const state = useEntitiesState(inspectionId, SETUP_ENTITIES);
  const me = useMe(inspectionId);
  if (!state || me === null) return <p aria-busy="true">Đang tải…</p>;
  const inspection = inspectionOf(state, inspectionId);
  if (!inspection) return <NotFound />;
  // The form takes its defaults once; later live updates do not overwrite what is being typed.
  return <SetupFormView inspectionId={inspectionId} existing={inspection.values} defaults={setupFromState(state, inspectionId, me)} />;
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
  return <SetupFormView defaults={setupFromPrevious(state, fromId, me)} intro={intro} />;
}
