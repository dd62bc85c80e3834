import { useCallback, useMemo } from 'react';
import type { Disagreement } from '../../../../shared/domain/derive';
import { bulkResolutionEdits, type Assignment, type BulkPlan } from '../../../../shared/domain/disagreements';
import type { Json } from '../../../../shared/domain/edit';
import { itemIdOfResponse, inspectionOf, membersOf, unitsOf } from '../../../../shared/domain/views';
import { DEFAULT_TEMPLATE, findItem, getTemplate } from '../../../../shared/templates';
import { useDisagreements, useInspectionState, useMe } from '../../db/hooks';
import { LEADER_ROLE } from '../../../../shared/exchange/authority';
import { authorFor } from '../../db/inspections';
import { useRepo } from '../../db/StorageContext';
import { trackSave, useUi } from '../../store';
import { CarryPanel } from '../followup/CarryPanel';
import { DisagreementsPanel } from './DisagreementsPanel';
import { MemberContributions } from './MemberContributions';
import { MemberProgressTable } from './MemberProgressTable';
import './team.css';

/** The leader's view of the merged work: progress per member, disagreements to settle, filter by member. */
export function TeamPage({ inspectionId }: { inspectionId?: string }) {
  const id = inspectionId ?? '';
  // Standing state and open disagreements come from the read model: nothing here derives the edit log.
  const state = useInspectionState(id);
  const list = useDisagreements(id);
  const repo = useRepo(id);
  const me = useMe(id);
  const memberFilter = useUi((s) => s.memberFilter);
  const setMemberFilter = useUi((s) => s.setMemberFilter);

  const view = useMemo(() => {
    if (!state) return undefined;
    const insp = inspectionOf(state, id);
    const template = (insp && getTemplate(insp.values.templateId ?? '', insp.values.templateVersion ?? 0)) || DEFAULT_TEMPLATE;
    const units = unitsOf(state);
    const members = membersOf(state);
    const assignments: Assignment[] = members.map((m) => ({ memberId: m.id, unitIds: m.values.unitIds ?? [], sectionIds: m.values.sectionIds ?? [] }));
    return {
      insp,
      template,
      units,
      members,
      assignments,
      unitOptions: units.map((u) => ({ id: u.id, name: u.values.name ?? 'Đơn vị chưa đặt tên' })),
      memberOptions: members.map((m) => ({ id: m.id, name: m.values.name ?? 'Thành viên chưa rõ' })),
    };
  }, [state, id]);

  // The checklist section a disagreement belongs to: from the template for an answer, from the record for the rest.
  const sectionOf = useCallback(
    (d: Disagreement): string | undefined => {
      if (!state || !view) return undefined;
      if (d.entity === 'response') return findItem(view.template, itemIdOfResponse(d.recordId))?.section.id;
      const fields = state.records.get(`${d.entity}/${d.recordId}`)?.fields;
      if (d.entity === 'evidence') {
        const itemId = fields?.itemId?.value;
        return typeof itemId === 'string' ? findItem(view.template, itemId)?.section.id : undefined;
      }
      const sectionId = fields?.sectionId?.value;
      return typeof sectionId === 'string' ? sectionId : undefined;
    },
    [state, view],
  );

  if (!state || !view || !list) return <p>Đang tải…</p>;
  if (!view.insp)
    return (
      <p role="alert">
        Không tìm thấy cuộc kiểm tra này trên máy. <a href="#/">Về danh sách cuộc kiểm tra</a>
      </p>
    );

  const memberName = (m: string) => view.members.find((x) => x.id === m)?.values.name ?? (m === 'setup' ? 'Người thiết lập' : 'Thành viên chưa rõ');
  const unitName = (u: string) => view.units.find((x) => x.id === u)?.values.name;
  const takeAssigned = async (plan: BulkPlan) => {
    await trackSave(async () => {
      const ctx = { inspectionId: id, author: await authorFor(repo.db, id), nextId: repo.store.nextId, settles: true };
      await repo.store.write(bulkResolutionEdits(plan, ctx));
    });
  };

  return (
    <div className="team-page">
      <h1>Tổng hợp của đoàn</h1>
      <section aria-labelledby="progress-h">
        <h2 id="progress-h">Tiến độ theo thành viên</h2>
        <MemberProgressTable state={state} template={view.template} members={view.members} unitIds={view.units.map((u) => u.id)} />
      </section>

      <section aria-labelledby="dis-h">
        <h2 id="dis-h">Bất đồng cần xử lý ({list.length})</h2>
        {list.length === 0 ? (
          <p>Không có bất đồng nào: mọi kết quả đã thống nhất.</p>
        ) : me && view.members.find((m) => m.id === me)?.values.role !== LEADER_ROLE ? (
          // Only the leader's key settles (shared/exchange/authority.ts): a settlement made here would have this laptop's files refused.
          <p role="note">
            Chỉ trưởng đoàn quyết định khi các thành viên có ý kiến khác nhau. Hãy gửi kết quả của bạn cho trưởng đoàn; các bất đồng sẽ được xử lý trên máy trưởng
            đoàn.
          </p>
        ) : (
          <DisagreementsPanel
            list={list}
            template={view.template}
            units={view.unitOptions}
            members={view.memberOptions}
            assignments={view.assignments}
            sectionOf={sectionOf}
            inspectionId={id}
            memberName={memberName}
            onResolve={async (d: Disagreement, value: Json) => {
              await trackSave(() => repo.resolve(d.entity, d.recordId, d.unitId, d.field, value));
            }}
            onTakeAssigned={takeAssigned}
          />
        )}
      </section>

      <CarryPanel repo={repo} state={state} />

      <section aria-labelledby="by-member-h">
        <h2 id="by-member-h">Nội dung theo thành viên</h2>
        <label className="field">
          <span>Lọc theo thành viên</span>
          <select value={memberFilter ?? ''} onChange={(e) => setMemberFilter(e.target.value || null)}>
            <option value="">— Chọn thành viên —</option>
            {view.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.values.name}
              </option>
            ))}
          </select>
        </label>
        {memberFilter && <MemberContributions state={state} template={view.template} memberId={memberFilter} unitName={unitName} />}
      </section>
    </div>
  );
}
