/**
 * The report screen: the parts' editors and the versions on one side, the
 * print view on the other. Shows the live draft or a frozen version
 * unchanged; exports either as DOCX or PDF, prints, finalises.
 */
import { userMessage } from '../../db/errors';
import { useEffect, useState } from 'react';
import { reportParts, type ReportModel } from '../../../../shared/report';
import { useRepo, useStorage } from '../../db/StorageContext';
import { platform } from '../../platform';
import { PartEditor } from './PartEditor';
import { flushAllParts } from './partFlush';
import { exportDocx, exportPdf, finaliseReport } from './reportActions';
import { ClerkFields } from './ClerkFields';
import { FinaliseDialog } from './FinaliseDialog';
import { ReportPreview } from './ReportPreview';
import { ReportToolbar } from './ReportToolbar';
import { useReport } from './useReport';
import { VersionList, type Selected } from './VersionList';
import './report.css';

export function ReportPage({ inspectionId }: { inspectionId?: string }) {
  if (!inspectionId) return <p>Chưa chọn cuộc kiểm tra.</p>;
  return <ReportScreen inspectionId={inspectionId} />;
}

/** Let the live query show what the flush just wrote before the page is printed. */
const settle = () => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => r()), 150));

function ReportScreen({ inspectionId }: { inspectionId: string }) {
  const [asking, setAsking] = useState(false);
  const [selected, setSelected] = useState<Selected>('draft');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const data = useReport(inspectionId);
  const repo = useRepo(inspectionId);
  const { db } = useStorage();
  // The PDF's title is the page's title: the report's, not the app's.
  const title = data?.draft.documentTitle;
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  if (!data) return <p role="status">Đang tải báo cáo…</p>;

  const last = data.versions[data.versions.length - 1];
  const effective = selected === 'draft' && !data.changedSinceFinal && last ? last.recordId : selected;
  const frozen = data.versions.find((v) => v.recordId === effective);
  const model: ReportModel = frozen?.model ?? data.draft;
  const showingDraft = model.status === 'draft';

  const run = async (what: () => Promise<string | undefined>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await what();
      if (text) setMessage({ text });
    } catch (e) {
      setMessage({ text: `Không thực hiện được: ${userMessage(e)} Hãy thử lại.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const onDocx = () =>
    run(async () => {
      await flushAllParts();
      return (await exportDocx(model)) ? 'Đã xuất tệp DOCX.' : undefined;
    });
  const onPdf = () =>
    run(async () => {
      await flushAllParts();
      await settle();
      return (await exportPdf(model)) ? (platform.kind === 'electron' ? 'Đã lưu tệp PDF.' : undefined) : undefined;
    });
  const onPrint = () =>
    run(async () => {
      await flushAllParts();
      await settle();
      await platform.print();
      return undefined;
    });
  const onFinalise = (acceptedProblems: string[]) =>
    run(async () => {
      setAsking(false);
      await flushAllParts();
      const done = await finaliseReport(repo, data.template, data.draft.version, acceptedProblems);
      if (!done) return undefined;
      setSelected('draft');
      return `Đã hoàn thành phiên bản ${done.version}. Các chỉnh sửa sau đây sẽ tạo phiên bản mới.`;
    });

  return (
    <div className="report-page">
      <div className="report-side no-print">
        <h1>Báo cáo kết quả kiểm tra</h1>
        {!data.exists && <p role="alert">Chưa có thông tin cuộc kiểm tra. Hãy nhập phần “Thiết lập” trước để báo cáo có đủ tiêu đề, căn cứ và đơn vị.</p>}
        <ReportToolbar
          busy={busy}
          canFinalise={showingDraft && data.changedSinceFinal}
          draftVersion={data.draft.version}
          onDocx={() => void onDocx()}
          onPdf={() => void onPdf()}
          onPrint={() => void onPrint()}
          onFinalise={() => {
            void flushAllParts().then(() => setAsking(true));
          }}
        />
        <FinaliseDialog
          open={asking}
          version={data.draft.version}
          problems={data.problems}
          inspectionId={inspectionId}
          onConfirm={(accepted) => void onFinalise(accepted)}
          onCancel={() => setAsking(false)}
        />
        <ClerkFields repo={repo} stored={data.inspection} symbol={data.draft.header.numberLine.replace(/^.*\//, '')} disabled={!showingDraft} />
        {message && (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'muted'}>
            {message.text}
          </p>
        )}
        <VersionList versions={data.versions} draftVersion={data.draft.version} changed={data.changedSinceFinal} selected={effective} onSelect={setSelected} />
        {selected === 'draft' ? (
          <section aria-label="Nội dung các phần của báo cáo">
            {reportParts(data.draft).map((p) => (
              <PartEditor key={p.id} part={p} repo={repo} />
            ))}
          </section>
        ) : (
          <p className="muted">
            Phiên bản {model.version} đã hoàn thành và được giữ nguyên. Sửa nội dung sẽ tạo phiên bản {data.draft.version} mới.
            {data.changedSinceFinal ? ' Chọn bản dự thảo để chỉnh sửa.' : ''}
          </p>
        )}
      </div>
      <ReportPreview model={model} marks={showingDraft ? data.marks : undefined} inspectionId={inspectionId} />
    </div>
  );
}
