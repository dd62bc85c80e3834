import type { ReactNode } from 'react';
import { routeToHash, type Route } from './router';
import { SaveStatus } from './SaveStatus';
import { UndoBar } from './UndoBar';
import { UnsentNotice } from '../features/exchange/UnsentNotice';

const TABS: { page: 'setup' | 'checklist' | 'dashboard' | 'team' | 'exchange' | 'report'; label: string }[] = [
  { page: 'setup', label: 'Thiết lập' },
  { page: 'checklist', label: 'Phiếu kiểm tra' },
  { page: 'dashboard', label: 'Tổng quan' },
  { page: 'team', label: 'Tổng hợp đoàn' },
  { page: 'exchange', label: 'Trao đổi dữ liệu' },
  { page: 'report', label: 'Báo cáo' },
];

export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const inspectionId = 'inspectionId' in route ? route.inspectionId : undefined;
  return (
    <div className="app">
      <header className="app-header no-print">
        <a className="brand" href="#/">
          Tự Kiểm Tra
        </a>
        {inspectionId && (
          <nav aria-label="Các phần của cuộc kiểm tra" className="tabs">
            {TABS.map((t) => (
              <a
                key={t.page}
                href={routeToHash({ page: t.page, inspectionId })}
                aria-current={route.page === t.page ? 'page' : undefined}
              >
                {t.label}
              </a>
            ))}
          </nav>
        )}
        <UnsentNotice inspectionId={inspectionId} />
        <SaveStatus inspectionId={inspectionId} />
      </header>
      <main className="app-main">{children}</main>
      <UndoBar />
    </div>
  );
}
