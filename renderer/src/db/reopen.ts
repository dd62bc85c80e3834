import type { AppDB } from './schema';

/**
 * Open the database again after the browser closed it under the app (a
 * failed write on a full disk makes Chromium drop the connection, and Dexie
 * then keeps reporting the failed reopen). Called by the retry of failed
 * saves, so freeing space is enough: no reload.
 */
export async function reopenIfClosed(db: AppDB): Promise<void> {
  if (!db.isOpen()) await db.open();
}
