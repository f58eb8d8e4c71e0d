/**
 * Keeps the window open while the renderer has unsaved changes: the first close attempt asks the
 * renderer (command 'close-requested'), which shows Save / Discard / Cancel and calls confirmClose
 * when the window may really close. Pure state, so it is tested without Electron.
 */
export interface CloseGuard {
  /** From the renderer's state reports. */
  setDirty(dirty: boolean): void;
  /** Call from the window's 'close' event; returns true when the close may go ahead. */
  onCloseAttempt(event: { preventDefault(): void }): boolean;
  /** The renderer answered Save (and it worked) or Discard: close for real. */
  confirm(): void;
  /** The renderer crashed: nothing left to ask, so never block again. */
  rendererGone(): void;
  /** The crashed page was reloaded: a fresh renderer reports its own state again, so guard as at start. */
  rendererReloaded(): void;
  /** While the renderer hangs nobody can answer, so closing is not blocked (recovery copies keep the work). */
  setResponsive(responsive: boolean): void;
}

export function createCloseGuard(askRenderer: () => void, closeWindow: () => void): CloseGuard {
  let dirty = false;
  let allowed = false;
  let responsive = true;
  return {
    setDirty(value) {
      dirty = value;
    },
    onCloseAttempt(event) {
      if (allowed || !dirty || !responsive) return true;
      event.preventDefault();
      askRenderer();
      return false;
    },
    confirm() {
      allowed = true;
      closeWindow();
    },
    rendererGone() {
      allowed = true;
    },
    rendererReloaded() {
      allowed = false;
      dirty = false;
      responsive = true;
    },
    setResponsive(value) {
      responsive = value;
    },
  };
}
