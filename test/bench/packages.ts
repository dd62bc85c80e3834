/**
 * The members' `.tkt` result packages of a generated inspection, written with
 * the real exchange format (shared/exchange): what the leader receives by USB
 * stick or Zalo at the end of the visit.
 */
import type { Edit } from '../../shared/domain/edit';
import { buildPackage, byAuthor, sealPackage, serialiseEdits, signSegmentWithKeys } from '../../shared/exchange';
import { CCHC_TEMPLATE } from '../../shared/templates';
import type { LargeInspection } from './generator';

export interface BenchPackage {
  fileName: string;
  memberId: string;
  bytes: Uint8Array;
  /** The same edit records as plain JSON text (the JSON.parse baseline). */
  json: string;
  edits: number;
}

/** What one member's laptop holds and exports: the set-up it imported plus its own work. */
export function memberEdits(li: LargeInspection, m: number): Edit[] {
  return m === 0 ? li.byMember[0] : li.setup.concat(li.byMember[m]);
}

export function buildPackages(li: LargeInspection): BenchPackage[] {
  const decoder = new TextDecoder();
  return li.members.map((member, m) => {
    const edits = memberEdits(li, m);
    // A member's file carries the leader's set-up as the leader signed it, and the member's own work signed by the member.
    const relayed = m === 0 ? [] : byAuthor(li.setup).map((g) => signSegmentWithKeys(g.inspectionId, g.author, g.edits, li.members[0].keys));
    const bytes = buildPackage({ own: m === 0 ? edits : li.byMember[m], relayed }, {
      kind: 'results',
      inspections: [{ id: li.inspectionId, templateId: CCHC_TEMPLATE.id, templateVersion: CCHC_TEMPLATE.version, title: 'Kiểm tra CCHC năm 2025' }],
      exporter: { memberId: member.id, name: member.name },
      keys: member.keys,
      appVersion: 'bench',
      exportedAt: new Date(Date.UTC(2025, 8, 26, 9, 0, 0)),
    });
    return { fileName: `ket-qua-${m + 1}.tkt`, memberId: member.id, bytes, json: decoder.decode(serialiseEdits(edits)), edits: edits.length };
  });
}

/** Every package sealed with the team passphrase, as a careful team sends them. */
export async function sealPackages(pkgs: BenchPackage[], passphrase: string): Promise<BenchPackage[]> {
  return Promise.all(pkgs.map(async (p) => ({ ...p, bytes: await sealPackage(p.bytes, passphrase) })));
}
