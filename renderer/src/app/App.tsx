import { lazy, Suspense } from 'react';
import { useRoute } from './router';
import { Layout } from './Layout';
import { PageErrorBoundary } from './PageErrorBoundary';
import { InspectionListPage } from '../features/inspections/InspectionListPage';
import { SetupPage } from '../features/setup/SetupPage';
import { ChecklistPage } from '../features/checklist/ChecklistPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { ReportPage } from '../features/report/ReportPage';
import { TeamPage } from '../features/team/TeamPage';
import { ExchangeBackground } from '../features/exchange/ExchangeBackground';
import { useStorageRecovery } from './useStorageRecovery';

// The dashboard carries the chart library: loaded when first opened, so start-up does not pay for it.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));

export function App() {
  const route = useRoute();
  useStorageRecovery();
  let page;
  switch (route.page) {
    case 'list':
      page = <InspectionListPage />;
      break;
    case 'new':
      page = <SetupPage key={route.fromId ?? ''} inspectionId={undefined} fromId={route.fromId} />;
      break;
    case 'setup':
      page = <SetupPage inspectionId={route.inspectionId} />;
      break;
    case 'checklist':
      page = <ChecklistPage inspectionId={route.inspectionId} unitId={route.unitId} sectionId={route.sectionId} />;
      break;
    case 'team':
      page = <TeamPage inspectionId={route.inspectionId} />;
      break;
    case 'dashboard':
      page = (
        <Suspense fallback={<p aria-busy="true">Đang tải…</p>}>
          <DashboardPage inspectionId={route.inspectionId} />
        </Suspense>
      );
      break;
    case 'exchange':
      page = <ExchangePage inspectionId={route.inspectionId} />;
      break;
    case 'report':
      page = <ReportPage inspectionId={route.inspectionId} />;
      break;
  }
  return (
    <>
      {/* Rolling backups and .tkt files opened from the file manager, whatever page is open. */}
      <ExchangeBackground />
      <Layout route={route}>
        <PageErrorBoundary resetKey={location.hash}>{page}</PageErrorBoundary>
      </Layout>
    </>
  );
}
