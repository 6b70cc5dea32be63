/**
 * Spreads the updates of many elements over several tasks, so that a page which mounts a whole
 * department at once (200 cards from one cached source) never blocks its main thread for long
 * (issue 13 item 8), and renders what is on screen first.
 *
 * Each task may spend {@link RENDER_BUDGET_MS} on mounting and updating the elements that take
 * their turn here (the clock starts when the first of them connects or updates in the task).
 * Elements that would go over it wait for the next task; then the ones on screen (or near it) go
 * first, the rest in the order they asked, which is document order for a page that mounts a list.
 * The page paints between the tasks. Cards further down, whose style and layout
 * `content-visibility: auto` skips while they are off screen, follow.
 *
 * An element rendered inside another element's shadow root (the badge in a card) does not wait:
 * it renders with its parent. On the server nothing waits.
 */
import { isServer } from 'lit';

/** Milliseconds of mounting and updating one task may run before the next elements wait. */
export const RENDER_BUDGET_MS = 20;

let budget = RENDER_BUDGET_MS;
/** When the current task's clock started, or -1 outside a task that started one. */
let taskStart = -1;
interface Waiting {
  el: Element;
  go: () => void;
}
/** Elements waiting for a turn, in the order they asked. */
let waiting: Waiting[] = [];
/** While held (tests), no waiting element is let go. */
let held = 0;
/** Posts a task that ends the current task's budget (and lets the waiting elements go). */
let post: (() => void) | undefined;

/** Which waiting elements are on screen or within half a screen of it. */
let observer: IntersectionObserver | undefined;
const onScreen = new WeakSet<Element>();

function watch(el: Element): void {
  if (typeof IntersectionObserver === 'undefined') return;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) onScreen.add(e.target);
        else onScreen.delete(e.target);
      }
    },
    { rootMargin: '50% 0px' },
  );
  observer.observe(el);
}

function nextTask(): void {
  if (!post) {
    const channel = new MessageChannel();
    channel.port1.onmessage = taskEnded;
    post = () => channel.port2.postMessage(null);
  }
  post();
}

/** A new task: the clock starts again and the waiting elements take their turns. */
function taskEnded(): void {
  taskStart = -1;
  if (held || !waiting.length) return;
  const ready = waiting;
  waiting = [];
  // On screen first, each group in the order it asked. Each resumes in a microtask of this task
  // and asks for its turn again (see renderTurn): the first ones update, the rest wait again.
  const first = ready.filter((w) => onScreen.has(w.el));
  const rest = first.length ? ready.filter((w) => !onScreen.has(w.el)) : ready;
  for (const w of first.length ? [...first, ...rest] : ready) {
    observer?.unobserve(w.el);
    w.go();
  }
}

/**
 * Called by an element just before it updates: `undefined` when it may update now, else a promise
 * that settles when its turn comes (then it asks again). Elements nested in another element's
 * shadow root pass `nested` and never wait.
 */
export function renderTurn(el: Element, nested: boolean): Promise<void> | undefined {
  if (isServer || nested) return undefined;
  if (taskStart < 0 && !held) startClock();
  else if (held || performance.now() - taskStart >= budget) {
    watch(el);
    return new Promise<void>((go) => waiting.push({ el, go }));
  }
  return undefined;
}

/** Waits for the element's turn (asking again each time it is let go), then runs `update`. */
export function whenTurn<T>(el: Element, nested: boolean, update: () => T): T | Promise<T> {
  const turn = renderTurn(el, nested);
  return turn ? turn.then(() => whenTurn(el, nested, update)) : update();
}

/**
 * Starts the current task's clock if it has not started: called when an element connects, so
 * that mounting 200 elements (their callbacks) counts against the budget too.
 */
export function startClock(): void {
  if (isServer || taskStart >= 0) return;
  taskStart = performance.now();
  nextTask();
}

/**
 * For tests: `hold()` keeps every element that asks for a turn waiting until the returned
 * function is called; `budget(ms)` changes the budget (returns the previous one).
 */
export const renderQueueForTests = {
  hold(): () => void {
    held++;
    return () => {
      held--;
      nextTask();
    };
  },
  budget(ms: number): number {
    const previous = budget;
    budget = ms;
    return previous;
  },
  get waiting(): number {
    return waiting.length;
  },
  /** Milliseconds since the current task's clock started (-1: not started). */
  get elapsed(): number {
    return taskStart < 0 ? -1 : performance.now() - taskStart;
  },
};
