/**
 * Which Chromium the browser tests drive, found the same way on Linux, macOS and Windows:
 * 1. `CHROMIUM_PATH` (or `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`), when set: used as given;
 * 2. a system Chromium or Chrome on PATH or in its usual place (Debian's /usr/bin/chromium here);
 * 3. otherwise undefined: Playwright launches its own browser (`npx playwright install chromium`).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Where the usual installers put the browser, by platform. */
function usualPlaces(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [join(root, 'Chromium', 'Application', 'chrome.exe'), join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser to launch, or undefined for Playwright's own. A variable naming a missing file
 * throws: a typo there should not quietly test another browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, executable = isExecutable): string | undefined {
  const given = env.CHROMIUM_PATH || env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (given) {
    if (!executable(given)) throw new Error(`CHROMIUM_PATH is set to "${given}", which is not an executable file.`);
    return given;
  }
  const suffix = platform === 'win32' ? '.exe' : '';
  const onPath = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, name + suffix)));
  return [...onPath, ...usualPlaces(platform, env)].find((path) => executable(path));
}
