// Packs the app as a directory with the real electron-builder, offline, against a stand-in Electron
// distribution (a dummy `electron` executable carrying Electron's fuse wire), then checks what would
// ship: the file set inside app.asar, the fuses, the .mplan association and desktop entry the Linux
// targets would write, the deb metadata, the size, and that the packaged main process runs (the
// smoke test against the extracted app.asar, with no node_modules outside it).
// Usage: node test/package/pack-check.mjs (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import yaml from 'js-yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'node_modules/electron-builder/package.json'));
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper');
const FpmTarget = require('app-builder-lib/out/targets/FpmTarget').default;
const ELECTRON_VERSION = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
/** app.asar + app.asar.unpacked at commit 2d18559, before renderer-only packages were left out. */
const SIZE_BEFORE = 98_582_948 + 33_410_055;
/** Renderer-only packages (React, pdf.js, @napi-rs/canvas…) add 83 MB; the budget leaves room for fonts (RTL, CJK). */
const SIZE_BUDGET = 80_000_000;

if (!existsSync(join(root, 'out/main/index.js'))) {
  console.error('The app is not built (out/main/index.js is missing). Run `npm run build` first.');
  process.exit(2);
}
const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'mplan-pack-'));
const problems = [];
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};

// The stand-in Electron: a script that says what it is, followed by Electron's fuse sentinel and an
// 8-fuse V1 wire with Electron's defaults, so electron-builder's fuse flipping has something to flip.
const fakeDist = join(scratch, 'stand-in-electron');
mkdirSync(fakeDist);
const DEFAULT_WIRE = '10110001';
writeFileSync(join(fakeDist, 'electron'), Buffer.concat([
  Buffer.from('#!/bin/sh\necho "stand-in for Electron, not Electron" >&2\nexit 1\n# '),
  Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.from('\n'),
]));
chmodSync(join(fakeDist, 'electron'), 0o755);
writeFileSync(join(fakeDist, 'version'), ELECTRON_VERSION);

const config = yaml.load(readFileSync(join(root, 'build/electron-builder.yml'), 'utf8'));
let linux = null;
console.log(`PACKAGE CHECK: electron-builder --dir (linux, x64) against a stand-in Electron ${ELECTRON_VERSION} distribution, not Electron`);
await build({
  projectDir: root,
  targets: Platform.LINUX.createTarget('dir', Arch.x64),
  publish: 'never',
  config: {
    ...config,
    electronDist: fakeDist,
    electronVersion: ELECTRON_VERSION,
    npmRebuild: false,
    directories: { ...config.directories, output: join(scratch, 'dist') },
    // What the AppImage and deb targets would write, computed by electron-builder's own code;
    // those targets cannot run offline (they download appimagetool and fpm).
    afterPack: async (context) => {
      const helper = new LinuxTargetHelper(context.packager);
      const deb = new FpmTarget('deb', context.packager, helper, join(scratch, 'dist'));
      linux = {
        appOutDir: context.appOutDir,
        executable: context.packager.executableName,
        desktop: await helper.computeDesktopEntry(context.packager.platformSpecificBuildOptions),
        mimeXml: readFileSync(await helper.mimeTypeFiles, 'utf8'),
        // The metadata the deb step refuses to build without (homepage, maintainer or author e-mail).
        deb: await deb.computeFpmMetaInfoOptions().catch((error) => ({ error: error.message.split('\n')[0] })),
        depends: deb.options.depends,
      };
    },
  },
});
assert.ok(linux, 'afterPack ran');

const resources = join(linux.appOutDir, 'resources');
const asarPath = join(resources, 'app.asar');
const files = new Set(asar.listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/').replace(/^\//, '')));
const has = (path) => files.has(path);
const any = (pattern) => [...files].some((f) => pattern.test(f));

console.log('files inside app.asar:');
check(has('out/main/index.js') && has('out/main/cli.js') && has('package.json'), 'main process and CLI (out/main/index.js, cli.js, package.json)');
check(has('out/main/pdfWorker.js'), 'PDF worker (out/main/pdfWorker.js)');
check(has('out/main/historyWorker.js'), 'change-history worker (out/main/historyWorker.js)');
check(has('out/preload/index.cjs'), 'preload (out/preload/index.cjs)');
check(has('out/renderer/index.html') && any(/^out\/renderer\/assets\/index-.*\.js$/), 'renderer page and bundle (out/renderer)');
check(any(/^out\/renderer\/assets\/pdf\.worker.*\.mjs$/), "renderer's pdf.js worker (bundled into out/renderer)");
const fonts = [...files].filter((f) => /(^|\/)vfs_fonts\.js$|\.(ttf|otf)$/i.test(f) && !f.startsWith('out/renderer/'));
check(fonts.length > 0, `the brief's fonts (${fonts.length > 3 ? `${fonts.slice(0, 3).join(', ')} and ${fonts.length - 3} more` : fonts.join(', ') || 'none'})`);
// The fallback fonts (Arabic, Hebrew, Chinese) come from a local package linked with `file:fonts`:
// a symlink in node_modules that the packager must follow, not drop.
const fallbackFonts = ['NotoSansArabic-Regular.ttf', 'NotoSansHebrew-Regular.ttf', 'NotoSansSC-Regular-GB2312.otf'];
check(fallbackFonts.every((f) => has(`node_modules/@mandate-planner/brief-fonts/${f}`)), `the brief's fallback fonts (${fallbackFonts.join(', ')})`);
for (const pkg of ['pdfmake', 'electron-store', 'conf', 'zod', 'commander', 'papaparse', 'electron-context-menu']) check(has(`node_modules/${pkg}/package.json`), `runtime package ${pkg}`);
for (const pkg of ['react', 'react-dom', 'pdfjs-dist', '@tanstack', '@napi-rs', 'electron', 'electron-builder', 'vite', 'typescript']) check(!any(new RegExp(`^node_modules/${pkg}/`)), `no ${pkg} (bundled into the renderer, or development only)`);
check(!any(/\.map$/), 'no source maps');
const unpacked = join(resources, 'app.asar.unpacked');
check(!existsSync(unpacked), 'nothing unpacked next to app.asar (no native modules)');

console.log('fuses of the packaged executable:');
const wire = await getCurrentFuseWire(join(linux.appOutDir, linux.executable));
const want = { RunAsNode: 48, EnableCookieEncryption: 49, EnableNodeOptionsEnvironmentVariable: 48, EnableNodeCliInspectArguments: 48, EnableEmbeddedAsarIntegrityValidation: 49, OnlyLoadAppFromAsar: 49, GrantFileProtocolExtraPrivileges: 48 };
for (const [name, state] of Object.entries(want)) check(wire[FuseV1Options[name]] === state, `${name} ${state === 49 ? 'on' : 'off'}`);

console.log('Linux desktop integration (as the AppImage and deb targets would write it):');
const entry = Object.fromEntries(linux.desktop.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
console.log(linux.desktop.trim().split('\n').map((l) => `       ${l}`).join('\n'));
check(entry.Name === 'Mandate Planner', 'desktop entry Name=Mandate Planner');
check(/ %U$/.test(entry.Exec ?? ''), 'Exec passes files as %U (the app accepts paths and file: URLs)');
check(entry.MimeType === 'application/x-mandate-planner;', 'MimeType=application/x-mandate-planner;');
check(entry.Categories === 'Office;', 'Categories=Office;');
check(entry.StartupWMClass === 'mandate-planner', 'StartupWMClass matches desktopName (mandate-planner)');
check(/<mime-type type="application\/x-mandate-planner">\s*<glob pattern="\*\.mplan"\/>/.test(linux.mimeXml), 'shared-mime-info: *.mplan is application/x-mandate-planner');
check(Boolean(linux.deb.url && linux.deb.maintainer), linux.deb.error ? `deb metadata: ${linux.deb.error}` : `deb metadata: homepage ${linux.deb.url}, maintainer ${linux.deb.maintainer}`);
check(linux.depends.includes('xdg-utils') && linux.depends.includes('libnss3'), `deb depends: ${linux.depends.join(', ')}`);
const packagedJson = JSON.parse(asar.extractFile(asarPath, 'package.json').toString());
check(packagedJson.productName === 'Mandate Planner', 'product name in the packaged package.json: Mandate Planner');

async function sizeOf(path) {
  if (!existsSync(path)) return 0;
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await sizeOf(join(path, name));
  return total;
}
const size = statSync(asarPath).size + (await sizeOf(unpacked));
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`package size: app.asar + unpacked = ${mb(size)} (was ${mb(SIZE_BEFORE)} at 2d18559, before the renderer-only packages were left out)`);
check(size < SIZE_BUDGET, `package under ${mb(SIZE_BUDGET)}`);

// The packaged main process, its worker and its fonts run from the packaged file set alone.
const extracted = join(scratch, 'extracted');
asar.extractAll(asarPath, extracted);
console.log('the packaged app (app.asar extracted, nothing outside it) under the stand-in:');
const smoke = spawnSync(process.execPath, [join(root, 'test/smoke/run.mjs'), join(extracted, 'out/main/index.js')], {
  env: { ...process.env, SMOKE_ONLY: 'start,odd-install-folder,packaged' },
  encoding: 'utf8',
  cwd: scratch,
});
process.stdout.write(smoke.stdout.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n'));
if (smoke.status !== 0) process.stdout.write(smoke.stderr);
check(smoke.status === 0, 'smoke test of the extracted app.asar (save, brief preview through the packaged PDF worker and fonts)');

// The command line from the packaged file set alone (its runtime packages, no devDependencies).
const cli = (...args) => spawnSync(process.execPath, [join(extracted, 'bin/mandate-planner.js'), ...args], { cwd: scratch, encoding: 'utf8' });
const example = cli('example', '-o', join(scratch, 'cli sample.mplan'));
const validated = cli('validate', join(scratch, 'cli sample.mplan'));
const exported = cli('export', join(scratch, 'cli sample.mplan'), '-o', join(scratch, 'cli brief.pdf'));
const pdf = existsSync(join(scratch, 'cli brief.pdf')) ? readFileSync(join(scratch, 'cli brief.pdf')) : Buffer.alloc(0);
check(example.status === 0 && validated.status === 0 && exported.status === 0 && pdf.subarray(0, 5).toString() === '%PDF-',
  `packaged CLI: example, validate, export (${(pdf.length / 1024).toFixed(0)} KB PDF)${exported.status === 0 ? '' : `: ${exported.stderr || validated.stderr || example.stderr}`}`);
const word = cli('export', join(scratch, 'cli sample.mplan'), '-o', join(scratch, 'cli mandate.docx'));
const docx = existsSync(join(scratch, 'cli mandate.docx')) ? readFileSync(join(scratch, 'cli mandate.docx')) : Buffer.alloc(0);
// The docx library loads only on a Word export, so only this shows it was packaged.
check(word.status === 0 && docx.subarray(0, 2).toString() === 'PK', `packaged CLI: export to Word (${(docx.length / 1024).toFixed(0)} KB .docx)${word.status === 0 ? '' : `: ${word.stderr}`}`);

rmSync(scratch, { recursive: true, force: true });
console.log(`package check: ${problems.length === 0 ? 'passed' : `${problems.length} problem(s)`} in ${((Date.now() - started) / 1000).toFixed(1)} s (stand-in Electron, not Electron)`);
process.exit(problems.length === 0 ? 0 : 1);
