import type { DerivedState } from '../../../../shared/domain/derive';
import { matchesSearch } from '../../../../shared/domain/search';
import { evidenceOf, findingsOf, recommendationsOf, responseOf } from '../../../../shared/domain/views';
import type { ChecklistTemplate } from '../../../../shared/templates';
import { routeToHash } from '../../app/router';
import { useUi } from '../../store';

interface Hit {
  key: string;
  sectionId: string;
  sectionTitle: string;
  title: string;
  /** Where the words were found, when not in the title itself. */
  detail?: string;
}

function findHits(state: DerivedState, template: ChecklistTemplate, unitId: string, query: string): Hit[] {
  const hits: Hit[] = [];
  for (const s of template.sections) {
    const sectionTitle = `${s.number}. ${s.shortTitle}`;
    for (const item of s.items) {
      const r = responseOf(state, unitId, item.id)?.values;
      const ev = evidenceOf(state, unitId, item.id).map((e) => [e.values.number, e.values.summary, e.values.seenAt].filter(Boolean).join(' '));
      const sources: [string, string | undefined][] = [
        ['', item.text],
        ['Ghi nhận', r?.text],
        ['Nhận xét', r?.comment],
        ...ev.map((t): [string, string] => ['Minh chứng', t]),
      ];
      const found = sources.find(([, text]) => text && matchesSearch(text, query));
      if (found) hits.push({ key: item.id, sectionId: s.id, sectionTitle, title: item.text, detail: found[0] ? `${found[0]}: ${found[1]}` : undefined });
    }
    for (const f of findingsOf(state, unitId, s.id)) {
      const text = [f.values.text, f.values.cause].filter(Boolean).join(' — ');
      if (matchesSearch(text, query))
        hits.push({ key: f.id, sectionId: s.id, sectionTitle, title: f.values.kind === 'strength' ? 'Ưu điểm' : 'Tồn tại, hạn chế', detail: text });
    }
    for (const rec of recommendationsOf(state, unitId, s.id)) {
      const text = `${rec.values.toUnit ?? ''}: ${rec.values.text ?? ''}`;
      if (matchesSearch(text, query)) hits.push({ key: rec.id, sectionId: s.id, sectionTitle, title: 'Kiến nghị', detail: text });
    }
  }
  return hits;
}

/** Matches of a diacritic-insensitive search across every section of the current unit. */
export function SearchResults({ state, template, inspectionId, unitId, query }: { state: DerivedState; template: ChecklistTemplate; inspectionId: string; unitId: string; query: string }) {
  const setSearch = useUi((s) => s.setSearch);
  const hits = findHits(state, template, unitId, query);
  return (
    <section aria-labelledby="search-title" className="search-results card">
      <h2 id="search-title">Kết quả tìm “{query}”</h2>
      {hits.length === 0 ? (
        <p>Không tìm thấy nội dung nào khớp trong phiếu của đơn vị này.</p>
      ) : (
        <>
          <p className="muted">{hits.length} kết quả</p>
          <ul>
            {hits.map((h) => (
              <li key={h.key}>
                <a href={routeToHash({ page: 'checklist', inspectionId, unitId, sectionId: h.sectionId })} onClick={() => setSearch('')}>
                  {h.sectionTitle} — {h.title}
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
