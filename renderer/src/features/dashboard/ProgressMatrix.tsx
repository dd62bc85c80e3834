import type { CellTone, MatrixCell, MatrixRow } from '../../../../shared/dashboard/matrix';
import { formatNumber } from '../../../../shared/domain/format';
import type { TemplateSection } from '../../../../shared/templates';
import { routeToHash } from '../../app/router';

interface Props {
  inspectionId: string;
  rows: MatrixRow[];
  sections: TemplateSection[];
}

export const TONE_LABELS: Record<CellTone, string> = {
  empty: 'Chưa có kết quả',
  started: 'Đang kiểm tra',
  done: 'Đã xong, không có tiêu chí chưa đạt',
  partly: 'Có tiêu chí đạt một phần',
  failing: 'Có tiêu chí không đạt',
};

/** The words a screen reader (and a test) reads for a cell: the same facts the colours and figures show. */
export function cellLabel(unitName: string, section: TemplateSection, c: MatrixCell): string {
  const parts = [`${unitName}, ${section.number}. ${section.shortTitle}: đã có kết quả ${c.answered} trên ${c.total} tiêu chí`];
  const v = c.verdicts;
  const said = [
    v.dat && `${formatNumber(v.dat)} đạt`,
    v['dat-mot-phan'] && `${formatNumber(v['dat-mot-phan'])} đạt một phần`,
    v['khong-dat'] && `${formatNumber(v['khong-dat'])} không đạt`,
    v['khong-phat-sinh'] && `${formatNumber(v['khong-phat-sinh'])} không phát sinh`,
  ].filter(Boolean);
  if (said.length) parts.push(said.join(', '));
  if (c.disagreements) parts.push(`${formatNumber(c.disagreements)} bất đồng chưa xử lý`);
  return parts.join('; ');
}

/** Units down, sections across; each cell opens that unit × section in the checklist. */
export function ProgressMatrix({ inspectionId, rows, sections }: Props) {
  return (
    <div className="matrix-wrap">
      <table className="matrix" aria-label="Tiến độ và kết quả theo đơn vị và nội dung kiểm tra">
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            {sections.map((s) => (
              <th scope="col" key={s.id} title={s.title}>
                {s.number}. {s.shortTitle}
              </th>
            ))}
            <th scope="col">Cả đơn vị</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId}>
              <th scope="row">{r.unitName}</th>
              {r.cells.map((c, i) => {
                const v = c.verdicts;
                return (
                  <td key={c.sectionId} className={`tone-${c.tone}`}>
                    <a
                      href={routeToHash({ page: 'checklist', inspectionId, unitId: r.unitId, sectionId: c.sectionId })}
                      aria-label={cellLabel(r.unitName, sections[i], c)}
                      title={TONE_LABELS[c.tone]}
                    >
                      <span className="matrix-count">
                        {c.answered}/{c.total}
                      </span>
                      {v['khong-dat'] > 0 && <span className="matrix-note">{v['khong-dat']} không đạt</span>}
                      {v['dat-mot-phan'] > 0 && <span className="matrix-note">{v['dat-mot-phan']} một phần</span>}
                      {c.disagreements > 0 && <span className="matrix-note matrix-conflict">{c.disagreements} bất đồng</span>}
                    </a>
                  </td>
                );
              })}
              <td className="matrix-total">
                {r.answered}/{r.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="matrix-legend" aria-label="Chú giải màu">
        {(Object.keys(TONE_LABELS) as CellTone[]).map((t) => (
          <li key={t}>
            <span className={`swatch tone-${t}`} aria-hidden="true" /> {TONE_LABELS[t]}
          </li>
        ))}
      </ul>
    </div>
  );
}
