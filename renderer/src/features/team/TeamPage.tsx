export function TeamPage(_props: { inspectionId?: string; unitId?: string; sectionId?: string }) {
  return <h1>TeamPage</h1>;
}
