/**
 * Frozen report versions. Finalising stores the whole model as a
 * reportVersion record; later edits never touch it, they only make the live
 * draft differ from it (and take the next version number).
 */
import { recordsOf, valuesOf, type DerivedState } from '../domain/derive';
import type { ReportModel } from './types';

export interface FrozenVersion {
  recordId: string;
  version: number;
  dataHash: string;
  finalisedAt: string;
  /** undefined when the stored model cannot be read (damaged import). */
  model: ReportModel | undefined;
  /** Problems of the pre-finalise check the leader chose to finalise with. */
  acceptedProblems: string[];
}

function parseModel(json: unknown): ReportModel | undefined {
  if (typeof json !== 'string') return undefined;
  try {
    const m = JSON.parse(json) as ReportModel;
    return m && m.format === 1 && Array.isArray(m.body) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Every frozen version, oldest first. */
export function reportVersions(state: DerivedState): FrozenVersion[] {
  return recordsOf(state, 'reportVersion')
    .map((rec) => {
      const v = valuesOf(rec);
      return {
        recordId: rec.id,
        version: typeof v.version === 'number' ? v.version : 0,
        dataHash: typeof v.dataHash === 'string' ? v.dataHash : '',
        finalisedAt: typeof v.finalisedAt === 'string' ? v.finalisedAt : '',
        model: parseModel(v.model),
        acceptedProblems: Array.isArray(v.acceptedProblems) ? v.acceptedProblems.filter((x): x is string => typeof x === 'string') : [],
      };
    })
    .filter((v) => v.version > 0)
    .sort((a, b) => a.version - b.version || (a.finalisedAt < b.finalisedAt ? -1 : 1));
}

export function nextVersionNumber(versions: readonly FrozenVersion[]): number {
  return versions.reduce((m, v) => Math.max(m, v.version), 0) + 1;
}

/**
 * The record that freezes a model. The record id carries the hash so two
 * laptops finalising concurrently create two records rather than one record
 * with a conflict.
 */
export function frozenVersionRecord(model: ReportModel): {
  recordId: string;
  values: { version: number; dataHash: string; finalisedAt: string; model: string; acceptedProblems: string[] };
} {
  return {
    recordId: `v${model.version}-${model.dataHash.slice(0, 12)}`,
    values: {
      version: model.version,
      dataHash: model.dataHash,
      finalisedAt: model.finalisedAt,
      model: JSON.stringify(model),
      acceptedProblems: model.acceptedProblems ?? [],
    },
  };
}
