import { useState } from 'react';
import { routeToHash } from '../../app/router';
import { archiveInspection, restoreInspection } from '../../db/lifecycle';
import { useStorage } from '../../db/StorageContext';
import { useInspectionSummaries, type InspectionSummary } from '../../db/summaries';
import { ImportButton } from '../exchange/ImportButton';
import { DeleteInspectionDialog } from './DeleteInspectionDialog';
import { InspectionCard } from './InspectionCard';
import { titleOf } from './inspectionTitle';
import { PortableNotice } from '../portable/PortableNotice';
import './inspections.css';

/** The inspections on this laptop, last opened first; archived ones listed apart, restorable. */
export function InspectionListPage() {
  const { db } = useStorage();
  const list = useInspectionSummaries();
  const [deleting, setDeleting] = useState<InspectionSummary>();
  const [notice, setNotice] = useState('');
  const active = list?.filter((s) => !s.archivedAt) ?? [];
  const archived = list?.filter((s) => s.archivedAt) ?? [];
  const act = (what: () => Promise<void>, done: string) =>
    void what().then(
      () => setNotice(done),
      () => setNotice('Chưa thực hiện được: máy không ghi được vào bộ nhớ. Hãy thử lại.'),
    );
  const card = (s: InspectionSummary) => (
    <InspectionCard
      key={s.id}
      summary={s}
      onArchive={s.archivedAt ? undefined : () => act(() => archiveInspection(db, s.id), `Đã lưu trữ “${titleOf(s)}”. Có thể khôi phục trong mục “Đã lưu trữ” cuối trang.`)}
      onRestore={s.archivedAt ? () => act(() => restoreInspection(db, s.id), `Đã khôi phục “${titleOf(s)}” vào danh sách.`) : undefined}
      onDelete={() => setDeleting(s)}
    />
  );
  return (
    <section className="inspection-list" aria-labelledby="list-title">
      <div className="list-head">
        <h1 id="list-title">Các cuộc kiểm tra</h1>
        <a className="button primary" href={routeToHash({ page: 'new' })}>
          Tạo cuộc kiểm tra mới
        </a>
      </div>
      <ImportButton />
      <p role="status" className="notice">
        {notice}
      </p>
      <PortableNotice />
      {list === undefined && <p aria-busy="true">Đang tải…</p>}
      {list?.length === 0 && <p className="card">Chưa có cuộc kiểm tra nào trên máy này. Bấm “Tạo cuộc kiểm tra mới” để bắt đầu, hoặc nhận tệp trao đổi từ trưởng đoàn.</p>}
      {list && list.length > 0 && active.length === 0 && <p className="card">Mọi cuộc kiểm tra trên máy này đều đã lưu trữ.</p>}
      {active.length > 0 && (
        <ul className="cards" aria-label="Đang thực hiện">
          {active.map(card)}
        </ul>
      )}
      {archived.length > 0 && (
        <section aria-labelledby="archived-title" className="archived">
          <h2 id="archived-title">Đã lưu trữ ({archived.length})</h2>
          <ul className="cards" aria-label="Đã lưu trữ">
            {archived.map(card)}
          </ul>
        </section>
      )}
      {deleting && (
        <DeleteInspectionDialog
          id={deleting.id}
          title={titleOf(deleting)}
          onClose={(deleted) => {
            if (deleted) setNotice(`Đã xóa cuộc kiểm tra “${titleOf(deleting)}” khỏi máy này.`);
            setDeleting(undefined);
          }}
        />
      )}
    </section>
  );
}
