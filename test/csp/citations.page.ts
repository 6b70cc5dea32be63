/**
 * Loaded by citations.html under `script-src 'self'; require-trusted-types-for 'script'`: formats
 * citations through the data layer (citeproc-js, a style and a locale loaded lazily, as on a real
 * page) and writes them as text. citations.test.ts reads the result and the page's violations.
 */
import { exportCitations, formatCitations, runsText } from '../../src/data/citations/index.js';
import type { Work } from '../../src/data/schema.js';

const work = {
  id: 'w1',
  type: 'article',
  year: 2021,
  title: 'Drift of Arctic sea ice',
  venue: 'Journal of Geophysical Research',
  doi: '10.1029/2020JC016000',
  authors: [{ name: 'Ana Lima' }, { name: 'Chen, Wuhui' }],
} as Work;

interface CitationsWindow extends Window {
  __citations?: Promise<{ apa: string; html: string; runs: string; ieeeZh: string; bib: string; ris: string; json: string }>;
}

(window as CitationsWindow).__citations = (async () => {
  const [apa] = await formatCitations([work], { style: 'apa' });
  const [html] = await formatCitations([work], { style: 'apa', format: 'html' });
  const [runs] = await formatCitations([work], { style: 'apa', format: 'runs' });
  const [ieeeZh] = await formatCitations([work], { style: 'ieee', locale: 'zh-CN' });
  document.getElementById('apa')!.textContent = apa!;
  document.getElementById('ieee-zh')!.textContent = ieeeZh!;
  // The export files and a download link for one of them, as the list will make them.
  const bib = exportCitations([work], 'bibtex').text;
  const ris = exportCitations([work], 'ris').text;
  const json = exportCitations([work], 'csl-json').text;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([ris], { type: 'application/x-research-info-systems' }));
  a.download = 'citations.ris';
  a.textContent = 'Download RIS';
  document.body.append(a);
  return { apa: apa!, html: html!, runs: runsText(runs!), ieeeZh: ieeeZh!, bib, ris, json };
})();
