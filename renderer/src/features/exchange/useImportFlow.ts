/**
 * The import flow of one panel: files chosen → checked and previewed (nothing
 * written) → "Nhập" writes all new records in one transaction with progress.
 */
import { useCallback, useRef, useState } from 'react';
import { recordArrivals } from '../../db/arrivals';
import { applyImport, checkImportFiles, trustMemberKey, type FileCheck } from '../../db/exchange';
import { useStorage } from '../../db/StorageContext';
import type { OpenedFile } from '../../platform/types';

export interface ImportItem {
  key: number;
  name: string;
  data: Uint8Array;
  passphrase?: string;
  check?: FileCheck;
}

export interface ImportDone {
  written: number;
  files: number;
  newInspections: string[];
}

export function useImportFlow(inspectionId: string | undefined) {
  const { db, store } = useStorage();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [checking, setChecking] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const nextKey = useRef(1);

  const itemsRef = useRef<ImportItem[]>([]);
  const generation = useRef(0);

  /** Show the list at once, then check it as a whole (a batch is previewed in order); stale results are dropped. */
  const update = useCallback(
    async (list: ImportItem[]) => {
      const gen = ++generation.current;
      itemsRef.current = list;
      setItems(list);
      setChecking(true);
      try {
        const checks = await checkImportFiles(db, list, inspectionId);
        if (gen !== generation.current) return;
        const checked = list.map((it, i) => ({ ...it, check: checks[i] }));
        itemsRef.current = checked;
        setItems(checked);
      } catch (e) {
        setFailure(`Không đọc được cơ sở dữ liệu của máy này: ${e instanceof Error ? e.message : String(e)}. Hãy thử lại.`);
      } finally {
        if (gen === generation.current) setChecking(false);
      }
    },
    [db, inspectionId],
  );

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
        setFailure(`Chưa ghi nhận được máy mới của ${k.memberName}: ${e instanceof Error ? e.message : String(e)}.`);
      }
    },
    [db, store, update],
  );

  const apply = useCallback(async () => {
    const checks = itemsRef.current.map((it) => it.check).filter((c): c is FileCheck => !!c && c.ok);
    if (checks.length === 0) return;
    setFailure(null);
    setProgress({ done: 0, total: checks.reduce((n, c) => n + (c.ok ? c.preview.newEdits.length : 0), 0) });
    try {
      const outcome = await applyImport(db, store, checks, (d, t) => setProgress({ done: d, total: t }));
      await noteArrivals(db, checks);
      setDone({ written: outcome.written, files: checks.length, newInspections: outcome.newInspections });
      // Files that were refused stay listed with their reason; imported ones leave the list.
      const left = itemsRef.current.filter((it) => !it.check?.ok);
      itemsRef.current = left;
      setItems(left);
    } catch (e) {
      setFailure(`Chưa nhập được: ${e instanceof Error ? e.message : String(e)}. Dữ liệu trên máy không thay đổi; hãy thử lại.`);
    } finally {
      setProgress(null);
    }
  }, [db, store]);

  return { items, checking, progress, done, failure, addFiles, setPassphrase, remove, clear, apply, trustNewKey };
}

/** The leader's record of which member's results arrived, when, and how many records were new (shown per member). */
async function noteArrivals(db: Parameters<typeof recordArrivals>[0], checks: FileCheck[]): Promise<void> {
  const receivedAt = Date.now();
  const byInspection = new Map<string, Parameters<typeof recordArrivals>[2]>();
  for (const c of checks) {
    if (!c.ok || c.preview.kind !== 'results') continue;
    const inspectionId = c.preview.inspections[0]?.id;
    if (!inspectionId) continue;
    const list = byInspection.get(inspectionId) ?? [];
    list.push({ memberId: c.preview.member.id, memberName: c.preview.member.name, exportedAt: c.preview.exportedAt, receivedAt, newRecords: c.preview.newEdits.length });
    byInspection.set(inspectionId, list);
  }
  // Only a note: the import itself is already stored, so a failure here must not report it as failed.
  for (const [id, list] of byInspection) await recordArrivals(db, id, list).catch(() => undefined);
}
