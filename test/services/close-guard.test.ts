import { describe, expect, it } from 'vitest';
import { createCloseGuard } from '../../electron/main/close-guard';

function closing() {
  let prevented = 0;
  return { event: { preventDefault: () => void prevented++ }, prevented: () => prevented };
}

function guarded() {
  const asked: number[] = [];
  let closes = 0;
  const guard = createCloseGuard(() => asked.push(1), () => void closes++);
  return { guard, asked: () => asked.length, closes: () => closes };
}

describe('closing the window', () => {
  it('closes straight away when there are no unsaved changes', () => {
    const { guard, asked } = guarded();
    const attempt = closing();
    expect(guard.onCloseAttempt(attempt.event)).toBe(true);
    expect(attempt.prevented()).toBe(0);
    expect(asked()).toBe(0);
  });

  it('asks the renderer first when the plan has unsaved changes, and stays open if the planner cancels', () => {
    const { guard, asked } = guarded();
    guard.setDirty(true);
    const attempt = closing();
    expect(guard.onCloseAttempt(attempt.event)).toBe(false);
    expect(attempt.prevented()).toBe(1);
    expect(asked()).toBe(1);
    // Cancel: nothing is confirmed, so a second attempt asks again.
    expect(guard.onCloseAttempt(closing().event)).toBe(false);
    expect(asked()).toBe(2);
  });

  it('closes once the planner saved or discarded', () => {
    const { guard, closes } = guarded();
    guard.setDirty(true);
    guard.onCloseAttempt(closing().event);
    guard.confirm();
    expect(closes()).toBe(1);
    const attempt = closing();
    expect(guard.onCloseAttempt(attempt.event)).toBe(true);
    expect(attempt.prevented()).toBe(0);
  });

  it('never traps the window behind a crashed renderer', () => {
    const { guard } = guarded();
    guard.setDirty(true);
    guard.rendererGone();
    expect(guard.onCloseAttempt(closing().event)).toBe(true);
  });

  it('does not block closing while the renderer hangs, and guards again once it answers', () => {
    const { guard, asked } = guarded();
    guard.setDirty(true);
    guard.setResponsive(false);
    expect(guard.onCloseAttempt(closing().event)).toBe(true);
    guard.setResponsive(true);
    expect(guard.onCloseAttempt(closing().event)).toBe(false);
    expect(asked()).toBe(1);
  });
});
