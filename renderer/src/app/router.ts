/**
 * Hash routes, so a reload (and the file:// page in Electron) keeps the place.
 * The last place is remembered so reopening the app returns to it.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'list' }
  | { page: 'setup'; inspectionId: string }
  | { page: 'checklist'; inspectionId: string; unitId?: string; sectionId?: string }
  | { page: 'team'; inspectionId: string }
  | { page: 'dashboard'; inspectionId: string }
  | { page: 'exchange'; inspectionId: string }
  | { page: 'report'; inspectionId: string }
  | { page: 'new'; fromId?: string };

const LAST_KEY = 'tkt:lastRoute';

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'new') return parts[1] === 'from' && parts[2] ? { page: 'new', fromId: parts[2] } : { page: 'new' };
  if (parts[0] === 'i' && parts[1]) {
    const inspectionId = parts[1];
    switch (parts[2]) {
      case 'setup':
        return { page: 'setup', inspectionId };
      case 'team':
        return { page: 'team', inspectionId };
      case 'dashboard':
        return { page: 'dashboard', inspectionId };
      case 'exchange':
        return { page: 'exchange', inspectionId };
      case 'report':
        return { page: 'report', inspectionId };
      default:
        return { page: 'checklist', inspectionId, unitId: parts[3], sectionId: parts[4] };
    }
  }
  return { page: 'list' };
}

export function routeToHash(r: Route): string {
  const enc = encodeURIComponent;
  switch (r.page) {
    case 'list':
      return '#/';
    case 'new':
      return r.fromId ? `#/new/from/${enc(r.fromId)}` : '#/new';
    case 'checklist':
      return `#/i/${enc(r.inspectionId)}/checklist${r.unitId ? `/${enc(r.unitId)}` : ''}${r.unitId && r.sectionId ? `/${enc(r.sectionId)}` : ''}`;
    default:
      return `#/i/${enc(r.inspectionId)}/${r.page}`;
  }
}

export function navigate(r: Route, replace = false): void {
  const hash = routeToHash(r);
  if (replace) history.replaceState(null, '', hash);
  else if (location.hash !== hash) location.hash = hash;
  remember(hash);
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function remember(hash: string): void {
  try {
    localStorage.setItem(LAST_KEY, hash);
  } catch {
    /* storage full or disabled: only the convenience is lost */
  }
}

/** A page that failed to draw is not reopened at the next start (PageErrorBoundary). */
export function forgetLastRoute(): void {
  try {
    localStorage.removeItem(LAST_KEY);
  } catch {
    /* storage disabled: nothing remembered */
  }
}

/** On start without a hash, go back to where the user was. */
export function restoreLastRoute(): void {
  if (location.hash && location.hash !== '#/' && location.hash !== '#') return;
  const last = localStorage.getItem(LAST_KEY);
  if (last) history.replaceState(null, '', last);
}

function subscribe(cb: () => void): () => void {
  const handler = () => {
    remember(location.hash || '#/');
    cb();
  };
  window.addEventListener('hashchange', handler);
  return () => window.removeEventListener('hashchange', handler);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
