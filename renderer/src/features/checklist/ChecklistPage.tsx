export function ChecklistPage(_props: { inspectionId?: string; unitId?: string; sectionId?: string }) {
  return <h1>ChecklistPage</h1>;
}
