/**
 * The installer configuration, read and validated the way electron-builder
 * does before any build (its own loader and JSON schema), so keys for the
 * targets this machine cannot build (Windows NSIS and portable, deb,
 * AppImage) are still checked.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
// electron-builder's own config loader and validator (app-builder-lib ships with it).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, any>>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(k: string, v: unknown): void }): Promise<void>;
};
const quietLogger = { isEnabled: false, add() {} };

const config = await getConfig(ROOT, join(ROOT, 'build/electron-builder.yml'), null);

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is checked by that schema (a wrong value is refused)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachine: 'yes' } }, quietLogger)).rejects.toThrow();
  });

  it('names the app and packs only the allow-listed files into an asar', () => {
    expect(config.appId).toBe('vn.gov.tukiemtra');
    expect(config.productName).toBe('Tự Kiểm Tra');
    expect(config.asar).toBe(true);
    // The loader normalises `files` into filter sets.
    const files = (config.files as (string | { filter: string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    expect(files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json', '!node_modules/**']));
    expect(config.directories.output).not.toBe('dist');
  });

  it('flips the Electron fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('installs per user on Windows, without administrator rights, in Vietnamese, plus a portable exe', () => {
    const targets = (config.win.target as { target: string }[]).map((t) => t.target);
    expect(targets).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, allowToChangeInstallationDirectory: true, installerLanguages: ['vi_VN'], language: '1066' });
  });

  it('builds an AppImage and a deb with a maintainer in the Office category', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('associates .tkt exchange files with the app as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'tkt', name: 'Tệp trao đổi Tự Kiểm Tra', role: 'Editor', mimeType: 'application/x-tu-kiem-tra', description: expect.stringMatching(/\S/) }),
    ]);
  });
});
