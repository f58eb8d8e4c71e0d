#!/usr/bin/env node
// The CLI is bundled by electron-vite into out/main/cli.js (`npm run build`).
import process from 'node:process';
import { URL } from 'node:url';

const cli = new URL('../out/main/cli.js', import.meta.url);
import(cli.href).catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/main/cli.js')) {
    process.stderr.write('mandate-planner: the command line is not built yet. Run `npm run build` first.\n');
    process.exitCode = 2;
    return;
  }
  throw error;
});
