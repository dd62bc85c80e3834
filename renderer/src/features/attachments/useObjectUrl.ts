import { useEffect, useMemo } from 'react';

/** A blob: URL for bytes held in memory, released when the bytes change or the component goes. */
export function useObjectUrl(bytes: Uint8Array | undefined, type: string): string | undefined {
  const url = useMemo(() => (bytes ? URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type })) : undefined), [bytes, type]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return url;
}
