import type { MemberValues } from '../../../../shared/domain/schemas';
import type { UnitValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { ChecklistTemplate } from '../../../../shared/templates';
import { navigate } from '../../app/router';
import { MePicker } from '../exchange/MePicker';

interface Props {
  inspectionId: string;
  members: WithMeta<MemberValues>[];
  units: WithMeta<UnitValues>[];
  template: ChecklistTemplate;
}

/**
 * Editing starts with "Tôi là …" on this laptop, so nothing is ever recorded
 * under the wrong name; then the checklist opens on the member's first
 * assigned unit and section.
 */
export function ChooseMe({ inspectionId, members, units, template }: Props) {
  const opened = (memberId: string) => {
    const m = members.find((x) => x.id === memberId);
    const unit = units.find((u) => m?.values.unitIds?.includes(u.id)) ?? units[0];
    const section = template.sections.find((s) => m?.values.sectionIds?.includes(s.id)) ?? template.sections[0];
    if (unit) navigate({ page: 'checklist', inspectionId, unitId: unit.id, sectionId: section.id });
  };
  return (
    <div className="choose-me">
      <p>Trước khi ghi phiếu, hãy chọn tên của bạn: mọi kết quả ghi trên máy này sẽ mang tên người được chọn.</p>
      <MePicker inspectionId={inspectionId} members={members} onChosen={opened} />
    </div>
  );
}
