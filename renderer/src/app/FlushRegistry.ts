type Flush = () => Promise<void> | void;

/** Saves waiting for their debounce, so a quit or a hidden page can write them all at once. */
export class FlushRegistry {
  private readonly waiting = new Set<Flush>();

  register(flush: Flush): () => void {
    this.waiting.add(flush);
    return () => this.waiting.delete(flush);
  }

  /** Write everything that waits; resolves when every write has finished (or failed and kept its draft). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.waiting].map(async (f) => f()));
  }
}
