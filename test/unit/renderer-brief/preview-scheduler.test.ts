import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageImage } from '../../../renderer/brief/pdf-pages';
import { createPreviewScheduler, PLAN_DEBOUNCE_MS, SCALE_DEBOUNCE_MS } from '../../../renderer/brief/preview-scheduler';
import type { PreviewState } from '../../../renderer/brief/preview-scheduler';
import { setField, applyEdit } from '../../../shared/plan/edit';
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

/** The PDF "bytes" name the plan they came from, so the test can see which plan was drawn. */
function harness() {
  const builds: { plan: Plan; reply: ReturnType<typeof deferred<Built>> }[] = [];
  const draws: { source: string; scale: number; signal: AbortSignal; finish: () => void }[] = [];
  const released: string[] = [];
  const states: PreviewState[] = [];
  const errors: string[] = [];
  const scheduler = createPreviewScheduler({
    build(plan) {
      const reply = deferred<Built>();
      builds.push({ plan, reply });
      return reply.promise;
    },
    decode: (base64) => new TextEncoder().encode(base64),
    draw(bytes, scale, signal) {
      const source = new TextDecoder().decode(bytes);
      return new Promise<PageImage[]>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('replaced', 'AbortError')));
        draws.push({ source, scale, signal, finish: () => resolve([{ url: `${source}@${scale}`, widthPt: 595, heightPt: 842 }]) });
      });
    },
    release: (pages) => released.push(...pages.map((p) => p.url)),
    onChange: (state) => states.push(state),
    onError: (error) => errors.push(error.message),
  });
  const last = () => states.at(-1)!;
  /** Answers the newest build with a PDF naming `label`. */
  const answerBuild = async (label: string) => {
    builds.at(-1)!.reply.resolve(ok({ pdfBase64: label, pageCount: 1 }));
    await vi.advanceTimersByTimeAsync(0);
  };
  const finishDraw = async () => {
    draws.at(-1)!.finish();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { scheduler, builds, draws, released, states, errors, last, answerBuild, finishDraw };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('the brief preview scheduler', () => {
  it('draws the first preview at once, then waits for a pause in typing before building again', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan, 1);
    expect(h.builds).toHaveLength(1);
    await h.answerBuild('first');
    await h.finishDraw();
    expect(h.last()).toMatchObject({ pages: [{ url: 'first@1' }], busy: null, error: null });

    const typed = ['R', 'RE', 'RES'].map((text) => withMarking(plan, text));
    for (const next of typed) {
      h.scheduler.update(next, 1);
      await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS / 2);
    }
    expect(h.builds).toHaveLength(1);
    expect(h.last().busy).toEqual({ step: 'waiting' });
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.builds).toHaveLength(2);
    expect(h.builds[1]!.plan).toBe(typed[2]);
  });

  it('throws away a brief built for a plan that changed while it was being built', async () => {
    const h = harness();
    const a4 = createSamplePlan();
    const letter = withPaper(a4, 'Letter');
    h.scheduler.update(a4, 1);
    h.scheduler.update(letter, 1);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.builds).toHaveLength(1);

    await h.answerBuild('a4');
    expect(h.draws).toEqual([]);
    expect(h.builds).toHaveLength(2);
    expect(h.builds[1]!.plan).toBe(letter);
    await h.answerBuild('letter');
    await h.finishDraw();
    expect(h.draws.map((d) => d.source)).toEqual(['letter']);
    expect(h.last().pages.map((p) => p.url)).toEqual(['letter@1']);
  });

  it('cancels pages being drawn for an outdated plan and releases the replaced pages', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan, 1);
    await h.answerBuild('first');
    await h.finishDraw();

    const changed = withPaper(plan, 'Letter');
    h.scheduler.update(changed, 1);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    await h.answerBuild('second');
    const drawing = h.draws.at(-1)!;
    h.scheduler.update(withPaper(changed, 'A4'), 1);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(drawing.signal.aborted).toBe(true);

    await h.answerBuild('third');
    await h.finishDraw();
    expect(h.last().pages.map((p) => p.url)).toEqual(['third@1']);
    expect(h.released).toEqual(['first@1']);
  });

  it('redraws a zoom change from the PDF it already has, without building again', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan, 1);
    await h.answerBuild('brief');
    await h.finishDraw();
    h.scheduler.update(plan, 2);
    await vi.advanceTimersByTimeAsync(SCALE_DEBOUNCE_MS);
    expect(h.builds).toHaveLength(1);
    expect(h.draws.map((d) => [d.source, d.scale])).toEqual([
      ['brief', 1],
      ['brief', 2],
    ]);
  });

  it('shows a failed build as an error, then tries again only when asked or when the plan changes', async () => {
    const h = harness();
    const plan = createSamplePlan();
    h.scheduler.update(plan, 1);
    h.builds[0]!.reply.resolve(fail('INTERNAL', 'The brief could not be built.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last()).toMatchObject({ pages: [], busy: null, error: { message: 'The brief could not be built.' } });
    expect(h.errors).toEqual(['The brief could not be built.']);

    h.scheduler.update(plan, 2);
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.builds).toHaveLength(1);

    h.scheduler.retry();
    expect(h.builds).toHaveLength(2);
    await h.answerBuild('fixed');
    await h.finishDraw();
    expect(h.last()).toMatchObject({ pages: [{ url: 'fixed@2' }], error: null });
  });

  it('stops and releases everything when the preview leaves the screen', async () => {
    const h = harness();
    h.scheduler.update(createSamplePlan(), 1);
    await h.answerBuild('brief');
    const drawing = h.draws[0]!;
    h.scheduler.dispose();
    expect(drawing.signal.aborted).toBe(true);
    const statesBefore = h.states.length;
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(h.states).toHaveLength(statesBefore);
  });
});
