import { useId, useState } from 'react';
import { useInspectionState, useMe } from '../../db/hooks';
import { NotFound } from '../../components/NotFound';
import { DisagreementsByUnit } from './DisagreementsByUnit';
import { ExcelExportButton } from './ExcelExportButton';
import { IndicatorChart } from './IndicatorChart';
import { indicatorPoints } from '../../../../shared/dashboard/indicators';
import { IndicatorTable } from './IndicatorTable';
import { MemberProgressBars } from './MemberProgressBars';
import { ProgressMatrix } from './ProgressMatrix';
import { useDashboard } from './useDashboard';
import './dashboard.css';

/** #/i/:id/dashboard — the team's progress and results at a glance, for the leader and for each member. */
export function DashboardPage({ inspectionId }: { inspectionId: string }) {
  const state = useInspectionState(inspectionId);
  const me = useMe(inspectionId);
  // null: follow the default (a plain member starts on their own assignment).
  const [mineChoice, setMineChoice] = useState<boolean | null>(null);
  const [unitScope, setUnitScope] = useState('');
  const scopeId = useId();
  const myRole = state && me ? state.records.get(`member/${me}`)?.fields.role?.value : undefined;
  const onlyMine = !!me && (mineChoice ?? myRole === 'thanh-vien');
  const view = useDashboard(state, inspectionId, onlyMine && me ? me : undefined);

  if (!view || me === null) return <p aria-busy="true">Đang tải…</p>;
  if (!view.inspection) return <NotFound />;

  const scope = view.units.some((u) => u.id === unitScope) ? unitScope : '';
  const scopeName = scope ? view.units.find((u) => u.id === scope)!.name : 'toàn đoàn';
  const points = indicatorPoints(view.indicators, scope);
  const title = view.inspection.values.title || view.inspection.values.teamName || 'Kết quả kiểm tra';

  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <h1>Tổng quan tiến độ và kết quả</h1>
        <ExcelExportButton state={state!} template={view.template} units={view.allUnits} nameOf={view.nameOf} title={title} />
      </div>
      <label className="inline no-print">
        <input type="checkbox" checked={onlyMine} disabled={!me} onChange={(e) => setMineChoice(e.target.checked)} /> Chỉ phần được phân công cho tôi
      </label>
      {!me && <p className="muted no-print">Chọn “Tôi là …” trong Thiết lập để xem riêng phần được phân công.</p>}

      <section aria-labelledby="matrix-h" className="card">
        <h2 id="matrix-h">Tiến độ theo đơn vị và nội dung kiểm tra</h2>
        {view.units.length === 0 ? <p>Chưa có đơn vị được kiểm tra.</p> : <ProgressMatrix inspectionId={inspectionId} rows={view.matrix} sections={view.sections} />}
      </section>

      <section aria-labelledby="indicators-h" className="card">
        <h2 id="indicators-h">Chỉ tiêu so với kế hoạch ({scopeName})</h2>
        {points.length === 0 ? (
          <p>Phần được phân công không có chỉ tiêu tính theo tỷ lệ.</p>
        ) : (
          <>
            <div className="field no-print">
              <label htmlFor={scopeId}>Phạm vi</label>
              <select id={scopeId} value={scope} onChange={(e) => setUnitScope(e.target.value)}>
                <option value="">Toàn đoàn (cộng số liệu các đơn vị)</option>
                {view.units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
            <IndicatorChart points={points} title={`Biểu đồ chỉ tiêu so với kế hoạch, ${scopeName}`} />
            <IndicatorTable points={points} label={`Chỉ tiêu so với kế hoạch, ${scopeName}`} />
          </>
        )}
      </section>

      <div className="dashboard-columns">
        <section aria-labelledby="members-h" className="card">
          <h2 id="members-h">Tiến độ của thành viên</h2>
          <MemberProgressBars members={view.members} />
        </section>
        <section aria-labelledby="conflicts-h" className="card">
          <h2 id="conflicts-h">Bất đồng chưa xử lý</h2>
          <DisagreementsByUnit inspectionId={inspectionId} units={view.allUnits} counts={view.disagreements} />
        </section>
      </div>
    </div>
  );
}
