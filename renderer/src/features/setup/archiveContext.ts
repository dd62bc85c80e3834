import { createContext, useContext } from 'react';

/** Which inspection the set-up form edits and which of its units and members are stored (those are archived, not just removed from the form). */
export interface SetupRecords {
  inspectionId?: string;
  stored: ReadonlySet<string>;
}

export const SetupRecordsContext = createContext<SetupRecords>({ stored: new Set() });

export function useSetupRecords(): SetupRecords {
  return useContext(SetupRecordsContext);
}
