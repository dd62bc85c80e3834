/**
 * A new inspection started from a previous one (issue 12, follow-up): the
 * bodies, addressee, recipients, units, members and their assignments are
 * copied; what belongs to one period (plan, decision, dates, report number
 * and title) is left blank for the new one. Members' signing keys are not
 * copied: each member's laptop is trusted again for the new inspection.
 */
import type { DerivedState } from '../../../../shared/domain/derive';
import { setupFromState, type SetupForm } from './setupForm';

export function setupFromPrevious(state: DerivedState, previousId: string, me: string | undefined): SetupForm {
  const previous = setupFromState(state, previousId, me);
  const blankDoc = { number: '', date: '', summary: '' };
  return {
    ...previous,
    title: '',
    plan: blankDoc,
    decision: { ...blankDoc },
    periodFrom: '',
    periodTo: '',
    visitFrom: '',
    visitTo: '',
  };
}
