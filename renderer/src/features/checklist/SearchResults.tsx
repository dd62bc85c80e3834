import { searchInspection } from '../../../../shared/checklist/search';
import type { DerivedState } from '../../../../shared/domain/derive';
import type { ChecklistTemplate } from '../../../../shared/templates';
import { routeToHash } from '../../app/router';
import { useUi } from '../../store';

interface Props {
  /** The whole inspection (every unit); undefined while it is read. */
  state: DerivedState | undefined;
  template: ChecklistTemplate;
  inspectionId: string;
  units: readonly { id: string; name: string }[];
  unitId: string;
  query: string;
}

/** Matches of a diacritic-insensitive search across every unit; a pick opens the item, scrolled to and highlighted. */
export function SearchResults({ state, template, inspectionId, units, unitId, query }: Props) {
  const setSearch = useUi((s) => s.setSearch);
  const setFocusItem = useUi((s) => s.setFocusItem);
  const setItemFilter = useUi((s) => s.setItemFilter);
  const hits = state ? searchInspection(state, template, units, unitId, query) : undefined;
  return (
    <section aria-labelledby="search-title" className="search-results card">
      <h2 id="search-title">Kết quả tìm “{query}”</h2>
      {!hits && <p aria-busy="true">Đang tìm trong mọi đơn vị…</p>}
      {hits?.length === 0 && <p>Không tìm thấy nội dung nào khớp trong phiếu của các đơn vị.</p>}
      {hits && hits.length > 0 && (
        <>
          <p className="muted">{hits.length} kết quả</p>
          <ul>
            {hits.map((h) => (
              <li key={h.key}>
                <a
                  href={routeToHash({ page: 'checklist', inspectionId, unitId: h.unitId, sectionId: h.sectionId })}
                  onClick={() => {
                    // The item must be visible to be scrolled to, whatever the filter was.
                    setItemFilter('all');
                    setFocusItem(h.itemId ? { unitId: h.unitId, sectionId: h.sectionId, itemId: h.itemId } : null);
                    setSearch('');
                  }}
                >
                  {h.unitName} — {h.sectionTitle} — {h.title}
                </a>
                {h.detail && <p className="muted hit-detail">{h.detail}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
