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
});
