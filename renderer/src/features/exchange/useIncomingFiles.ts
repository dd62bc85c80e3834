/**
 * Feeds the import panel with files that arrive from outside it: `.tkt`
 * files opened from the file manager (Electron) and restored backups.
 */
import { useEffect } from 'react';
import { platform } from '../../platform';
import type { OpenedFile } from '../../platform/types';
import { useExchangeUi } from './exchangeUi';

export function useIncomingFiles(addFiles: (files: OpenedFile[]) => void): void {
  const pending = useExchangeUi((s) => s.pending);

  useEffect(() => {
    if (pending.length) addFiles(useExchangeUi.getState().take());
  }, [pending, addFiles]);

  useEffect(() => {
    let alive = true;
    const takeOpened = () =>
      platform
        .takeOpenedFiles()
        .then((files) => alive && addFiles(files))
        .catch(() => undefined);
    void takeOpened();
    const off = platform.onFilesOpened(() => void takeOpened());
    return () => {
      alive = false;
      off();
    };
  }, [addFiles]);
}
