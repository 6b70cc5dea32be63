// A department page on the built CDN file (cdn/research-group.js loaded by a script tag, as a host
// page loads it; run `npm run build` first): a 60-member group with 5,000 merged works (400 shared
// between members) handed to <research-group> as it arrives, and the time until its merged list
// is painted (the frame that shows it has been rendered: a task after that frame's callbacks; the
// tasks and frames that follow, such as the list's filter options filling in, are not counted)
// — the whole group page, and a provider with only a <publication-list> inside. Cold:
// the first time in a fresh page (what a visitor's page pays), one in each of several fresh pages,
// with the main thread's CPU time beside the wall time (the machine is shared). Warm: medians of
// repeated hand-overs in one page. Then the group's graph (members + outside co-authors) against a
// single researcher's graph of the same node count, both from the CDN file, with the frame targets
// of the <collab-graph> bench (<= 1,000 nodes: 55 fps; p95 frame <= 20 ms at 1,000; longest task
// <= 50 ms; settled within 8 s).
// The floor row is the provider path with a 60-member group of 60 works, its list's page size 20:
// the same 20 works painted as the big group's first frame, and a merge of almost nothing. Its
// cold figures are what a fresh page pays to show any group's list (compiling and running the
// code the first time, the first layout and its fonts, the first paint); the big group's cold
// figures minus the floor are what its 5,000 works cost.
// Targets (issue 10): the list shown <= 100 ms after the data arrives; the graph as a single
// researcher's at the same node count; and no task over 50 ms while the group is built and shown
// (the longest task of each cold run: the Long Tasks API's wall time, and the trace's CPU time).
// "CPU in window" columns are the main thread's CPU time from the data's arrival to the painted
// list (between the page's marks; see group-trace.mjs): on a loaded machine the wall time also
// counts the time the page waited for a core, this does not (a quiet machine's wall time is close
// to it). The load average is printed before and after.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { instrument } from './collab-graph.bench.mjs';
import { median, p95, withMainThreadCpu } from './group-trace.mjs';

export const name = 'group-page';

const LAYOUTS = {
  page: 'the whole group page',
  provider: 'provider + <publication-list>',
  // What any group's list costs a fresh page, whatever the group's size: the fixed part of the
  // cold figures above (compiling, the first layout and its fonts, the first paint).
  floor: 'floor: provider + list, the same 60 members with 60 works, 20 shown',
};

const COLD_PAGES = Number(process.env.GROUP_COLD_PAGES) || 5;
const WARM_RUNS = 10;
const SIZES = (process.env.GROUP_GRAPH_SIZES ?? "200,1000").split(",").filter(Boolean).map(Number);
const MEASURE_MS = 3000;

async function open(browser, baseUrl, log) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  await page.goto(`${baseUrl}/bench/pages/group-page.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.groupPage && document.documentElement.dataset.ready === 'true', null, { timeout: 60_000 });
  return { page, context };
}

export async function run({ browser, baseUrl, log }) {
  if (!existsSync('cdn/research-group.js')) throw new Error('cdn/research-group.js is missing: run `npm run build` first.');
  log(`uptime: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (load average, ${os.cpus().length} cores)`);
  const rows = [];
  for (const layout of ['page', 'provider', 'floor']) {
    const cold = [];
    const coldCpu = [];
    const coldWindow = [];
    const longTask = [];
    const longTaskCpu = [];
    let works = 0;
    for (let i = 0; i < COLD_PAGES; i++) {
      const { page, context } = await open(browser, baseUrl, log);
      const { result, cpuMs, cpuLongestMs, cpuWindowMs } = await withMainThreadCpu(page, () => page.evaluate((l) => window.groupPage.listAfterData(l), layout));
      cold.push(result.ms);
      coldCpu.push(cpuMs);
      coldWindow.push(cpuWindowMs);
      longTask.push(result.longestTask);
      longTaskCpu.push(cpuLongestMs);
      works = result.works;
      await context.close();
    }
    const { page, context } = await open(browser, baseUrl, log);
    await page.evaluate((l) => window.groupPage.listAfterData(l), layout); // the first, not reported
    const warm = [];
    const warmWork = [];
    const warmWindow = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const { result: r, cpuWindowMs } = await withMainThreadCpu(page, () => page.evaluate((l) => window.groupPage.listAfterData(l), layout));
      warm.push(r.ms);
      warmWork.push(r.workMs);
      warmWindow.push(cpuWindowMs);
    }
    await context.close();
    log(`${layout}: cold ${cold.map((v) => v.toFixed(0)).join(', ')} ms (main-thread CPU ${coldCpu.map((v) => v.toFixed(0)).join(', ')} ms, in window ${coldWindow.map((v) => v.toFixed(0)).join(', ')} ms); warm median ${median(warm).toFixed(1)} ms (CPU in window ${median(warmWindow).toFixed(1)} ms); longest task ${longTask.map((v) => v.toFixed(0)).join(', ')} ms (CPU ${longTaskCpu.map((v) => v.toFixed(0)).join(', ')} ms)`);
    rows.push({
      measure: `data → merged list painted (${LAYOUTS[layout]})`,
      nodes: '',
      'merged works': works,
      'cold ms (med)': median(cold),
      'cold worst ms': Math.max(...cold),
      'cold CPU ms (med)': median(coldCpu),
      'cold CPU in window ms (med)': median(coldWindow),
      'warm med ms': median(warm),
      'warm CPU in window med ms': median(warmWindow),
      'warm p95 ms': p95(warm),
      'warm work med ms': median(warmWork),
      // The page's longest task while the group is built and shown (cold), wall and main-thread CPU.
      'longest task ms (cold med)': median(longTask),
      'longest task CPU ms (cold med)': median(longTaskCpu),
      target: layout === 'floor' ? '(the floor)' : '≤ 100 (tasks ≤ 50)',
      met: layout === 'floor' ? '' : median(warm) <= 100 && median(cold) <= 100 ? 'yes' : median(warm) <= 100 ? 'warm only' : 'NO',
      'tasks met': layout === 'floor' ? '' : Math.min(median(longTask), median(longTaskCpu)) <= 50 ? 'yes' : 'NO',
    });
  }

  // The live path: the roster and 60 member files from a (fake) network, in fresh pages (loads are
  // kept for the page, so each run is a first load): from the last member's answer to the list.
  {
    const live = [];
    const liveWork = [];
    const liveWindow = [];
    const longTask = [];
    const longTaskCpu = [];
    let requests = 0;
    let works = 0;
    for (let i = 0; i < COLD_PAGES; i++) {
      const { page, context } = await open(browser, baseUrl, log);
      const { result: r, cpuLongestMs, cpuWindowMs } = await withMainThreadCpu(page, () => page.evaluate(() => window.groupPage.listAfterFetch()));
      live.push(r.ms);
      liveWindow.push(cpuWindowMs);
      liveWork.push(r.workMs);
      longTask.push(r.longestTask);
      longTaskCpu.push(cpuLongestMs);
      requests = r.requests;
      works = r.works;
      await context.close();
    }
    log(`live (src): last answer → list painted ${live.map((v) => v.toFixed(0)).join(', ')} ms (CPU in window ${liveWindow.map((v) => v.toFixed(0)).join(', ')} ms; ${requests} requests); longest task ${longTask.map((v) => v.toFixed(0)).join(', ')} ms (CPU ${longTaskCpu.map((v) => v.toFixed(0)).join(', ')} ms)`);
    rows.push({
      measure: 'last member answer → merged list painted (src, provider + <publication-list>, fresh pages)',
      nodes: '',
      'merged works': works,
      'cold ms (med)': median(live),
      'cold worst ms': Math.max(...live),
      'cold CPU in window ms (med)': median(liveWindow),
      'warm work med ms': median(liveWork),
      'longest task ms (cold med)': median(longTask),
      'longest task CPU ms (cold med)': median(longTaskCpu),
      target: '≤ 100 (tasks ≤ 50)',
      met: median(live) <= 100 ? 'yes' : 'NO',
      'tasks met': Math.min(median(longTask), median(longTaskCpu)) <= 50 ? 'yes' : 'NO',
    });
  }

  for (const n of SIZES) {
    const perf = {};
    for (const kind of ['group', 'single']) {
      const { page, context } = await open(browser, baseUrl, log);
      try {
        await page.evaluate(([k, size]) => window.groupPage.prepareGraph(k, size), [kind, n]);
        // From mounting the graph to settled, with the main thread's CPU time per task beside.
        const { result, cpuLongestMs } = await withMainThreadCpu(page, async () => {
          const m = await page.evaluate(() => window.groupPage.mountGraph());
          const f = await page.evaluate((ms) => window.groupPage.frames(ms), MEASURE_MS);
          const settle = await page.evaluate(() => window.groupPage.settle(40000));
          return { ...m, ...f, settle };
        });
        const longest = await page.evaluate(() => window.groupPage.longestTask());
        const m = result;
        perf[kind] = { ...result, longest, cpuLongest: cpuLongestMs };
        log(`${kind} graph, ${m.nodes} nodes (${m.members} members): ready ${m.ready.toFixed(0)} ms, frame median ${m.medianFrame.toFixed(1)} / p95 ${m.p95Frame.toFixed(1)} ms, work median ${m.medianWork.toFixed(2)} / p95 ${m.p95Work.toFixed(2)} ms, settled ${(m.settle / 1000).toFixed(1)} s, longest task ${longest.toFixed(0)} ms (CPU ${cpuLongestMs.toFixed(0)} ms)`);
      } finally {
        await context.close();
      }
    }
    const fps = 1000 / 55;
    const row = (measure, get, target, ok) => rows.push({ measure, nodes: n, group: get(perf.group), 'single researcher': get(perf.single), target, met: ok ? (ok(get(perf.group)) ? 'yes' : 'NO') : '' });
    const r1 = (v) => (Number.isFinite(v) ? Number(v.toFixed(1)) : 'n/a');
    row('graph: median frame ms (rAF delta)', (p) => r1(p.medianFrame), `≤ ${fps.toFixed(1)} (55 fps)`, (a) => a <= fps + 0.5);
    row('graph: p95 frame ms', (p) => r1(p.p95Frame), n === 1000 ? '≤ 20' : '', n === 1000 ? (a) => a <= 20 : undefined);
    row('graph: median work per frame ms', (p) => Number(p.medianWork.toFixed(2)), 'as single', (a) => a <= perf.single.medianWork * 1.2 + 0.2);
    row('graph: p95 work per frame ms', (p) => Number(p.p95Work.toFixed(2)), `≤ ${fps.toFixed(1)}`, (a) => a <= fps);
    row('graph: time to first frame ms', (p) => Math.round(p.ready), '');
    row('graph: settled s', (p) => r1(p.settle / 1000), '≤ 8', (a) => a <= 8);
    row('graph: longest task ms', (p) => Math.round(p.longest), '≤ 50', (a) => a <= 50);
    row('graph: longest task, main-thread CPU ms', (p) => Math.round(p.cpuLongest), '≤ 50', (a) => a <= 50);
  }
  log(`uptime: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  return rows;
}
