import { ITEM_FILTERS, ITEM_FILTER_LABELS, isItemFilter } from '../../../../shared/checklist/itemFilter';
import { useUi } from '../../store';

/** The search box (every unit), the item filter and "only my assignments". */
export function ChecklistFilters({ hasMe }: { hasMe: boolean }) {
  const onlyMine = useUi((s) => s.onlyMine);
  const setOnlyMine = useUi((s) => s.setOnlyMine);
  const search = useUi((s) => s.search);
  const setSearch = useUi((s) => s.setSearch);
  const itemFilter = useUi((s) => s.itemFilter);
  const setItemFilter = useUi((s) => s.setItemFilter);
  return (
    <div className="checklist-filters">
      <div className="field">
        <label htmlFor="checklist-search">Tìm trong phiếu của mọi đơn vị</label>
        <input
          id="checklist-search"
          type="search"
          value={search}
          placeholder="gõ có dấu hoặc không dấu"
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setSearch('');
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="checklist-item-filter">Hiện tiêu chí</label>
        <select id="checklist-item-filter" value={itemFilter} onChange={(e) => isItemFilter(e.target.value) && setItemFilter(e.target.value)}>
          {ITEM_FILTERS.map((f) => (
            <option key={f} value={f}>
              {f === 'all' || f === 'unanswered' || f === 'disagreement' ? ITEM_FILTER_LABELS[f] : `Kết quả: ${ITEM_FILTER_LABELS[f]}`}
            </option>
          ))}
        </select>
      </div>
      <label className="inline">
        <input type="checkbox" checked={onlyMine} disabled={!hasMe} onChange={(e) => setOnlyMine(e.target.checked)} /> Chỉ phần được phân công cho tôi
      </label>
      {!hasMe && <p className="muted">Chọn “Tôi là …” trong Thiết lập để lọc theo phân công.</p>}
    </div>
  );
}
