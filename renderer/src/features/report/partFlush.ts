/**
 * Part texts waiting for their debounce. Finalising and exporting first write
 * them all, so the report never leaves out the last words typed.
 */
type Flush = () => Promise<unknown>;
const waiting = new Set<Flush>();

export function registerPartFlush(flush: Flush): () => void {
  waiting.add(flush);
  return () => waiting.delete(flush);
}

export async function flushAllParts(): Promise<void> {
  await Promise.all([...waiting].map((f) => f()));
}
