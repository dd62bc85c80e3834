import { useState } from 'react';
import type { DerivedState } from '../../../../shared/domain/derive';
import type { ChecklistTemplate } from '../../../../shared/templates';
import { platform } from '../../platform';
import { buildResultsFile, resultsFileName, XLSX_FILTERS } from './excelExport';

interface Props {
  state: DerivedState;
  template: ChecklistTemplate;
  units: { id: string; name: string }[];
  nameOf: (memberId: string) => string;
  title: string;
}

/** "Xuất kết quả ra Excel": every unit × item, one sheet per section. */
export function ExcelExportButton({ state, template, units, nameOf, title }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const data = await buildResultsFile(state, template, units, nameOf, title);
      const name = resultsFileName();
      if (await platform.saveFile(name, data, XLSX_FILTERS)) setMessage({ ok: true, text: `Đã xuất tệp “${name}”: mỗi nội dung kiểm tra một trang tính.` });
    } catch {
      setMessage({ ok: false, text: 'Không xuất được tệp Excel. Hãy thử lại; nếu vẫn không được, hãy kiểm tra chỗ trống trên ổ đĩa.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="excel-export no-print">
      <button type="button" className="primary" disabled={busy || units.length === 0} onClick={() => void run()}>
        {busy ? 'Đang tạo tệp Excel…' : 'Xuất kết quả ra Excel'}
      </button>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </div>
  );
}
