import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/browser/chromium-path';

/** A file system where only `present` are executables. */
const only = (...present: string[]) => (path: string) => present.includes(path);

describe('the Chromium the browser tests drive', () => {
  it('is the one CHROMIUM_PATH names, before any system browser', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }, 'linux', only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome/chrome');
    expect(findChromium({ PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/c' }, 'linux', only('/opt/c'))).toBe('/opt/c');
  });

  it('refuses a CHROMIUM_PATH that is not there, instead of quietly testing another browser', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/typo' }, 'linux', only('/usr/bin/chromium'))).toThrow(/CHROMIUM_PATH.*\/opt\/typo/);
  });

  it('else finds a system Chromium or Chrome on PATH, then in its usual place', () => {
    expect(findChromium({ PATH: '/home/ana/bin:/usr/local/bin' }, 'linux', only('/usr/local/bin/google-chrome', '/usr/bin/chromium'))).toBe('/usr/local/bin/google-chrome');
    expect(findChromium({ PATH: '/usr/local/bin' }, 'linux', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium({ PATH: '/usr/bin' }, 'darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const windows = findChromium({ PROGRAMFILES: 'C:/Program Files' }, 'win32', (path) => /Google.Chrome.Application.chrome\.exe$/.test(path));
    expect(windows).toMatch(/^C:\/Program Files.Google.Chrome.Application.chrome\.exe$/);
  });

  it("else leaves the choice to Playwright, which launches its own installed browser", () => {
    expect(findChromium({ PATH: '/usr/bin' }, 'linux', only())).toBeUndefined();
  });
});
