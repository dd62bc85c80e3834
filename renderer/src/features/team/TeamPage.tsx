import { useMemo } from 'react';
import type { Json } from '../../../../shared/domain/edit';
import { inspectionOf, membersOf, unitsOf } from '../../../../shared/domain/views';
import { DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';
import { useDisagreements, useInspectionState } from '../../db/hooks';
import { useRepo } from '../../db/StorageContext';
import { trackSave, useUi } from '../../store';
import { DisagreementCard } from './DisagreementCard';
import { MemberContributions } from './MemberContributions';
import { MemberProgressTable } from './MemberProgressTable';
import { describeRecord } from './describe';
import './team.css';

/** The leader's view of the merged work: progress per member, disagreements to settle, filter by member. */
export function TeamPage({ inspectionId }: { inspectionId?: string }) {
  const id = inspectionId ?? '';
  // Standing state and open disagreements come from the read model: nothing here derives the edit log.
  const state = useInspectionState(id);
  const list = useDisagreements(id);
  const repo = useRepo(id);
  const memberFilter = useUi((s) => s.memberFilter);
  const setMemberFilter = useUi((s) => s.setMemberFilter);

  const view = useMemo(() => {
    if (!state || !list) return undefined;
    const insp = inspectionOf(state, id);
    const template = (insp && getTemplate(insp.values.templateId ?? '', insp.values.templateVersion ?? 0)) || DEFAULT_TEMPLATE;
    const units = unitsOf(state);
    const members = membersOf(state);
    return { insp, template, units, members, list };
  }, [state, list, id]);

  if (!state || !view) return <p>Đang tải…</p>;
  if (!view.insp)
    return (
      <p role="alert">
        Không tìm thấy cuộc kiểm tra này trên máy. <a href="#/">Về danh sách cuộc kiểm tra</a>
      </p>
    );

  const memberName = (m: string) => view.members.find((x) => x.id === m)?.values.name ?? (m === 'setup' ? 'Người thiết lập' : 'Thành viên chưa rõ');
  const unitName = (u: string) => view.units.find((x) => x.id === u)?.values.name;

  return (
    <div className="team-page">
      <h1>Tổng hợp của đoàn</h1>
      <section aria-labelledby="progress-h">
        <h2 id="progress-h">Tiến độ theo thành viên</h2>
        <MemberProgressTable state={state} template={view.template} members={view.members} unitIds={view.units.map((u) => u.id)} />
      </section>

      <section aria-labelledby="dis-h">
        <h2 id="dis-h">Bất đồng cần xử lý ({view.list.length})</h2>
        {view.list.length === 0 && <p>Không có bất đồng nào: mọi kết quả đã thống nhất.</p>}
        {view.list.map((d) => (
          <DisagreementCard
            key={`${d.entity}/${d.recordId}/${d.field}`}
            disagreement={d}
            title={describeRecord(view.template, d.entity, d.recordId, unitName(d.unitId))}
            inspectionId={id}
            memberName={memberName}
            onResolve={async (value: Json) => {
              await trackSave(() => repo.resolve(d.entity, d.recordId, d.unitId, d.field, value));
            }}
          />
        ))}
      </section>

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
