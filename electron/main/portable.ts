import { join } from 'node:path';

/**
 * The portable Windows build runs from a USB stick or a folder without
 * installing; electron-builder's launcher sets PORTABLE_EXECUTABLE_DIR to the
 * exe's folder. Keeping the data beside the exe lets the stick carry the work.
 * Must be applied before 'ready', when Chromium opens its profile.
 */
export function portableUserDataDir(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.PORTABLE_EXECUTABLE_DIR;
  return dir ? join(dir, 'TuKiemTra-data') : undefined;
}
