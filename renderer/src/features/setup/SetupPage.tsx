export function SetupPage(_props: { inspectionId?: string; unitId?: string; sectionId?: string }) {
  return <h1>SetupPage</h1>;
}
