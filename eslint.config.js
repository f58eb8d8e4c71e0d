import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'http', 'https', 'net', 'worker_threads']
  .flatMap((m) => [m, `${m}/*`, `node:${m}`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain-Node test scripts (the stand-in smoke test, the package check).
    files: ['test/**/*.{mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: [...nodeBuiltins, '**/electron/**'] }],
    },
  },
  {
    // shared/ is pure: no Electron, no Node, no DOM-only code, nothing of ours outside itself.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', 'react'], patterns: [...nodeBuiltins, '**/electron/**', '**/renderer/**'] }],
    },
  },
  {
    // Services run under Node tests and the browser host: never import Electron there.
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/renderer/**', '**/main/**'] }] },
  },
);
