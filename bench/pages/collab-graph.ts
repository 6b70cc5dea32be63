/**
 * The benchmark page for <collab-graph> and its peer, force-graph. The bench script
 * (bench/collab-graph.bench.mjs) installs counting wrappers around requestAnimationFrame and the
 * timers before anything here loads, then drives `window.bench`. Each contender is imported only
 * when it is mounted, so a page holds one library.
 */
import { rng } from '../../demo/data/generate.ts';
import type { CollabGraph } from '../../src/elements/collab-graph/collab-graph.ts';
import type { GraphData } from '../../src/elements/collab-graph/graph-model.ts';

type Kind = 'researcher' | 'person' | 'work' | 'topic';
interface BenchNode {
  id: string;
  kind: Kind;
  label: string;
}

/** The same graph for every contender: n nodes, about two links per node, clustered, seeded. */
export function makeGraph(n: number, seed = 1): { nodes: BenchNode[]; links: Array<{ source: string; target: string }> } {
  const r = rng(seed);
  const kinds: Kind[] = ['person', 'person', 'work', 'topic'];
  const nodes: BenchNode[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    kind: i === 0 ? 'researcher' : kinds[Math.floor(r() * kinds.length)]!,
    label: `Node ${i}`,
  }));
  const links: Array<{ source: string; target: string }> = [];
  const seen = new Set<string>();
  for (let i = 1; i < n; i++) {
    // One link to a near, earlier node (a tree that keeps clusters), one to anyone earlier.
    for (const j of [Math.max(0, i - 1 - Math.floor(r() * 20)), Math.floor(r() * i)]) {
      const key = `${j}|${i}`;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      links.push({ source: `n${j}`, target: `n${i}` });
    }
  }
  return { nodes, links };
}

const COLOURS: Record<Kind, string> = { researcher: '#0969da', person: '#8250df', work: '#bc4c00', topic: '#1a7f37' };
const W = 800;
const H = 600;
const ALPHA_DECAY = 1 - Math.pow(0.001, 1 / 180);

interface Mounted {
  kind: 'collab-graph' | 'force-graph';
  t0: number;
  settled: Promise<number>;
  unmount(): void;
  /** Time from mount to the first drawn frame of the running layout (after warm-up for collab-graph). */
  ready: Promise<number>;
}

const B = (window as unknown as { __bench: BenchHooks }).__bench;
interface BenchHooks {
  /** Milliseconds spent inside wrapped requestAnimationFrame callbacks since last reset. */
  work: number;
  /** The unwrapped requestAnimationFrame and setTimeout: the page's own bookkeeping is not counted. */
  raf: (cb: FrameRequestCallback) => number;
  setTimeout: (cb: () => void, ms: number) => number;
  pending(): { raf: number; timeouts: number; intervals: number };
}

let current: Mounted | null = null;
const stage = () => document.querySelector<HTMLElement>('#stage')!;

async function mountCollab(data: GraphData): Promise<Mounted> {
  await import('../../src/elements/collab-graph/collab-graph.define.ts');
  const t0 = performance.now();
  const el = document.createElement('collab-graph') as CollabGraph;
  el.maxNodes = data.nodes.length;
  el.reducedMotion = false;
  el.graph = data;
  stage().append(el);
  const poll = (test: () => boolean) =>
    new Promise<number>((resolve) => {
      const check = () => {
        if (test()) resolve(performance.now() - t0);
        else if (el.isConnected) B.setTimeout(check, 16);
      };
      check();
    });
  return {
    kind: 'collab-graph',
    t0,
    ready: poll(() => !!el.model && el.isSettling === true && !el.shadowRoot?.querySelector('.building:not([hidden])')),
    settled: poll(() => !!el.model && !el.isSettling),
    unmount: () => el.remove(),
  };
}

async function mountForceGraph(data: GraphData): Promise<Mounted> {
  const { default: ForceGraph } = await import('force-graph');
  const t0 = performance.now();
  const div = document.createElement('div');
  stage().append(div);
  let stop!: (ms: number) => void;
  const settled = new Promise<number>((resolve) => (stop = resolve));
  let first!: (ms: number) => void;
  const ready = new Promise<number>((resolve) => (first = resolve));
  let drawn = false;
  const fg = new ForceGraph(div)
    .width(W)
    .height(H)
    .nodeColor((n: object) => COLOURS[(n as BenchNode).kind])
    .nodeLabel('label')
    .d3AlphaDecay(ALPHA_DECAY)
    .d3AlphaMin(0.001)
    .cooldownTime(Infinity)
    .onRenderFramePost(() => {
      if (!drawn) {
        drawn = true;
        first(performance.now() - t0);
      }
    })
    .onEngineStop(() => stop(performance.now() - t0))
    .graphData(structuredClone(data) as never);
  return {
    kind: 'force-graph',
    t0,
    ready,
    settled,
    unmount: () => {
      fg._destructor();
      div.remove();
    },
  };
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

let longest = 0;
/** Tasks that began before this (loading the library, the previous contender) are not counted. */
let since = Infinity;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.startTime >= since) longest = Math.max(longest, e.duration);
}).observe({ type: 'longtask', buffered: true });

const api = {
  makeGraph,
  async mount(kind: 'collab-graph' | 'force-graph', n: number, seed = 1) {
    current?.unmount();
    const data = makeGraph(n, seed);
    // Load the library first: module loading is not what we measure. Nor is the browser's one-time
    // set-up of number formatting (ICU), which the first Intl.NumberFormat on a page pays, whoever
    // creates it (often the page itself): it is measured on its own, in intlSetup().
    await (kind === 'collab-graph' ? import('../../src/elements/collab-graph/collab-graph.define.ts') : import('force-graph'));
    new Intl.NumberFormat(document.documentElement.lang || 'en').format(1);
    await new Promise((r) => B.setTimeout(() => r(0), 50));
    longest = 0;
    since = performance.now();
    current = kind === 'collab-graph' ? await mountCollab(data) : await mountForceGraph(data);
    return { ready: await current.ready };
  },
  /** rAF deltas and the work done inside rAF callbacks per frame, for `ms` or until the layout settles. */
  async frames(ms: number) {
    const deltas: number[] = [];
    const work: number[] = [];
    let settled = false;
    current!.settled.then(() => (settled = true));
    await new Promise<void>((resolve) => {
      let last = 0;
      const end = performance.now() + ms;
      B.work = 0;
      const meter = (t: number) => {
        if (last) {
          deltas.push(t - last);
          work.push(B.work);
        }
        B.work = 0;
        last = t;
        if (performance.now() < end && !settled) B.raf(meter);
        else resolve();
      };
      B.raf(meter);
    });
    return {
      frames: deltas.length,
      medianFrame: percentile(deltas, 50),
      p95Frame: percentile(deltas, 95),
      medianWork: percentile(work, 50),
      p95Work: percentile(work, 95),
      settledDuring: settled,
    };
  },
  async settle(timeoutMs: number) {
    return Promise.race([current!.settled, new Promise<number>((r) => B.setTimeout(() => r(NaN), timeoutMs))]);
  },
  longestTask: () => longest,
  /** When the current mount began (performance.now()). */
  mountedAt: () => since,
  /** The first Intl.NumberFormat of this page: the browser's one-time set-up of number formatting. Call first. */
  intlSetup() {
    const t = performance.now();
    new Intl.NumberFormat('en').format(1);
    return performance.now() - t;
  },
  unmount() {
    current?.unmount();
    current = null;
  },
  /** Mounts and unmounts `count` times (each shown for two frames); reports leftovers and heap growth. */
  async cycles(kind: 'collab-graph' | 'force-graph', count: number, n: number) {
    const gc = (window as unknown as { gc?: () => void }).gc;
    const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const twoFrames = () => new Promise((r) => B.raf(() => B.raf(r)));
    const quiet = () => new Promise((r) => B.setTimeout(() => r(0), 300));
    const once = async () => {
      await api.mount(kind, n, 3);
      await twoFrames();
      api.unmount();
    };
    await once(); // load the code and warm the caches
    await quiet();
    gc?.();
    const before = heap();
    const baseline = B.pending(); // the page's own (e.g. the dev server's client), not the library's
    for (let i = 0; i < count; i++) await once();
    await quiet();
    gc?.();
    await quiet();
    gc?.();
    const after = heap();
    const left = B.pending();
    return {
      raf: left.raf - baseline.raf,
      timeouts: left.timeouts - baseline.timeouts,
      intervals: left.intervals - baseline.intervals,
      heapBeforeMB: before / 2 ** 20,
      heapAfterMB: after / 2 ** 20,
      heapGrowthPct: ((after - before) / before) * 100,
      gc: !!gc,
    };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.documentElement.dataset.ready = 'true';
