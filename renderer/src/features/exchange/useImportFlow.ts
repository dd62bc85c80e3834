/**
 * The import flow of one panel: files chosen → checked and previewed (nothing
 * written) → "Nhập" writes all new records in one transaction with progress.
 */
import { useCallback, useRef, useState } from 'react';
import { recordArrivals } from '../../db/arrivals';
import { applyImport, authorityInputs, trustMemberKey, type ImportCheck } from '../../db/exchange';
import { inspectionEditsPage } from '../../db/edits';
import type { Edit } from '../../../../shared/domain/edit';
import type { StoredSegment } from '../../../../shared/exchange/segments';
import { newRecordCount } from '../../../../shared/exchange/preview';
import { userMessage } from '../../db/errors';
import { storeReceivedFiles } from '../../db/files';
import { filesOfChecks, type CheckWithFiles } from '../../../../shared/exchange/attachments';
import { useStorage } from '../../db/StorageContext';
import type { OpenedFile } from '../../platform/types';
import { JobCancelled, callback, runInCore } from '../../worker/client';

export interface ImportItem {
  key: number;
  name: string;
  data: Uint8Array;
  passphrase?: string;
  check?: CheckWithFiles<ImportCheck>;
}

/** How far checking the chosen files has got: `index` files done out of `total`. */
export interface CheckProgress {
  index: number;
  total: number;
}

export interface ImportDone {
  written: number;
  files: number;
  newInspections: string[];
}

export function useImportFlow(inspectionId: string | undefined) {
  const { db, store } = useStorage();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [checking, setChecking] = useState<CheckProgress | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const nextKey = useRef(1);

  const itemsRef = useRef<ImportItem[]>([]);
  const generation = useRef(0);
  const cancelCheck = useRef<(() => void) | undefined>(undefined);

  /**
   * Show the list at once, then check it as a whole in the core worker (a
   * batch is previewed in order) while the window keeps answering; a newer
   * list or "Hủy" drops the running check.
   */
  const update = useCallback(
    async (list: ImportItem[]) => {
      const gen = ++generation.current;
      cancelCheck.current?.();
      itemsRef.current = list;
      setItems(list);
      if (list.length === 0) {
        setChecking(null);
        return;
      }
      setChecking({ index: 0, total: list.length });
      const files = list.map(({ name, data, passphrase }) => ({ name, data, passphrase }));
      // Progress reports come on their own channel and may arrive after the result: drop those.
      let running = true;
      const inputs = await authorityInputs(db);
      if (gen !== generation.current) return;
      const job = runInCore((core) =>
        core.checkImport(
          { files, expectedInspectionId: inspectionId, ...inputs },
          callback((id: string, offset: number, limit: number) => inspectionEditsPage(db, id, offset, limit)),
          callback((index: number, total: number) => {
            if (running && gen === generation.current) setChecking({ index, total });
          }),
        ),
      );
      cancelCheck.current = job.cancel;
      try {
        const checks = await job.result;
        running = false;
        if (gen !== generation.current) {
          releaseKept(checks);
          return;
        }
        releaseKept(itemsRef.current.map((it) => it.check));
        const checked = list.map((it, i) => ({ ...it, check: checks[i] }));
        itemsRef.current = checked;
        setItems(checked);
      } catch (e) {
        if (e instanceof JobCancelled || gen !== generation.current) return;
        setFailure('Chưa kiểm tra được các tệp đã chọn. Hãy bỏ chọn rồi chọn lại các tệp; nếu vẫn không được, hãy khởi động lại ứng dụng.');
      } finally {
        running = false;
        if (gen === generation.current) {
          setChecking(null);
          cancelCheck.current = undefined;
        }
      }
    },
    [db, inspectionId],
  );

  /** "Hủy" while checking: stop, and leave the list as it was before these files were chosen. */
  const cancel = useCallback(() => {
    generation.current++;
    cancelCheck.current?.();
    cancelCheck.current = undefined;
    const kept = itemsRef.current.filter((it) => it.check);
    itemsRef.current = kept;
    setItems(kept);
    setChecking(null);
  }, []);

  const addFiles = useCallback(
    (files: OpenedFile[]) => {
      if (files.length === 0) return;
      setDone(null);
      setFailure(null);
      void update(itemsRef.current.concat(files.map((f) => ({ key: nextKey.current++, name: f.name, data: f.data }))));
    },
    [update],
  );

  const setPassphrase = useCallback(
    (key: number, passphrase: string) => void update(itemsRef.current.map((it) => (it.key === key ? { ...it, passphrase } : it))),
    [update],
  );

  const remove = useCallback((key: number) => void update(itemsRef.current.filter((it) => it.key !== key)), [update]);

  const clear = useCallback(() => void update([]), [update]);

  /** Trust the new laptop key a refused file was signed with, then check every file again. */
  const trustNewKey = useCallback(
    async (key: number) => {
      const check = itemsRef.current.find((it) => it.key === key)?.check;
      const k = check && !check.ok ? check.error.newKey : undefined;
      if (!k) return;
      try {
        await trustMemberKey(db, store, k.inspectionId, k.memberId, k.publicKey);
        await update(itemsRef.current);
      } catch (e) {
        setFailure(`Chưa ghi nhận được máy mới của ${k.memberName}: ${userMessage(e)}`);
      }
    },
    [db, store, update],
  );

  const apply = useCallback(async () => {
    const checks = itemsRef.current.map((it) => it.check).filter((c): c is CheckWithFiles<ImportCheck> => !!c && c.ok);
    if (checks.length === 0) return;
    setFailure(null);
    setProgress({ done: 0, total: checks.reduce((n, c) => n + (c.ok ? newRecordCount(c.preview) : 0), 0) });
    try {
      const withRecords = await Promise.all(checks.map(takeKept));
      await storeReceivedFiles(db, filesOfChecks(checks));
      const outcome = await applyImport(db, store, withRecords, (d, t) => setProgress({ done: d, total: t }));
      releaseKept(checks);
      await noteArrivals(db, withRecords);
      setDone({ written: outcome.written, files: checks.length, newInspections: outcome.newInspections });
      // Files that were refused stay listed with their reason; imported ones leave the list.
      const left = itemsRef.current.filter((it) => !it.check?.ok);
      itemsRef.current = left;
      setItems(left);
    } catch (e) {
      setFailure(`Chưa nhập được: ${userMessage(e)} Dữ liệu trên máy không thay đổi; hãy thử lại.`);
    } finally {
      setProgress(null);
    }
  }, [db, store]);

  return { items, checking, progress, done, failure, addFiles, setPassphrase, remove, clear, apply, trustNewKey, cancel };
}

const PAGE = 5_000;

/** The worker was restarted since the check (a newer check was cancelled): what it kept is gone. */
function recheck(): never {
  throw new Error('các tệp cần được kiểm tra lại: hãy bỏ chọn rồi chọn lại các tệp');
}

/** The new records a check kept in the worker, taken a page at a time so no message holds the window long. */
async function takeKept<C extends ImportCheck>(c: C): Promise<C> {
  if (!c.ok || c.preview.recordsHandle === undefined) return c;
  const handle = c.preview.recordsHandle;
  const total = newRecordCount(c.preview);
  const records: Edit[] = [];
  while (records.length < total) {
    const page = await runInCore((core) => core.takeRecords(handle, records.length, PAGE)).result.catch(recheck);
    if (page.length === 0) break;
    for (const e of page) records.push(e);
  }
  const segments: StoredSegment[] = [];
  for (let i = 0; i < (c.preview.segmentCount ?? 0); i++) segments.push(await runInCore((core) => core.takeSegment(handle, i)).result.catch(recheck));
  return { ...c, preview: { ...c.preview, newEdits: records, segments } };
}

/** Let the worker forget records of checks that will not be imported (or just were). */
function releaseKept(checks: readonly (ImportCheck | undefined)[]): void {
  const handles = checks.flatMap((c) => (c?.ok && c.preview.recordsHandle !== undefined ? [c.preview.recordsHandle] : []));
  if (handles.length > 0) void runInCore((core) => core.releaseRecords(handles)).result.catch(() => undefined);
}

/** The leader's record of which member's results arrived, when, and how many records were new (shown per member). */
async function noteArrivals(db: Parameters<typeof recordArrivals>[0], checks: readonly ImportCheck[]): Promise<void> {
  const receivedAt = Date.now();
  const byInspection = new Map<string, Parameters<typeof recordArrivals>[2]>();
  for (const c of checks) {
    if (!c.ok || c.preview.kind !== 'results') continue;
    const inspectionId = c.preview.inspections[0]?.id;
    if (!inspectionId) continue;
    const list = byInspection.get(inspectionId) ?? [];
    list.push({ memberId: c.preview.member.id, memberName: c.preview.member.name, exportedAt: c.preview.exportedAt, receivedAt, newRecords: newRecordCount(c.preview) });
    byInspection.set(inspectionId, list);
  }
  // Only a note: the import itself is already stored, so a failure here must not report it as failed.
  for (const [id, list] of byInspection) await recordArrivals(db, id, list).catch(() => undefined);
}
