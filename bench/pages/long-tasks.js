// Harness for bench/long-tasks.bench.mjs: plain JavaScript (no build step), driving the elements
// that /cdn/researcher-elements.js registered. Long tasks come from a PerformanceObserver.
const stage = document.getElementById('stage');
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const tasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
/** Long animation frames (over 50 ms, rendering included), where the browser reports them. */
const frames = [];
if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration });
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** Waits until `done()` holds, then until the main thread has been free of long tasks for `quietMs`. */
async function until(done, quietMs = 1000, timeoutMs = 120000) {
  const t0 = performance.now();
  while (!done()) {
    if (performance.now() - t0 > timeoutMs) throw new Error('timed out');
    await sleep(20);
  }
  const at = performance.now();
  for (;;) {
    await sleep(100);
    const last = tasks.length ? tasks[tasks.length - 1].start + tasks[tasks.length - 1].duration : 0;
    if (performance.now() - Math.max(last, at) >= quietMs) return at;
  }
}

function summary(from, to = performance.now()) {
  const during = tasks.filter((t) => t.start >= from && t.start < to);
  const framesDuring = frames.filter((f) => f.start >= from && f.start < to);
  return {
    longestFrameMs: framesDuring.length ? Math.round(Math.max(...framesDuring.map((f) => f.duration))) : 0,
    longestMs: during.length ? Math.max(...during.map((t) => t.duration)) : 0,
    over50: during.length,
    over100: during.filter((t) => t.duration > 100).length,
    totalMs: during.reduce((s, t) => s + t.duration, 0),
  };
}

/** True once a card shows its researcher's name. */
const named = (el) => !!el?.shadowRoot?.querySelector('[part~="name"]');

/** Mounts a <publication-list> with `src`, waits for its first works, then for quiet. */
async function list(src) {
  await customElements.whenDefined('publication-list');
  stage.replaceChildren();
  await frame();
  const t0 = performance.now();
  const el = document.createElement('publication-list');
  el.setAttribute('src', src);
  stage.append(el);
  const shown = await until(() => el.shadowRoot?.querySelector('[part~="work"]'));
  return { ...summary(t0), firstWorksMs: shown - t0 };
}

/** Types into the mounted list's search box: input → next frame per character. */
async function keystrokes(words = ['graph', 'protein', 'okafor']) {
  const el = stage.querySelector('publication-list');
  const box = el.shadowRoot.querySelector('input[type="search"], #search');
  const times = [];
  const t0 = performance.now();
  for (const word of words) {
    for (let i = 1; i <= word.length; i++) {
      box.value = word.slice(0, i);
      const s = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const target = box.value;
      while (el.query !== target) await sleep(1);
      await el.updateComplete;
      await frame();
      times.push(performance.now() - s - el.debounce);
    }
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    while (el.query !== '') await sleep(5);
    await el.updateComplete;
    await frame();
  }
  await sleep(300);
  return { times, ...summary(t0) };
}

/**
 * `n` cards of one source on a department page: the source is loaded (and cached) first by one
 * card, then `n` cards are mounted at once. Measures until the cards on screen show the name and
 * the page is quiet, then scrolls to the bottom and waits until every card shows it.
 */
async function cards(src, n) {
  await customElements.whenDefined('researcher-card');
  stage.replaceChildren();
  const warm = document.createElement('researcher-card');
  warm.setAttribute('src', src);
  stage.append(warm);
  await until(() => named(warm), 200);
  stage.replaceChildren();
  await frame();
  const grid = document.createElement('div');
  grid.className = 'cards';
  const els = [];
  for (let i = 0; i < n; i++) {
    const c = document.createElement('researcher-card');
    c.setAttribute('src', src);
    c.setAttribute('variant', 'full');
    els.push(c);
  }
  grid.append(...els);
  const t0 = performance.now();
  stage.append(grid);
  const onScreen = () => els.filter((c) => c.getBoundingClientRect().top < innerHeight);
  const visible = await until(() => onScreen().every(named));
  const first = summary(t0);
  const t1 = performance.now();
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
    scrollTo(0, y);
    await frame();
  }
  const all = await until(() => els.every(named), 500);
  const scrolled = summary(t1);
  scrollTo(0, 0);
  return { ...first, visibleMs: visible - t0, scrollLongestMs: scrolled.longestMs, scrollOver50: scrolled.over50, allMs: all - t0 };
}

/**
 * 225 elements from `sources` different URLs (not loaded before), mounted at once: per source six
 * cards (full and compact) and a badge, and for half of the sources a publication list. Measures
 * until every element on screen shows its researcher and the page is quiet.
 */
async function mixed(sources) {
  await customElements.whenDefined('researcher-card');
  stage.replaceChildren();
  await frame();
  const els = [];
  sources.forEach((src, i) => {
    for (let k = 0; k < 6; k++) {
      const c = document.createElement('researcher-card');
      c.setAttribute('src', src);
      c.setAttribute('variant', k % 2 ? 'compact' : 'full');
      els.push(c);
    }
    const b = document.createElement('trust-badge');
    b.setAttribute('src', src);
    els.push(b);
    if (i % 2 === 0) {
      const l = document.createElement('publication-list');
      l.setAttribute('src', src);
      l.setAttribute('page-size', '10');
      els.push(l);
    }
  });
  const grid = document.createElement('div');
  grid.className = 'cards';
  grid.append(...els);
  const t0 = performance.now();
  stage.append(grid);
  const shown = (el) => !!el.shadowRoot?.querySelector('[part~="name"], [part~="score"], [part~="work"]');
  const onScreen = () => els.filter((c) => c.getBoundingClientRect().top < innerHeight);
  const visible = await until(() => onScreen().every(shown));
  return { ...summary(t0), elements: els.length, visibleMs: visible - t0 };
}

window.ltBench = { list, keystrokes, cards, mixed, tasks, ready: true };
