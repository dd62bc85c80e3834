/**
 * Save-as-you-type for one response: changes wait ~300 ms for more typing
 * (never more than ~800 ms in all), are written at once on blur, on unmount
 * and when the page hides. Invalid values are shown and not written; writes
 * of one response are queued so two saves never race on the same field.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseValues } from '../../../../shared/domain/schemas';
import { responseId } from '../../../../shared/domain/edit';
import type { InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';
import { holdSaveIndicator, registerFlush } from './pendingSaves';
import { checkDrafts, type Drafts, type FieldErrors, type ResponseField } from './responseDraft';

const DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 800;

export interface Autosave {
  errors: FieldErrors;
  change: (field: ResponseField, text: string) => void;
  flush: () => Promise<void>;
  /** True when nothing typed here waits to be written (so the stored values are what the inputs show). */
  isIdle: () => boolean;
}

export function useResponseAutosave(repo: InspectionRepo, unitId: string, itemId: string, stored: Partial<ResponseValues>): Autosave {
  const [errors, setErrors] = useState<FieldErrors>({});
  const drafts = useRef<Drafts>({});
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstChangeAt = useRef(0);
  const release = useRef<(() => void) | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const pending = drafts.current;
    if (Object.keys(pending).length === 0) {
      release.current?.();
      release.current = null;
      return;
    }
    const { values, errors: found } = checkDrafts(storedRef.current, pending);
    // Keep only what could not be written, so fixing one number re-checks the pair.
    const left: Drafts = {};
    for (const f of Object.keys(pending) as ResponseField[]) if (!(f in values)) left[f] = pending[f];
    drafts.current = left;
    setErrors(found);
    const done = release.current;
    release.current = null;
    if (Object.keys(values).length === 0) {
      done?.();
      return;
    }
    const written: Drafts = {};
    for (const f of Object.keys(values) as ResponseField[]) written[f] = pending[f];
    const write = queue.current.then(async () => {
      const saving = trackSave(() => repo.setFields('response', responseId(unitId, itemId), unitId, values));
      // The real save holds the indicator now; the "waiting" hold can go.
      done?.();
      if ((await saving) === undefined) drafts.current = { ...written, ...drafts.current };
    });
    queue.current = write;
    await write;
  }, [repo, unitId, itemId]);

  const change = useCallback(
    (field: ResponseField, text: string) => {
      drafts.current = { ...drafts.current, [field]: text };
      const now = Date.now();
      if (!timer.current) firstChangeAt.current = now;
      if (!release.current) release.current = holdSaveIndicator();
      clearTimeout(timer.current);
      const wait = Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - (now - firstChangeAt.current)));
      timer.current = setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  // Write whatever waits when the page hides or this item leaves the screen.
  useEffect(() => {
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  const isIdle = useCallback(() => timer.current === undefined && Object.keys(drafts.current).length === 0, []);

  return { errors, change, flush, isIdle };
}
