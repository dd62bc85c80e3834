/**
 * UI state only (selection, filters, dialogs, save status). Data lives in
 * Dexie and is read with useLiveQuery; nothing here mirrors a table.
 */
import { create, type StateCreator } from 'zustand';
import type { ItemFilter } from '../../../shared/checklist/itemFilter';

export interface SaveSlice {
  pendingSaves: number;
  saveError: string | null;
  lastSavedAt: number | null;
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

export type UiState = SaveSlice & ChecklistSlice;

const createSaveSlice: StateCreator<UiState, [], [], SaveSlice> = (set) => ({
  pendingSaves: 0,
  saveError: null,
  lastSavedAt: null,
  saveStarted: () => set((s) => ({ pendingSaves: s.pendingSaves + 1 })),
  saveFinished: (error) =>
    set((s) => ({ pendingSaves: Math.max(0, s.pendingSaves - 1), saveError: error ?? null, lastSavedAt: error ? s.lastSavedAt : Date.now() })),
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

export const useUi = create<UiState>()((...a) => ({ ...createSaveSlice(...a), ...createChecklistSlice(...a) }));

/** Run a storage write while the "đang lưu" indicator shows; errors become a visible message. */
export async function trackSave<T>(write: () => Promise<T>): Promise<T | undefined> {
  const { saveStarted, saveFinished } = useUi.getState();
  saveStarted();
  try {
    const r = await write();
    saveFinished();
    return r;
  } catch (e) {
    saveFinished(`Không lưu được: ${e instanceof Error ? e.message : String(e)}. Dữ liệu vừa nhập vẫn còn trên màn hình, hãy thử lại.`);
    return undefined;
  }
}
