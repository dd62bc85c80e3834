/** The app's real import path (renderer/src/db/exchange.ts), called as the exchange page calls it. */
import type { AppDB } from '../../../renderer/src/db/schema';

export interface BenchFile {
  name: string;
  bytes: Uint8Array;
}

export async function importFiles(_db: AppDB, _inspectionId: string, _files: BenchFile[], _onProgress: (fraction: number) => void): Promise<void> {
  throw new Error('n/a (chưa có bước ghi của renderer/src/db/exchange.ts)');
}
