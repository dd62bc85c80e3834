/**
 * Save-as-you-type for one response. Every keystroke goes to the draft
 * journal at once (durable within one IndexedDB commit); the edit itself waits
 * ~300 ms for more typing (never more than ~800 ms in all) and is written at
 * once on blur, on unmount and when the page hides. Invalid values are shown,
 * not written as edits, and stay in the journal with their error so a reload
 * shows them again. Writes of one response are queued so two saves never race.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseValues } from '../../../../shared/domain/schemas';
import { responseId } from '../../../../shared/domain/edit';
import { useSaves } from '../../app/SavesContext';
import { draftKey, type DraftRow } from '../../db/drafts';
import type { InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';
import { holdSaveIndicator } from './pendingSaves';
import { checkDrafts, fieldText, heldMessage, type Drafts, type FieldErrors, type ResponseField } from './responseDraft';

const DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 800;

export interface Autosave {
  errors: FieldErrors;
  change: (field: ResponseField, text: string) => void;
  flush: () => Promise<void>;
  /** True when nothing typed here waits to be written (so the stored values are what the inputs show). */
  isIdle: () => boolean;
  /** What an input shows when it mounts: a draft kept from before (refused, or not yet stored), else the stored value. */
  shown: (field: ResponseField) => string;
}

type Ids = Partial<Record<ResponseField, string>>;

function fromRows(rows: readonly DraftRow[]): { drafts: Drafts; ids: Ids } {
  const drafts: Drafts = {};
  const ids: Ids = {};
  for (const r of rows) {
    drafts[r.field as ResponseField] = r.text;
    ids[r.field as ResponseField] = r.id;
  }
  return { drafts, ids };
}

/** @param kept this response's rows of the draft journal when the card mounts (refused drafts from before a reload). */
export function useResponseAutosave(
  repo: InspectionRepo,
  unitId: string,
  itemId: string,
  stored: Partial<ResponseValues>,
  kept: readonly DraftRow[] = [],
): Autosave {
  const { registry, journal } = useSaves();
  const initial = useRef<{ drafts: Drafts; ids: Ids } | null>(null);
  if (initial.current === null) initial.current = fromRows(kept);
  const [errors, setErrors] = useState<FieldErrors>(() => checkDrafts(stored, initial.current!.drafts).errors);
  const drafts = useRef<Drafts>(initial.current.drafts);
  // The edit id reserved with each field's latest keystroke: it names the journal row to clear once stored.
  const ids = useRef<Ids>(initial.current.ids);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstChangeAt = useRef(0);
  const release = useRef<(() => void) | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const { inspectionId } = repo;

  const row = useCallback(
    (field: ResponseField, text: string, id: string, error?: string): DraftRow => ({
      key: draftKey(inspectionId, unitId, itemId, field),
      inspectionId,
      unitId,
      itemId,
      field,
      text,
      id,
      ...(error === undefined ? {} : { error }),
    }),
    [inspectionId, unitId, itemId],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const pending = drafts.current;
    const pendingIds = { ...ids.current };
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
    // Refused drafts stay in the journal with their message (the header counts them, a reload shows them).
    for (const f of Object.keys(left) as ResponseField[]) {
      const id = pendingIds[f];
      if (id) journal.record(row(f, left[f] ?? '', id, heldMessage(f, found)));
    }
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
      if ((await saving) === undefined) {
        drafts.current = { ...written, ...drafts.current };
        return;
      }
      const stored = (Object.keys(written) as ResponseField[]).flatMap((f) => (pendingIds[f] ? [{ key: draftKey(inspectionId, unitId, itemId, f), id: pendingIds[f]! }] : []));
      await journal.settle(stored);
    });
    queue.current = write;
    await write;
  }, [repo, inspectionId, unitId, itemId, journal, row]);

  const change = useCallback(
    (field: ResponseField, text: string) => {
      drafts.current = { ...drafts.current, [field]: text };
      // Journalled at once with the edit id it will carry if replayed after a crash.
      const id = repo.store.nextId();
      ids.current = { ...ids.current, [field]: id };
      journal.record(row(field, text, id));
      const now = Date.now();
      if (!timer.current) firstChangeAt.current = now;
      if (!release.current) release.current = holdSaveIndicator();
      clearTimeout(timer.current);
      const wait = Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - (now - firstChangeAt.current)));
      timer.current = setTimeout(() => void flush(), wait);
    },
    [flush, journal, repo, row],
  );

  // Write whatever waits when the page hides or this item leaves the screen.
  useEffect(() => {
    const unregister = registry.register(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush, registry]);

  const isIdle = useCallback(() => timer.current === undefined && Object.keys(drafts.current).length === 0, []);
  const shown = useCallback((field: ResponseField) => drafts.current[field] ?? fieldText(storedRef.current, field), []);

  return { errors, change, flush, isIdle, shown };
}
