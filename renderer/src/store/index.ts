/**
 * UI state only (selection, filters, dialogs, save status). Data lives in
 * Dexie and is read with useLiveQuery; nothing here mirrors a table.
 */
import { create, type StateCreator } from 'zustand';
import type { ItemFilter } from '../../../shared/checklist/itemFilter';
import { storageErrorMessage } from '../db/errors';

export interface SaveSlice {
  pendingSaves: number;
  saveError: string | null;
  lastSavedAt: number | null;
  /** Automatic retries of failed saves since the last success (shown beside the error, so the person sees the app keeps trying). */
  saveRetries: number;
  saveStarted: () => void;
  saveFinished: (error?: string) => void;
}

export interface ChecklistSlice {
  onlyMine: boolean;
  search: string;
  memberFilter: string | null;
  /** Which items the section shows (by verdict, unanswered, disagreement). */
  itemFilter: ItemFilter;
  /** An item to scroll to and highlight once its section is shown (a search result picked). */
  focusItem: { unitId: string; sectionId: string; itemId: string } | null;
  setOnlyMine: (v: boolean) => void;
  setSearch: (v: string) => void;
  setMemberFilter: (v: string | null) => void;
  setItemFilter: (v: ItemFilter) => void;
  setFocusItem: (v: ChecklistSlice['focusItem']) => void;
}

/** The last deletion, offered for undo for a few seconds ("Đã xóa · Hoàn tác"). */
export interface UndoOffer {
  id: number;
  /** What was deleted, e.g. "tồn tại, hạn chế". */
  what: string;
  undo: () => Promise<unknown>;
}

export interface UndoSlice {
  undoOffer: UndoOffer | null;
  offerUndo: (what: string, undo: () => Promise<unknown>) => void;
  dismissUndo: (id: number) => void;
}

export type UiState = SaveSlice & ChecklistSlice & UndoSlice;

const createSaveSlice: StateCreator<UiState, [], [], SaveSlice> = (set) => ({
  pendingSaves: 0,
  saveError: null,
  lastSavedAt: null,
  saveRetries: 0,
  saveStarted: () => set((s) => ({ pendingSaves: s.pendingSaves + 1 })),
  saveFinished: (error) =>
    set((s) => ({
      pendingSaves: Math.max(0, s.pendingSaves - 1),
      saveError: error ?? null,
      lastSavedAt: error ? s.lastSavedAt : Date.now(),
      saveRetries: error ? s.saveRetries : 0,
    })),
});

const createChecklistSlice: StateCreator<UiState, [], [], ChecklistSlice> = (set) => ({
  onlyMine: false,
  search: '',
  memberFilter: null,
  itemFilter: 'all',
  focusItem: null,
  setOnlyMine: (onlyMine) => set({ onlyMine }),
  setSearch: (search) => set({ search }),
  setMemberFilter: (memberFilter) => set({ memberFilter }),
  setItemFilter: (itemFilter) => set({ itemFilter }),
  setFocusItem: (focusItem) => set({ focusItem }),
});

let undoSeq = 0;
const createUndoSlice: StateCreator<UiState, [], [], UndoSlice> = (set) => ({
  undoOffer: null,
  offerUndo: (what, undo) => set({ undoOffer: { id: ++undoSeq, what, undo } }),
  dismissUndo: (id) => set((s) => (s.undoOffer?.id === id ? { undoOffer: null } : {})),
});

export const useUi = create<UiState>()((...a) => ({ ...createSaveSlice(...a), ...createChecklistSlice(...a), ...createUndoSlice(...a) }));

/** Run a storage write while the "đang lưu" indicator shows; errors become a visible message. */
export async function trackSave<T>(write: () => Promise<T>): Promise<T | undefined> {
  const { saveStarted, saveFinished } = useUi.getState();
  saveStarted();
  try {
    const r = await write();
    saveFinished();
    return r;
  } catch (e) {
    saveFinished(storageErrorMessage(e));
    return undefined;
  }
}
