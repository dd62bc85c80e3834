import { useInspectionState, useMe, useSetupDraftValues } from '../../db/hooks';
import { inspectionOf } from '../../../../shared/domain/views';
import { NotFound } from '../../components/NotFound';
import { SetupFormView } from './SetupFormView';
import { emptySetup, setupFromState, type SetupForm } from './setupForm';

/** #/new creates an inspection; #/i/:id/setup edits one. */
export function SetupPage({ inspectionId }: { inspectionId?: string }) {
  if (!inspectionId) return <NewSetup />;
  return <ExistingSetup key={inspectionId} inspectionId={inspectionId} />;
}

function NewSetup() {
  const draft = useSetupDraftValues<SetupForm>(undefined);
  if (draft === undefined) return <p aria-busy="true">Đang tải…</p>;
  return <SetupFormView base={emptySetup()} draft={draft} />;
}

function ExistingSetup({ inspectionId }: { inspectionId: string }) {
  const state = useInspectionState(inspectionId);
  const me = useMe(inspectionId);
  const draft = useSetupDraftValues<SetupForm>(inspectionId);
  if (!state || me === null || draft === undefined) return <p aria-busy="true">Đang tải…</p>;
  const inspection = inspectionOf(state, inspectionId);
  if (!inspection) return <NotFound />;
  // The form takes its defaults once; later live updates do not overwrite what is being typed.
  return <SetupFormView inspectionId={inspectionId} existing={inspection.values} base={setupFromState(state, inspectionId, me)} draft={draft} />;
}
