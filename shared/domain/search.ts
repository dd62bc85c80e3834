/**
 * Diacritic-insensitive search: "cai cach" finds "cải cách", "d" finds "đ".
 * NFD splits letters from their combining marks; đ/Đ has no decomposition
 * and is mapped by hand.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the text, ignoring case and diacritics. */
export function matchesSearch(text: string, query: string): boolean {
  const q = normalizeForSearch(query);
  if (!q) return true;
  const t = normalizeForSearch(text);
  return q.split(' ').every((w) => t.includes(w));
}
