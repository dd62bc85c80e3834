export function ExchangePage(_props: { inspectionId?: string; unitId?: string; sectionId?: string }) {
  return <h1>ExchangePage</h1>;
}
