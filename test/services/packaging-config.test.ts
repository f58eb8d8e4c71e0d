import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
interface BuilderConfig {
  productName: string;
  executableName: string;
  files: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; mimeType: string }[];
  linux: { maintainer: string };
  deb: { depends: string[] };
}
interface PackageJson {
  productName: string;
  desktopName: string;
  homepage: string;
  author?: { email?: string };
  dependencies: Record<string, string>;
}
const builder = yaml.load(readFileSync(join(root, 'build/electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

describe('the packaged Electron binary', () => {
  it('has its fuses flipped: no Node mode, no NODE_OPTIONS or --inspect, asar only and checked, cookies encrypted', () => {
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('what the installers ship', () => {
  it('names the product and carries the metadata the deb step requires', () => {
    expect(pkg.productName).toBe('Mandate Planner');
    expect(builder.productName).toBe(pkg.productName);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author?.email).toMatch(/@/);
    expect(builder.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('ships no renderer-only package in the main process node_modules (Vite bundles them)', () => {
    const runtime = Object.keys(pkg.dependencies);
    for (const name of ['react', 'react-dom', 'pdfjs-dist', '@tanstack/react-table', '@tanstack/react-virtual']) expect(runtime).not.toContain(name);
    expect(builder.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('associates .mplan with its MIME type and keeps the Linux dependencies "Open PDF" needs', () => {
    expect(builder.fileAssociations).toEqual([expect.objectContaining({ ext: 'mplan', mimeType: 'application/x-mandate-planner' })]);
    expect(builder.deb.depends).toEqual(expect.arrayContaining(['xdg-utils', 'libnss3', 'libgtk-3-0', 'libgbm1']));
    expect(pkg.desktopName).toBe(`${builder.executableName}.desktop`);
  });
});
