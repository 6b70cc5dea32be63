// TEMPORARY (not committed)
export const name = 'zz-probe';
export async function run({ browser, baseUrl, log }) {
  for (let runNo = 0; runNo < 2; runNo++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/bench/pages/long-tasks.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.ltBench?.ready && customElements.get('publication-list'), null, { timeout: 60000 });
    await page.evaluate(() => window.ltBench.list('/bench/results/data/works-100000.json'));
    const r = await page.evaluate(async () => {
      const el = document.querySelector('publication-list');
      const log = [];
      const wrap = (obj, name, label) => {
        const orig = obj[name];
        obj[name] = function (...a) {
          const t = performance.now();
          try { return orig.apply(this, a); } finally { const d = performance.now() - t; if (d > 8) log.push(`${label}(${JSON.stringify(el.query)}, idx=${!!el._prepared?.search}) ${d.toFixed(0)}`); }
        };
      };
      wrap(el._views, 'compute', 'compute');
      wrap(el, 'update', 'update');
      wrap(el, 'updated', 'updated');
      wrap(el, 'render', 'render');
      wrap(el._controls, 'onSearchInput', 'input');
      const times = (await window.ltBench.keystrokes()).times.map(Math.round);
      return { times, log };
    });
    log(`run ${runNo} keys ${JSON.stringify(r.times)}\n    ${r.log.join('\n    ')}`);
    await page.close();
  }
  return [];
}
