import type { DisagreementFilter, FieldKind } from '../../../../shared/domain/disagreements';

export const FIELD_KIND_LABELS: Record<FieldKind, string> = {
  verdict: 'Kết quả (đạt / không đạt)',
  number: 'Số liệu',
  date: 'Ngày tháng',
  text: 'Nội dung, ghi chú',
  setup: 'Thông tin thiết lập',
};

interface Option {
  id: string;
  name: string;
}

interface Props {
  filter: DisagreementFilter;
  units: Option[];
  sections: Option[];
  members: Option[];
  onChange: (f: DisagreementFilter) => void;
}

/** Narrow the list by unit, section, member and kind of field; "Tất cả" clears one filter. */
export function DisagreementFilters({ filter, units, sections, members, onChange }: Props) {
  const pick = (key: keyof DisagreementFilter) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...filter, [key]: e.target.value === '' ? undefined : e.target.value });
  return (
    <div className="disagreement-filters" role="group" aria-label="Lọc bất đồng">
      <label className="field">
        <span>Đơn vị</span>
        <select value={filter.unitId ?? ''} onChange={pick('unitId')}>
          <option value="">Tất cả đơn vị</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Lĩnh vực</span>
        <select value={filter.sectionId ?? ''} onChange={pick('sectionId')}>
          <option value="">Tất cả lĩnh vực</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Thành viên</span>
        <select value={filter.memberId ?? ''} onChange={pick('memberId')}>
          <option value="">Tất cả thành viên</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Loại trường</span>
        <select value={filter.kind ?? ''} onChange={pick('kind')}>
          <option value="">Tất cả loại trường</option>
          {(Object.keys(FIELD_KIND_LABELS) as FieldKind[]).map((k) => (
            <option key={k} value={k}>
              {FIELD_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
