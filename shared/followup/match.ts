/**
 * Which unit of the new inspection a carried recommendation belongs to: the
 * same unit record (an inspection started from the previous one keeps its
 * units' ids), else the unit whose name matches the recommendation's "Đơn vị
 * thực hiện" or its old unit's name, ignoring case, diacritics and a leading
 * "phòng".
 */
import { normalizeForSearch } from '../domain/search';
import type { PreviousRecommendation } from './previous';

export interface UnitName {
  id: string;
  name: string;
}

function key(name: string): string {
  return normalizeForSearch(name).replace(/^phong\s+/, '');
}

/** The matching unit's id, or '' when none matches (the leader assigns it). */
export function matchUnit(rec: PreviousRecommendation, units: readonly UnitName[]): string {
  if (rec.unitId && units.some((u) => u.id === rec.unitId)) return rec.unitId;
  for (const wanted of [rec.toUnit, rec.unitName]) {
    if (!wanted.trim()) continue;
    const k = key(wanted);
    const found = units.find((u) => key(u.name) === k);
    if (found) return found.id;
  }
  return '';
}
