import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFilesFromArgv } from '../../electron/main/launch-files';

describe('plan files handed to the app on start or by double-click', () => {
  it('finds .mplan paths among the arguments, resolved against the folder the app was started in', () => {
    const argv = ['/opt/Mandate Planner/mandate-planner', '--no-sandbox', 'plans/Veloria.MPLAN', '/media/usb/Karst basin.mplan', 'notes.txt'];
    expect(planFilesFromArgv(argv, '/home/amara')).toEqual([join('/home/amara', 'plans/Veloria.MPLAN'), '/media/usb/Karst basin.mplan']);
  });

  it('ignores switches, the app itself and repeats', () => {
    const argv = ['/usr/lib/electron/electron', '.', '--inspect=9229', '--open=evil.mplan', '-x.mplan', 'a.mplan', './a.mplan'];
    expect(planFilesFromArgv(argv, '/work')).toEqual(['/work/a.mplan']);
    expect(planFilesFromArgv(['/usr/bin/mandate-planner'], '/work')).toEqual([]);
  });

  it('opens the file a GNOME or KDE file manager passes as a file: URL, decoded', () => {
    const argv = ['/opt/Mandate Planner/mandate-planner', 'file:///home/ana/Plans/V%C3%A9loria%20mission.mplan', 'FILE:///home/ana/JOHNSM~1/%5Bwork%5D%25.MPLAN'];
    expect(planFilesFromArgv(argv, '/home/ana')).toEqual(['/home/ana/Plans/Véloria mission.mplan', '/home/ana/JOHNSM~1/[work]%.MPLAN']);
  });

  it('treats a URL and the path it names as the same file, and skips URLs that name no local plan', () => {
    const argv = ['app', '/home/ana/a b.mplan', 'file:///home/ana/a%20b.mplan', 'file://server/share/x.mplan', 'file:///home/ana/notes.txt', 'file:///bad%2Fslash.mplan'];
    expect(planFilesFromArgv(argv, '/home/ana')).toEqual(['/home/ana/a b.mplan']);
  });

  it('skips an argument too long to be handed to the window, instead of failing the launch', () => {
    expect(planFilesFromArgv(['app', `/${'x'.repeat(5000)}.mplan`, '/ok.mplan'], '/')).toEqual(['/ok.mplan']);
  });
});
