import { useEffect, useState } from 'react';
import { useUi } from '../../store';

/**
 * On a change of unit or section: scroll to the item a search result asked
 * for (and keep it highlighted), or else to the top, so the new section is
 * read from its start and not from where the last one was left.
 * Returns the highlighted item id.
 */
export function useSectionScroll(unitId: string, sectionId: string, ready: boolean): string | undefined {
  const focusItem = useUi((s) => s.focusItem);
  const setFocusItem = useUi((s) => s.setFocusItem);
  const [highlighted, setHighlighted] = useState<{ unitId: string; sectionId: string; itemId: string }>();

  useEffect(() => {
    if (!focusItem || focusItem.unitId !== unitId || focusItem.sectionId !== sectionId) window.scrollTo(0, 0);
    // A highlight belongs to the visit that a search result started.
    setHighlighted((h) => (h && h.unitId === unitId && h.sectionId === sectionId ? h : undefined));
  }, [unitId, sectionId]); // Only a change of place scrolls, not a picked search result arriving.

  useEffect(() => {
    if (!ready || !focusItem || focusItem.unitId !== unitId || focusItem.sectionId !== sectionId) return;
    const el = document.getElementById(`item-${focusItem.itemId}`);
    if (!el) return;
    el.tabIndex = -1;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
    setHighlighted(focusItem);
    setFocusItem(null);
  }, [ready, focusItem, unitId, sectionId, setFocusItem]);

  return highlighted && highlighted.unitId === unitId && highlighted.sectionId === sectionId ? highlighted.itemId : undefined;
}
