export function ReportPage(_props: { inspectionId?: string; unitId?: string; sectionId?: string }) {
  return <h1>ReportPage</h1>;
}
