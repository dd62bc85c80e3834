export function InspectionListPage(_props: { inspectionId?: string; unitId?: string; sectionId?: string }) {
  return <h1>InspectionListPage</h1>;
}
