/** Keyboard shortcuts of the document commands, the same keys the Electron menu shows. */
import type { MenuCommand } from '../../shared/ipc';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press means, or null. Cmd counts as Ctrl so macOS keys work too. */
export function shortcutCommand(press: KeyPress): MenuCommand | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  switch (press.key.toLowerCase()) {
    case 'n':
      return press.shiftKey ? null : 'new';
    case 'o':
      return press.shiftKey ? null : 'open';
    case 's':
      return press.shiftKey ? 'save-as' : 'save';
    case 'z':
      return press.shiftKey ? 'redo' : 'undo';
    case 'y':
      return press.shiftKey ? null : 'redo';
    default:
      return null;
  }
}
