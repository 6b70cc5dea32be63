/**
 * Work that can wait until a first frame is on screen (a big list's filter options, a group
 * page's member cards): `afterNextPaint()` resolves in a task after the next frame is rendered.
 * A hidden page renders no frames: there (or when the page is hidden while waiting) it resolves
 * in the next task instead, so that nothing waits for the page to be shown.
 */
import { nextTask } from '../data/slices.js';

export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState === 'hidden') return nextTask();
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      document.removeEventListener('visibilitychange', go);
      // The frame's callbacks run before it is rendered: the next task runs after.
      void nextTask().then(resolve);
    };
    document.addEventListener('visibilitychange', go);
    requestAnimationFrame(go);
  });
}
