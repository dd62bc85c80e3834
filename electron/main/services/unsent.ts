import type { WebContents } from 'electron';

/** How long a closing window waits for the renderer to say how many changes are unsent. */
export const UNSENT_ANSWER_WAIT_MS = 1500;

/**
 * Asking the renderer, when the window closes, how many of the member's
 * changes are not yet sent to the leader. Only the renderer knows (they are
 * in its database), so main sends 'app:unsent-query' and the renderer answers
 * over 'quit:unsent'. A renderer that does not answer in time counts as
 * nothing unsent: a hung page must never keep the app from closing.
 */
export class UnsentQuery {
  private waiting: ((count: number) => void)[] = [];

  constructor(private readonly waitMs = UNSENT_ANSWER_WAIT_MS) {}

  ask(contents: Pick<WebContents, 'send'>): Promise<number> {
    return new Promise((resolve) => {
      let settled = false;
      const done = (count: number) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.waiting = this.waiting.filter((w) => w !== done);
        resolve(count);
      };
      const timer = setTimeout(() => done(0), this.waitMs);
      this.waiting.push(done);
      contents.send('app:unsent-query');
    });
  }

  answer(count: number): void {
    for (const w of [...this.waiting]) w(count);
  }
}
