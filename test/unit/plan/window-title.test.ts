import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../shared/plan/window-title';

describe('the window title', () => {
  it('names the plan, marks unsaved changes, and falls back to the app name or "Untitled plan"', () => {
    expect(windowTitle(null)).toBe('Mandate Planner');
    expect(windowTitle({ title: 'Karst Basin mission', dirty: false })).toBe('Karst Basin mission — Mandate Planner');
    expect(windowTitle({ title: 'Karst Basin mission', dirty: true })).toBe('• Karst Basin mission — Mandate Planner');
    expect(windowTitle({ title: '', dirty: true })).toBe('• Untitled plan — Mandate Planner');
  });

  it('shows a direction override as a marker, so the title bar cannot be reordered, and says the same in both processes', () => {
    const title = windowTitle({ title: 'Brief\u202Efdp.exe', dirty: false });
    expect(title).not.toContain('\u202E');
    expect(title).toMatch(/^Brief.+fdp\.exe — Mandate Planner$/);
    // The main process gets the title already marked by the handler: marking again changes nothing.
    expect(windowTitle({ title: title.replace(' — Mandate Planner', ''), dirty: false })).toBe(title);
  });
});
