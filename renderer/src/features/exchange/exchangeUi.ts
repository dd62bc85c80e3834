/**
 * UI state of the exchange screens: files waiting to be previewed that came
 * from outside the import panel (the file manager, a restored backup).
 * Transient by nature, so it lives in memory, not in the database.
 */
import { create } from 'zustand';
import type { OpenedFile } from '../../platform/types';

interface ExchangeUi {
  pending: OpenedFile[];
  enqueue: (files: OpenedFile[]) => void;
  /** Take every waiting file (the import panel calls this). */
  take: () => OpenedFile[];
}

export const useExchangeUi = create<ExchangeUi>()((set, get) => ({
  pending: [],
  enqueue: (files) => {
    if (files.length) set((s) => ({ pending: s.pending.concat(files) }));
  },
  take: () => {
    const files = get().pending;
    if (files.length) set({ pending: [] });
    return files;
  },
}));
