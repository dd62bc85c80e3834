/**
 * Bất đồng cần xử lý: the open disagreements grouped by unit and section,
 * filtered, a page at a time (a large inspection has thousands), with the
 * bulk choice for the filtered list.
 */
import { useMemo, useState } from 'react';
import type { Disagreement } from '../../../../shared/domain/derive';
import {
  filterPlaced,
  groupPlaced,
  place,
  planTakeAssigned,
  type Assignment,
  type BulkPlan,
  type DisagreementFilter,
  type DisagreementGroup,
  type Placed,
} from '../../../../shared/domain/disagreements';
import type { Json } from '../../../../shared/domain/edit';
import { formatNumber } from '../../../../shared/domain/format';
import type { ChecklistTemplate } from '../../../../shared/templates/types';
import { BulkTakeAssigned } from './BulkTakeAssigned';
import { DisagreementCard } from './DisagreementCard';
import { DisagreementFilters } from './DisagreementFilters';
import { describeRecord } from './describe';

const PAGE_SIZE = 20;

interface Props {
  list: Disagreement[];
  template: ChecklistTemplate;
  units: { id: string; name: string }[];
  members: { id: string; name: string }[];
  assignments: Assignment[];
  sectionOf: (d: Disagreement) => string | undefined;
  inspectionId: string;
  memberName: (id: string) => string;
  onResolve: (d: Disagreement, value: Json) => Promise<void>;
  onTakeAssigned: (plan: BulkPlan) => Promise<void>;
}

/** The groups of one page: a group cut by the page boundary shows on both pages, with its full count. */
function pageOf(groups: DisagreementGroup[], page: number): { group: DisagreementGroup; items: Placed[] }[] {
  const from = page * PAGE_SIZE;
  const to = from + PAGE_SIZE;
  const out: { group: DisagreementGroup; items: Placed[] }[] = [];
  let at = 0;
  for (const group of groups) {
    const start = at;
    at += group.items.length;
    if (at <= from || start >= to) continue;
    out.push({ group, items: group.items.slice(Math.max(0, from - start), to - start) });
  }
  return out;
}

export function DisagreementsPanel(props: Props) {
  const { list, template, units, members, assignments, sectionOf } = props;
  const [filter, setFilter] = useState<DisagreementFilter>({});
  const [page, setPage] = useState(0);

  const placed = useMemo(() => place(list, sectionOf), [list, sectionOf]);
  const filtered = useMemo(() => filterPlaced(placed, filter), [placed, filter]);
  const groups = useMemo(
    () => groupPlaced(filtered, units.map((u) => u.id), template.sections.map((s) => s.id)),
    [filtered, units, template],
  );
  const plan = useMemo(() => planTakeAssigned(filtered, assignments), [filtered, assignments]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = pageOf(groups, current);

  const unitName = (id: string) => units.find((u) => u.id === id)?.name;
  const sectionName = (id: string) => template.sections.find((s) => s.id === id)?.title;
  const groupTitle = (g: DisagreementGroup) =>
    `${g.unitId ? (unitName(g.unitId) ?? 'Đơn vị chưa rõ') : 'Chung cho cả cuộc kiểm tra'} — ${g.sectionId ? (sectionName(g.sectionId) ?? 'Lĩnh vực chưa rõ') : 'Thông tin chung'}`;

  return (
    <>
      <DisagreementFilters
        filter={filter}
        units={units}
        sections={template.sections.map((s) => ({ id: s.id, name: s.title }))}
        members={members}
        onChange={(f) => {
          setFilter(f);
          setPage(0);
        }}
      />
      <p role="status" className="muted">
        {filtered.length === list.length
          ? `${formatNumber(list.length)} bất đồng.`
          : `${formatNumber(filtered.length)} trong số ${formatNumber(list.length)} bất đồng khớp bộ lọc.`}
      </p>
      {filtered.length > 0 && (
        <BulkTakeAssigned
          plan={plan}
          onConfirm={() => props.onTakeAssigned(plan)}
        />
      )}
      {shown.map(({ group, items }) => (
        <section key={`${group.unitId}/${group.sectionId}`} className="disagreement-group" aria-label={groupTitle(group)}>
          <h3 className="disagreement-group-title">
            {groupTitle(group)} ({formatNumber(group.items.length)})
          </h3>
          {items.map(({ d, key }) => (
            <DisagreementCard
              key={key}
              disagreement={d}
              title={describeRecord(template, d.entity, d.recordId, unitName(d.unitId))}
              inspectionId={props.inspectionId}
              memberName={props.memberName}
              onResolve={(value) => props.onResolve(d, value)}
            />
          ))}
        </section>
      ))}
      {pages > 1 && (
        <nav className="pager" aria-label="Trang bất đồng">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Trang trước
          </button>
          <span>
            Trang {formatNumber(current + 1)}/{formatNumber(pages)}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Trang sau
          </button>
        </nav>
      )}
    </>
  );
}
