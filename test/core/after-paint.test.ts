/**
 * `afterNextPaint()`: a task after the next animation frame; with no frames to wait for (a hidden
 * page, or one hidden while waiting) the next task, so that nothing waits for the page to be shown.
 */
import { expect } from '@open-wc/testing';
import { afterNextPaint } from '../../src/core/after-paint.js';

describe('afterNextPaint', () => {
  it('resolves after the next animation frame', async () => {
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await afterNextPaint();
    expect(framed).to.equal(true);
  });

  describe('with no frames coming', () => {
    const raf = window.requestAnimationFrame;
    let visibility: PropertyDescriptor | undefined;
    beforeEach(() => {
      window.requestAnimationFrame = () => 0; // frames never come
      visibility = Object.getOwnPropertyDescriptor(document, 'visibilityState');
    });
    afterEach(() => {
      window.requestAnimationFrame = raf;
      if (visibility) Object.defineProperty(document, 'visibilityState', visibility);
      else delete (document as { visibilityState?: unknown }).visibilityState;
    });

    it('resolves in a hidden page', async () => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      await afterNextPaint();
    });

    it('resolves when the page is hidden while it waits', async () => {
      let settled = false;
      const done = afterNextPaint().then(() => (settled = true));
      await new Promise((r) => setTimeout(r, 0));
      expect(settled, 'still waiting for a frame').to.equal(false);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      await done;
      expect(settled).to.equal(true);
    });
  });
});
