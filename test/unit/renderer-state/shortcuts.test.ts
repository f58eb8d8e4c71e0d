import { describe, expect, it } from 'vitest';
import { shortcutCommand } from '../../../renderer/shell/shortcuts';

const press = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) =>
  shortcutCommand({ key, ctrlKey: mods.ctrl ?? false, metaKey: mods.meta ?? false, shiftKey: mods.shift ?? false, altKey: mods.alt ?? false });

describe('keyboard shortcuts', () => {
  it('maps the file and edit keys to the menu commands', () => {
    expect(press('n', { ctrl: true })).toBe('new');
    expect(press('o', { ctrl: true })).toBe('open');
    expect(press('s', { ctrl: true })).toBe('save');
    expect(press('S', { ctrl: true, shift: true })).toBe('save-as');
    expect(press('z', { ctrl: true })).toBe('undo');
    expect(press('y', { ctrl: true })).toBe('redo');
    expect(press('Z', { ctrl: true, shift: true })).toBe('redo');
  });

  it('accepts Cmd in place of Ctrl', () => {
    expect(press('s', { meta: true })).toBe('save');
  });

  it('leaves plain typing, Alt combinations and other keys alone', () => {
    expect(press('s')).toBeNull();
    expect(press('z', { shift: true })).toBeNull();
    expect(press('s', { ctrl: true, alt: true })).toBeNull();
    expect(press('a', { ctrl: true })).toBeNull();
    expect(press('N', { ctrl: true, shift: true })).toBeNull();
  });
});
