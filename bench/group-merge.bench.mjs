// Groups (issue 10): merging a 60-member department's works (about 5,000 distinct, several
// hundred shared between members, 150 preprints with their published versions) — mergeWorks
// alone, and buildGroup (merge + member links + outside co-authors). Median and p95 over runs.
// Target: the merge of a 60-member group with 5,000 merged works in <= 50 ms.
export const name = 'group-merge';

const RUNS = 25;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

export async function run({ browser, baseUrl, log }) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  await page.goto(`${baseUrl}/bench/pages/group-merge.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.groupBench?.ready, null, { timeout: 60_000 });
  const input = await page.evaluate(() => window.groupBench.inputWorks);
  // Warm-up (not reported).
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) window.groupBench.build();
  });
  const rows = [];
  for (const step of ['merge', 'build']) {
    const times = [];
    let last;
    for (let i = 0; i < RUNS; i++) {
      last = await page.evaluate((s) => window.groupBench[s](), step);
      times.push(last.ms);
    }
    rows.push({
      step: step === 'merge' ? 'mergeWorks' : 'buildGroup (merge + links + co-authors)',
      members: 60,
      'input works': input,
      'merged works': last.works,
      'med ms': median(times),
      'p95 ms': p95(times),
      'min ms': Math.min(...times),
      'target ms': 50,
    });
  }
  await page.close();
  return rows;
}
