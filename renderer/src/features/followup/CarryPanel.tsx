import { useId, useMemo, useState, type ChangeEvent } from 'react';
import type { DerivedState } from '../../../../shared/domain/derive';
import { assignFollowUp, carryFromEdits, carryFromInspection, type CarryResult } from '../../../../shared/followup/carry';
import { previousFromFile, type PreviousInFile } from '../../../../shared/followup/fromFile';
import { followUpsOf } from '../../../../shared/followup/views';
import { unitsOf } from '../../../../shared/domain/views';
import { deriveInWorker } from '../../crypto/kdf';
import type { InspectionRepo } from '../../db/inspections';
import { useInspectionSummaries } from '../../db/summaries';
import { trackSave } from '../../store';
import { TextField } from '../../components/TextField';
import { carryMessage } from './carryMessage';
import './followup.css';

/**
 * On "Tổng hợp đoàn": bring the previous inspection's recommendations in,
 * from an inspection on this laptop or from its `.tkt` or backup file, and
 * put the ones no unit matched on a unit.
 */
export function CarryPanel({ repo, state }: { repo: InspectionRepo; state: DerivedState }) {
  const id = useId();
  const inspectionId = repo.inspectionId;
  const list = useInspectionSummaries();
  const others = (list ?? []).filter((s) => s.id !== inspectionId);
  const [from, setFrom] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [file, setFile] = useState<{ name: string; data: Uint8Array }>();
  const [passphrase, setPassphrase] = useState('');
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [inFile, setInFile] = useState<PreviousInFile[]>();
  const units = useMemo(() => unitsOf(state).map((u) => ({ id: u.id, name: u.values.name ?? '' })), [state]);
  const waiting = useMemo(() => followUpsOf(state, ''), [state]);

  const done = (r: CarryResult | undefined) => {
    if (r) setMessage({ text: carryMessage(r) });
  };

  const carryFromApp = async () => {
    if (!from) return;
    done(await trackSave(() => carryFromInspection(repo.port, inspectionId, from)));
  };

  const openFile = async (chosen: { name: string; data: Uint8Array }, pass?: string) => {
    setInFile(undefined);
    const r = await previousFromFile(chosen.name, chosen.data, { passphrase: pass || undefined, derive: deriveInWorker });
    if (!r.ok) {
      setNeedsPassphrase(r.error.code === 'passphrase-needed' || r.error.code === 'wrong-passphrase');
      setMessage({ text: r.error.message, error: true });
      return;
    }
    setNeedsPassphrase(false);
    const withRecs = r.inspections.filter((i) => i.recommendations > 0);
    if (withRecs.length === 0) {
      setMessage({ text: `Tệp "${chosen.name}" không có kiến nghị nào để mang sang.`, error: true });
      return;
    }
    setMessage(undefined);
    setInFile(withRecs);
  };

  const pickFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    const chosen = { name: f.name, data: new Uint8Array(await f.arrayBuffer()) };
    setFile(chosen);
    await openFile(chosen);
  };

  const carryFromFile = async (p: PreviousInFile) => {
    done(await trackSave(() => carryFromEdits(repo.port, inspectionId, p.inspectionId, p.edits)));
    setInFile(undefined);
  };

  return (
    <section className="carry-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Kiến nghị kỳ trước</h2>
      <p className="muted">Mang các kiến nghị của Đoàn kiểm tra kỳ trước sang để ghi kết quả thực hiện tại từng đơn vị; báo cáo sẽ có mục “Kết quả thực hiện kiến nghị của Đoàn kiểm tra kỳ trước”.</p>
      <div className="field">
        <label htmlFor={`${id}-from`}>Lấy từ cuộc kiểm tra trên máy này</label>
        <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">— Chọn cuộc kiểm tra —</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.values.title || s.values.plan?.summary || s.values.teamName || 'Cuộc kiểm tra'}
              {s.values.plan?.number ? ` (Kế hoạch số ${s.values.plan.number})` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={!from} onClick={() => void carryFromApp()}>
        Mang kiến nghị sang
      </button>
      <div className="field">
        <label htmlFor={`${id}-file`}>Hoặc lấy từ tệp .tkt, bản sao lưu của cuộc kiểm tra trước</label>
        <input id={`${id}-file`} type="file" accept=".tkt" onChange={(e) => void pickFile(e)} />
      </div>
      {needsPassphrase && file && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void openFile(file, passphrase);
          }}
        >
          <TextField label="Mật khẩu của tệp" type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <button type="submit">Mở tệp</button>
        </form>
      )}
      {inFile?.map((p) => (
        <p key={p.inspectionId}>
          {p.label}: {p.recommendations} kiến nghị.{' '}
          <button type="button" onClick={() => void carryFromFile(p)}>
            Mang {p.recommendations} kiến nghị sang
          </button>
        </p>
      ))}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : undefined}>
          {message.text}
        </p>
      )}
      {waiting.length > 0 && (
        <>
          <h3>Kiến nghị chưa khớp với đơn vị nào ({waiting.length})</h3>
          <ul className="unassigned" aria-label="Kiến nghị chưa có đơn vị">
            {waiting.map((f) => (
              <UnassignedRow key={f.id} text={f.values.text ?? ''} toUnit={f.values.toUnit ?? ''} units={units} onAssign={(unitId) => trackSave(() => assignFollowUp(repo.port, inspectionId, f.id, unitId))} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function UnassignedRow({ text, toUnit, units, onAssign }: { text: string; toUnit: string; units: { id: string; name: string }[]; onAssign: (unitId: string) => Promise<unknown> }) {
  const id = useId();
  const [unitId, setUnitId] = useState('');
  return (
    <li>
      <span>
        {text}
        {toUnit ? ` (kỳ trước: ${toUnit})` : ''}
      </span>
      <span className="field">
        <label htmlFor={id}>Giao cho đơn vị</label>
        <select id={id} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">— Chọn đơn vị —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </span>
      <button type="button" disabled={!unitId} onClick={() => void onAssign(unitId)}>
        Giao
      </button>
    </li>
  );
}
