import type { Platform, OpenedFile, FileFilter } from './types';

function download(name: string, data: Uint8Array): void {
  const blob = new Blob([data as BlobPart], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFiles(filters: FileFilter[], multiple: boolean): Promise<OpenedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', async () => {
      const files = [...(input.files ?? [])];
      input.remove();
      resolve(await Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))));
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.appendChild(input);
    input.click();
  });
}

export const browserPlatform: Platform = {
  kind: 'browser',
  async saveFile(name, data) {
    download(name, data);
    return true;
  },
  openFiles: pickFiles,
  async savePdf() {
    // The browser's print dialog offers "Save as PDF"; the print CSS sets A4 and margins.
    window.print();
    return true;
  },
  async print() {
    window.print();
  },
  async takeOpenedFiles() {
    return [];
  },
  onFilesOpened() {
    return () => {};
  },
  // A browser tab has no quit reminder of the app's own (the unsent notice stays on screen).
  onUnsentQuery() {
    return () => {};
  },
  async answerUnsent() {},
  onExportNow() {
    return () => {};
  },
  onBeforeQuit(listener) {
    window.addEventListener('pagehide', listener);
    return () => window.removeEventListener('pagehide', listener);
  },
};
