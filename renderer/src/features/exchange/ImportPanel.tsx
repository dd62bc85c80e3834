import { useState } from 'react';
import { formatNumber } from '../../../../shared/domain/format';
import { newRecordCount } from '../../../../shared/exchange/preview';
import { KeyComparisons, keysToCompare } from './KeyComparisons';
import { routeToHash } from '../../app/router';
import { TKT_FILTERS } from '../../db/exchange';
import { platform } from '../../platform';
import { DropZone } from './DropZone';
import { CheckingProgress } from './CheckingProgress';
import { ImportErrors } from './ImportErrors';
import { ImportPreviewTable } from './ImportPreviewTable';
import { useImportFlow } from './useImportFlow';
import { useIncomingFiles } from './useIncomingFiles';
import './exchange.css';

/**
 * Import of `.tkt` files: choose or drop them, read the preview, then "Nhập".
 * On the list page (no inspection open) any inspection may come in, such as
 * the leader's set-up package on a member's laptop.
 */
export function ImportPanel({ inspectionId, headingLevel = 2 }: { inspectionId?: string; headingLevel?: 2 | 3 }) {
  const flow = useImportFlow(inspectionId);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const keys = keysToCompare(flow.items);
  const unconfirmed = keys.filter((k) => !confirmed.has(k.publicKey)).length;
  useIncomingFiles(flow.addFiles);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ready = flow.items.filter((it) => it.check?.ok);
  const newCount = ready.reduce((n, it) => n + (it.check?.ok ? newRecordCount(it.check.preview) : 0), 0);
  const pickFiles = async () => {
    try {
      flow.addFiles(await platform.openFiles(TKT_FILTERS, true));
    } catch {
      /* the dialog was closed or failed: nothing chosen, nothing to do */
    }
  };

  return (
    <section className="card import-panel" aria-label="Nhập dữ liệu">
      <Heading>Nhập dữ liệu</Heading>
      <DropZone onFiles={flow.addFiles}>
        <p>Kéo thả một hoặc nhiều tệp .tkt vào đây, hoặc</p>
        <button type="button" onClick={() => void pickFiles()}>
          Chọn tệp .tkt để nhập…
        </button>
      </DropZone>
      {flow.checking && <CheckingProgress progress={flow.checking} onCancel={flow.cancel} />}
      <ImportErrors items={flow.items} onPassphrase={flow.setPassphrase} onRemove={flow.remove} onTrustNewKey={(k) => void flow.trustNewKey(k)} />
      <ImportPreviewTable items={flow.items} onRemove={flow.remove} />
      <KeyComparisons
        keys={keys}
        confirmed={confirmed}
        onConfirm={(key, yes) =>
          setConfirmed((prev) => {
            const next = new Set(prev);
            if (yes) next.add(key);
            else next.delete(key);
            return next;
          })
        }
      />
      {ready.length > 0 && (
        <div className="import-actions">
          <button type="button" className="primary" disabled={!!flow.checking || !!flow.progress || unconfirmed > 0} onClick={() => void flow.apply()}>
            Nhập
          </button>
          {unconfirmed > 0 && <span role="note">Hãy so sánh mã nhận diện ở trên trước khi nhập.</span>}
          <span className="muted">
            {newCount ? `${formatNumber(newCount)} bản ghi mới sẽ được thêm; không có gì bị xóa hay ghi đè.` : 'Máy này đã có đủ dữ liệu của các tệp này.'}
          </span>
        </div>
      )}
      {flow.progress && (
        <progress aria-label="Tiến độ nhập" max={Math.max(1, flow.progress.total)} value={flow.progress.done} />
      )}
      {flow.failure && <p role="alert">{flow.failure}</p>}
      {flow.done && (
        <div role="status" className="import-done">
          <p>
            Đã nhập {formatNumber(flow.done.written)} bản ghi mới từ {formatNumber(flow.done.files)} tệp.
          </p>
          {flow.done.newInspections.map((id) => (
            <p key={id}>
              <a href={routeToHash({ page: 'exchange', inspectionId: id })}>Mở cuộc kiểm tra vừa nhập và chọn “Tôi là …”</a>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
