/**
 * The previous inspection read from a file: a `.tkt` results package or a
 * backup, opened by the exchange code (container, signature, decryption,
 * record schemas) and never stored. Lists the inspections the file holds that
 * have recommendations, for the leader to carry from.
 */
import { deriveState } from '../domain/derive';
import type { Edit } from '../domain/edit';
import { openPackage, type OpenOptions } from '../exchange/open';
import type { ExchangeError } from '../exchange/errors';
import { previousLabel, previousRecommendations } from './previous';

export interface PreviousInFile {
  inspectionId: string;
  label: string;
  recommendations: number;
  /** The file's edits of that inspection (what carryFromEdits reads). */
  edits: Edit[];
}

export type PreviousFileResult = { ok: true; inspections: PreviousInFile[] } | { ok: false; error: ExchangeError };

export async function previousFromFile(fileName: string, data: Uint8Array, opts: OpenOptions = {}): Promise<PreviousFileResult> {
  const opened = await openPackage(fileName, data, opts);
  if (!opened.ok) return opened;
  const inspections = opened.package.manifest.inspections.map((ref) => {
    const edits = opened.package.edits.filter((e) => e.inspectionId === ref.id && (e.entity === 'inspection' || e.entity === 'unit' || e.entity === 'recommendation'));
    const state = deriveState(edits);
    return { inspectionId: ref.id, label: previousLabel(state, ref.id), recommendations: previousRecommendations(state, ref.id).length, edits };
  });
  return { ok: true, inspections };
}
