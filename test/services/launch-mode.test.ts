import { describe, expect, it } from 'vitest';
import { launchMode, refusedSwitches } from '../../electron/main/launch-mode';

const devEnv = { ELECTRON_RENDERER_URL: 'http://localhost:5173/', MANDATE_PLANNER_USER_DATA: '/tmp/run-1' };

describe('what the environment may change at launch', () => {
  it('an installed app ignores the dev server and the test data folder', () => {
    expect(launchMode({ ...devEnv, ELECTRON_RENDERER_URL: 'https://attacker.example/' }, true, '/home/ana')).toEqual({ developerTools: false });
    expect(launchMode(devEnv, true, '/home/ana')).toEqual({ developerTools: false });
  });

  it('a development run takes them, with the data folder made absolute', () => {
    expect(launchMode(devEnv, false, '/home/ana')).toEqual({ devServerUrl: 'http://localhost:5173/', userData: '/tmp/run-1', developerTools: true });
    expect(launchMode({ MANDATE_PLANNER_USER_DATA: 'tmp/ud' }, false, '/work')).toEqual({ userData: '/work/tmp/ud', devServerUrl: undefined, developerTools: true });
  });

  it('even in development the page comes only from a dev server on this machine', () => {
    for (const url of ['https://attacker.example/', 'http://192.168.1.5:5173/', 'file:///tmp/x.html', 'nonsense']) {
      expect(launchMode({ ELECTRON_RENDERER_URL: url }, false, '/').devServerUrl, url).toBeUndefined();
    }
    expect(launchMode({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5174' }, false, '/').devServerUrl).toBe('http://127.0.0.1:5174/');
  });

  it('an installed app refuses remote-debugging and inspector switches; a development run allows them', () => {
    const given = new Set(['remote-debugging-port', 'inspect-brk', 'lang']);
    expect(refusedSwitches((name) => given.has(name), true)).toEqual(['remote-debugging-port', 'inspect-brk']);
    expect(refusedSwitches((name) => given.has(name), false)).toEqual([]);
    expect(refusedSwitches(() => false, true)).toEqual([]);
  });
});
