// Main-thread CPU time of what a page does while `fn` runs, from a trace (shared by the group
// benches). On a shared, loaded machine a task's wall time includes time the thread was not
// running at all; the CPU time is the page's own work. Returns fn's result with `cpuMs` (all
// main-thread tasks added up), `cpuLongestMs` (the longest one) and `cpuWindowMs`: the CPU time
// between the page's `performance.mark()`s named `re-bench-start` and `re-bench-end` (the last
// of each), a task that straddles a mark counted in proportion — what the measured interval
// itself cost, without the page's set-up before it or the frames after it. NaN without marks.
export async function withMainThreadCpu(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  const result = await fn();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The page's own renderer: the one that wrote the marks, when it did (a trace holds every
  // renderer of the browser, and another page's work is not this page's).
  const markPids = new Set(events.filter((e) => e.cat?.includes('user_timing') && /^re-bench-/.test(e.name)).map((e) => e.pid));
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (!markPids.size || markPids.has(e.pid)))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && typeof e.tdur === 'number' && mains.has(`${e.pid}:${e.tid}`));
  const cpu = tasks.map((e) => e.tdur / 1000);
  const mark = (name) => Math.max(-Infinity, ...events.filter((e) => e.name === name && e.cat?.includes('user_timing')).map((e) => e.ts));
  const from = mark('re-bench-start');
  const to = mark('re-bench-end');
  let cpuWindowMs = NaN;
  if (Number.isFinite(from) && Number.isFinite(to) && to > from) {
    cpuWindowMs = 0;
    for (const t of tasks) {
      const overlap = Math.min(to, t.ts + t.dur) - Math.max(from, t.ts);
      if (overlap > 0 && t.dur > 0) cpuWindowMs += (t.tdur / 1000) * (overlap / t.dur);
    }
  }
  return { result, cpuMs: cpu.reduce((a, b) => a + b, 0), cpuLongestMs: cpu.length ? Math.max(...cpu) : 0, cpuWindowMs };
}

export const median = (xs) => {
  const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
};
export const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
