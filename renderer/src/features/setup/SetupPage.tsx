import { useEntitiesState, useMe } from '../../db/hooks';
import { inspectionOf } from '../../../../shared/domain/views';
import { NotFound } from '../../components/NotFound';
import { SetupFormView } from './SetupFormView';
import { emptySetup, setupFromState } from './setupForm';

/** #/new creates an inspection; #/i/:id/setup edits one. */
export function SetupPage({ inspectionId }: { inspectionId?: string }) {
  if (!inspectionId) return <SetupFormView defaults={emptySetup()} />;
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
