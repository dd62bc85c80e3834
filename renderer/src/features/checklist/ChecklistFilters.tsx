import { useUi } from '../../store';

/** "Only my assignments" and the search box of the checklist. */
export function ChecklistFilters({ hasMe }: { hasMe: boolean }) {
  const onlyMine = useUi((s) => s.onlyMine);
  const setOnlyMine = useUi((s) => s.setOnlyMine);
  const search = useUi((s) => s.search);
  const setSearch = useUi((s) => s.setSearch);
  return (
    <div className="checklist-filters">
      <div className="field">
        <label htmlFor="checklist-search">Tìm trong phiếu của đơn vị</label>
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
      <label className="inline">
        <input type="checkbox" checked={onlyMine} disabled={!hasMe} onChange={(e) => setOnlyMine(e.target.checked)} /> Chỉ phần được phân công cho tôi
      </label>
      {!hasMe && <p className="muted">Chọn “Tôi là …” trong Thiết lập để lọc theo phân công.</p>}
    </div>
  );
}
