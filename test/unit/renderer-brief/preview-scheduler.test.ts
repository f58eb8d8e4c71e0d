import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreviewDocument } from '../../../renderer/brief/pdf-document';
import { createPreviewScheduler, PLAN_DEBOUNCE_MS } from '../../../renderer/brief/preview-scheduler';
import type { PreviewState } from '../../../renderer/brief/preview-scheduler';
import { applyEdit, setField } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';

type Built = Result<{ pdfBase64: string; pageCount: number }>;

/** A promise the test settles by hand, to stand for an IPC call still on its way. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const withPaper = (plan: Plan, paper: 'A4' | 'Letter') => applyEdit(plan, setField(['brief', 'paper'], paper));
const withMarking = (plan: Plan, text: string) => applyEdit(plan, setField(['brief', 'classification'], text));

/** A stand-in document that remembers which built PDF it was opened from and whether it was closed. */
interface FakeDocument extends PreviewDocument {
  source: string;
  destroyed: boolean;
}

function harness() {
  const builds: { plan: Plan; reply: ReturnType<typeof deferred<Built>> }[] = [];
  const opened: FakeDocument[] = [];
  const states: PreviewState[] = [];
  const errors: string[] = [];
  let cancels = 0;
  const scheduler = createPreviewScheduler({
    cancel: () => void cancels++,
    build(plan) {
      const reply = deferred<Built>();
      builds.push({ plan, reply });
      return reply.promise;
    },
    decode: (base64) => new TextEncoder().encode(base64),
    async open(bytes) {
      const document: FakeDocument = {
        source: new TextDecoder().decode(bytes),
        destroyed: false,
        pageCount: 1,
        pageSize: { widthPt: 595, heightPt: 842 },
        drawPage: () => Promise.reject(new Error('not drawn in these tests')),
        destroy: () => void (document.destroyed = true),
      };
      opened.push(document);
      return document;
    },
    onChange: (state) => states.push(state),
    onError: (error) => errors.push(error.message),
  });
  const last = () => states.at(-1)!;
  const shownSource = () => (last().document as FakeDocument | null)?.source ?? null;
  /** Answers the newest build with a PDF naming `label`. */
  const answerBuild = async (label: string) => {
    builds.at(-1)!.reply.resolve(ok({ pdfBase64: label, pageCount: 1 }));
    await vi.advanceTimersByTimeAsync(0);
  };
  return { scheduler, builds, opened, states, errors, last, shownSource, answerBuild, cancels: () => cancels };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('the brief preview scheduler', () => {
  it('builds the first preview at once, then waits for a pause in typing before building again', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan);
    expect(h.builds).toHaveLength(1);
    await h.answerBuild('first');
    expect(h.last()).toMatchObject({ busy: null, error: null });
    expect(h.shownSource()).toBe('first');

    const typed = ['R', 'RE', 'RES'].map((text) => withMarking(plan, text));
    for (const next of typed) {
      h.scheduler.update(next);
      await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS / 2);
    }
    expect(h.builds).toHaveLength(1);
    expect(h.last().busy).toBe('waiting');
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.builds).toHaveLength(2);
    expect(h.builds[1]!.plan).toBe(typed[2]);
  });

  it('throws away a brief built for a plan that changed while it was being built', async () => {
    const h = harness();
    const a4 = createSamplePlan();
    const letter = withPaper(a4, 'Letter');
    h.scheduler.update(a4);
    h.scheduler.update(letter);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.builds).toHaveLength(1);

    await h.answerBuild('a4');
    expect(h.opened).toEqual([]);
    expect(h.builds).toHaveLength(2);
    expect(h.builds[1]!.plan).toBe(letter);
    await h.answerBuild('letter');
    expect(h.opened.map((d) => d.source)).toEqual(['letter']);
    expect(h.shownSource()).toBe('letter');
    expect(h.states.some((s) => (s.document as FakeDocument | null)?.source === 'a4')).toBe(false);
  });

  it('stops the build of a plan that changed once the pause is over, and shows the newest plan', async () => {
    const h = harness();
    const a4 = createSamplePlan();
    const letter = withPaper(a4, 'Letter');
    h.scheduler.update(a4);
    h.scheduler.update(letter);
    expect(h.cancels()).toBe(0);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.cancels()).toBe(1);
    // The stopped build answers CANCELLED; nothing is shown or reported for it.
    h.builds[0]!.reply.resolve(fail('CANCELLED', 'Rendering the brief was stopped before it finished.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.errors).toEqual([]);
    expect(h.builds).toHaveLength(2);
    await h.answerBuild('letter');
    expect(h.shownSource()).toBe('letter');
    expect(h.last().error).toBeNull();
  });

  it('does not stop a build that the planner went back to (undo) before the pause was over', async () => {
    const h = harness();
    const a4 = createSamplePlan();
    h.scheduler.update(a4);
    h.scheduler.update(withPaper(a4, 'Letter'));
    h.scheduler.update(a4);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.cancels()).toBe(0);
    await h.answerBuild('a4');
    expect(h.shownSource()).toBe('a4');
  });

  it('closes the document it replaces', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan);
    await h.answerBuild('first');
    h.scheduler.update(withPaper(plan, 'Letter'));
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    await h.answerBuild('second');
    expect(h.opened.map((d) => [d.source, d.destroyed])).toEqual([
      ['first', true],
      ['second', false],
    ]);
  });

  it('going back to the plan on screen (undo) cancels the pending rebuild', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan);
    await h.answerBuild('first');
    h.scheduler.update(withPaper(plan, 'Letter'));
    h.scheduler.update(plan);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS * 2);
    expect(h.builds).toHaveLength(1);
    expect(h.last().busy).toBeNull();
    expect(h.shownSource()).toBe('first');
  });

  it('shows a failed build as an error, then builds again only when asked or when the plan changes', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan);
    h.builds[0]!.reply.resolve(fail('INTERNAL', 'The brief could not be built.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last()).toMatchObject({ document: null, busy: null, error: { message: 'The brief could not be built.' } });
    expect(h.errors).toEqual(['The brief could not be built.']);

    h.scheduler.retry();
    expect(h.builds).toHaveLength(2);
    await h.answerBuild('fixed');
    expect(h.last()).toMatchObject({ busy: null, error: null });
    expect(h.shownSource()).toBe('fixed');
  });

  it('stops a build in progress when the preview leaves the screen', async () => {
    const h = harness();
    h.scheduler.update(createSamplePlan());
    h.scheduler.dispose();
    expect(h.cancels()).toBe(1);
  });

  it('stops and closes the document when the preview leaves the screen', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan);
    await h.answerBuild('brief');
    h.scheduler.update(withPaper(plan, 'Letter'));
    h.scheduler.dispose();
    expect(h.cancels()).toBe(0);
    const statesBefore = h.states.length;
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.builds).toHaveLength(1);
    expect(h.states).toHaveLength(statesBefore);
    expect(h.opened[0]!.destroyed).toBe(true);
  });
});
