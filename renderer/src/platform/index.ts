import type { AppApi } from '../../../shared/ipc/contract';
import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './types';

export type { Platform } from './types';

declare global {
  interface Window {
    api?: AppApi;
  }
}

/** The Electron bridge when the preload exposed one, browser fallbacks otherwise. */
export const platform: Platform = typeof window !== 'undefined' && window.api ? electronPlatform(window.api) : browserPlatform;
