import { useState, type DragEvent, type ReactNode } from 'react';
import type { OpenedFile } from '../../platform/types';

async function readDropped(e: DragEvent): Promise<OpenedFile[]> {
  const files = [...e.dataTransfer.files];
  return Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
}

/** Area where several `.tkt` files can be dropped at once. */
export function DropZone({ onFiles, children }: { onFiles: (files: OpenedFile[]) => void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void readDropped(e).then(onFiles);
      }}
    >
      {children}
    </div>
  );
}
