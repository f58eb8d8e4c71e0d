import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layer boundaries, enforced here and not only in review (ARCHITECTURE.md):
 * shared/ is pure (no Node, no DOM, no Electron), renderer/ is the page (no Node, no Electron),
 * electron/services and the CLI run under plain Node (no Electron), and the Electron objects that
 * cross the process boundary are used in one wrapper file each.
 */

// Every Node builtin, by either spelling: `node:fs`, `fs`, `fs/promises`, `node:test`.
const nodeBuiltinPatterns = ['node:*', ...builtinModules.flatMap((name) => [name, `${name}/*`])];

const onlyIn = (wrapper) => `Use it only in ${wrapper}, the one wrapper that binds it to the contract.`;
const electronWrappers = [
  { name: 'electron', importNames: ['ipcMain'], message: onlyIn('electron/main/ipc.ts') },
  { name: 'electron', importNames: ['ipcRenderer', 'contextBridge'], message: onlyIn('electron/preload/index.ts') },
];
const electronWrapperAccess = ['ipcMain', 'ipcRenderer', 'contextBridge'].map((name) => ({
  selector: `MemberExpression[property.name='${name}']`,
  message: `${name} is used only in its wrapper (electron/main/ipc.ts or electron/preload/index.ts).`,
}));

/** One `no-restricted-imports` per file set (flat config replaces a rule's options, it never merges them). */
const restrictImports = ({ paths = [], patterns = [] }) => ['error', { paths, patterns }];

// Globals each layer must not reach: Node's own (process, Buffer, require…) and the page's
// (window, document, localStorage…). What both runtimes share (URL, TextEncoder, setTimeout) stays.
const esAndShared = new Set([...Object.keys(globals.es2024), ...Object.keys(globals['shared-node-browser'])]);
const nodeOnlyGlobals = Object.keys(globals.node).filter((name) => !esAndShared.has(name) && !(name in globals.browser));
const browserOnlyGlobals = Object.keys(globals.browser).filter((name) => !esAndShared.has(name) && !(name in globals.node));
const noGlobals = (names, why) => ['error', ...names.map((name) => ({ name, message: why }))];

const plannerBridge = [
  { object: 'window', property: 'planner', message: 'Reach the main process through renderer/api.ts (the controller gets it as a parameter).' },
  { object: 'globalThis', property: 'planner', message: 'Reach the main process through renderer/api.ts (the controller gets it as a parameter).' },
];

// The renderer's area folders: each is one screen (or the frame around them) and imports none of
// the others. What two of them need goes to components/, state/ or shared/; renderer/areas.ts and
// app.tsx, outside every area, put them together.
const rendererAreas = ['wizard', 'checklists', 'risks', 'brief', 'cover', 'welcome', 'shell'];
const rendererImports = {
  paths: [{ name: 'electron', message: 'The renderer reaches Electron only through window.planner (renderer/api.ts).' }],
  patterns: [...nodeBuiltinPatterns, '**/electron/**'],
};
const otherAreas = (area) => ({
  // `../risks/x`, `../../renderer/risks/x`: a step up and into another area folder.
  regex: `^(\\.\\./)+(renderer/)?(${rendererAreas.filter((other) => other !== area).join('|')})(/|$)`,
  message: `renderer/${area}/ does not import another area folder: move what both need to renderer/components/, renderer/state/ or shared/.`,
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node programs: the tests (the browser specs also run code in the page), tool configs, the CLI launcher.
    files: ['test/**/*.{ts,tsx,mjs,cjs,js}', '*.config.{ts,js}', 'bin/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrictImports(rendererImports),
      'no-restricted-globals': noGlobals(nodeOnlyGlobals, 'The renderer runs in a sandboxed page: Node is not there.'),
      'no-restricted-properties': ['error', ...plannerBridge],
    },
  },
  ...rendererAreas.map((area) => ({
    files: [`renderer/${area}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrictImports({ ...rendererImports, patterns: [{ group: rendererImports.patterns }, otherAreas(area)] }) },
  })),
  {
    files: ['renderer/api.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // shared/ is pure: no Electron, no Node, no DOM, nothing of ours outside itself.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: globals.es2024 },
    rules: {
      'no-restricted-imports': restrictImports({
        paths: ['electron', 'react'],
        patterns: [...nodeBuiltinPatterns, '**/electron/**', '**/renderer/**'],
      }),
      // tsc cannot hold this line alone: @types/pdfmake pulls Node's types into shared/'s program.
      'no-restricted-globals': noGlobals([...nodeOnlyGlobals, ...browserOnlyGlobals], 'shared/ is pure TypeScript: no Node and no DOM globals.'),
      'no-restricted-properties': ['error', ...plannerBridge],
    },
  },
  {
    // The main process and the preload: Node, and Electron's cross-process objects only in their wrappers.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': restrictImports({ paths: electronWrappers, patterns: ['**/renderer/**'] }),
      'no-restricted-syntax': ['error', ...electronWrapperAccess],
    },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': restrictImports({ paths: electronWrappers.slice(1), patterns: ['**/renderer/**'] }),
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['electron/preload/index.ts'],
    rules: {
      'no-restricted-imports': restrictImports({ paths: electronWrappers.slice(0, 1), patterns: ['**/renderer/**'] }),
      'no-restricted-syntax': 'off',
    },
  },
  {
    // Services run under Node tests and the browser host: never import Electron there.
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': restrictImports({ paths: ['electron'], patterns: ['**/renderer/**', '**/main/**'] }) },
  },
);
