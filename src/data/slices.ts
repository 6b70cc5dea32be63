/**
 * Long work in slices: a step generator does a bounded piece of work per `next()`, and the
 * drivers here run it either at once (`runNow`, for small inputs and synchronous callers) or
 * yielding to the event loop whenever a slice has taken {@link SLICE_MS} (`runSliced`), so that
 * a big profile or `.bib` file never blocks the page for long. A step that yields `true` asks for
 * a break even when the slice has time left (e.g. after each chunk of a big file).
 */

/** Milliseconds of work per slice before the page gets the main thread back. */
export const SLICE_MS = 25;

/** JSON texts shorter than this are parsed at once; longer ones in slices (`json-slices.ts`, loaded then). */
export const SLICED_JSON_CHARS = 1_000_000;

export type Steps<T> = Generator<boolean | void, T, void>;

/**
 * Resolves in a new task: a message-channel hop (not `setTimeout`, which the browser clamps to
 * 4 ms when nested, nor `scheduler.yield()`, whose continuation runs before the page's own tasks).
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Runs every step now. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs the steps in slices of about `sliceMs` (0: a break after every step); rejects with an
 * AbortError when `signal` aborts between slices.
 */
export async function runSliced<T>(steps: Steps<T>, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<T> {
  let end = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (r.value !== true && performance.now() < end) continue;
    await nextTask();
    if (signal?.aborted) throw abortError();
    end = performance.now() + sliceMs;
  }
}
