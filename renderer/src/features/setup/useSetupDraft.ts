/**
 * Keeps the set-up form's unsaved values as a draft while it is typed (a
 * short debounce, written at once on leaving the page or quitting through the
 * app's one flush registry), so leaving the form halfway or reloading drops
 * nothing. Saving the set-up discards the draft.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useSaves } from '../../app/SavesContext';
import { clearSetupDraft, writeSetupDraft } from '../../db/setupDraft';
import { useStorage } from '../../db/StorageContext';
import { storageErrorMessage } from '../../db/errors';
import { useUi } from '../../store';
import type { SetupForm } from './setupForm';

const DEBOUNCE_MS = 300;

export function useSetupDraft(form: UseFormReturn<SetupForm>, inspectionId: string | undefined): { discard: () => Promise<void> } {
  const { db } = useStorage();
  const { registry } = useSaves();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<SetupForm | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const values = pending.current;
    pending.current = undefined;
    if (!values) return;
    await writeSetupDraft(db, inspectionId, values).catch((e: unknown) => useUi.setState({ saveError: storageErrorMessage(e) }));
  }, [db, inspectionId]);

  useEffect(() => {
    const sub = form.watch((values, { name }) => {
      // Only typing makes a draft: a reset after saving does not.
      if (!name) return;
      pending.current = structuredClone(values) as SetupForm;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    });
    const unregister = registry.register(flush);
    return () => {
      sub.unsubscribe();
      unregister();
      void flush();
    };
  }, [form, flush, registry]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
    await clearSetupDraft(db, inspectionId);
  }, [db, inspectionId]);

  return { discard };
}
