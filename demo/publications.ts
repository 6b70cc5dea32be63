import '../src/elements/publication-list/publication-list.define.ts';
import type { PublicationList } from '../src/elements/publication-list/publication-list.js';
import type { WorkSelectEvent } from '../src/core/events.js';
import type { ProfileInput } from '../src/data/schema.js';
import { generateProfile } from './data/generate.js';

// 5,000 generated works with every control.
const large = document.querySelector<PublicationList>('publication-list#large');
if (large) large.profile = generateProfile({ works: 5000, seed: 7 });

// The citation demos open their first work's "Cite" panel, so a visitor sees the styles at once.
for (const id of ['cite-demo', 'cite-zh']) {
  const list = document.querySelector<PublicationList>(`publication-list#${id}`);
  void (async () => {
    if (!list) return;
    await list.updateComplete; // the first update starts the load
    await list.loadComplete;
    await list.updateComplete;
    list.shadowRoot?.querySelector<HTMLButtonElement>('[part~="cite-toggle"]')?.click();
  })();
}

// The page decides what activating a title does: here it logs and cancels (nothing opens).
const log = document.querySelector('#event-log');
large?.addEventListener('work-select', (e: WorkSelectEvent) => {
  e.preventDefault();
  const { work } = e.detail;
  if (log) log.textContent = `work-select: “${work.title ?? 'Untitled'}” (${work.year ?? 'n.d.'}). Cancelled by the page, so the DOI did not open.`;
});

// Metadata as it arrives from the wild (Crossref JATS, arXiv TeX, HTML entities, junk).
const wild: ProfileInput = {
  version: 1,
  id: 'wuhui-chen',
  name: 'Wuhui Chen',
  works: [
    {
      id: 'tex',
      type: 'preprint',
      year: 2024,
      venue: 'arXiv',
      title: 'Sparse $\\alpha$-helix packing in PanGu-$\\Sigma$ and $^{13}$C NMR of H$_2$O at 10$^{-3}$ M',
      abstract: 'We show that $\\Delta G \\leq 0$ whenever $x \\to \\infty$, for \\textit{de novo} designs in \\emph{E. coli} (Schr\\"odinger, Erd\\H{o}s).',
      doi: 'doi:10.48550/arXiv.2401.02643',
      authors: [{ name: 'Jiahang Zhou' }, { name: 'Wuhui Chen', id: 'wuhui-chen' }],
      citations: 3,
    },
    {
      id: 'jats',
      type: 'journal-article',
      year: 2023,
      venue: 'Journal of R&amp;D &#8211; Methods',
      title: '<jats:title>The <jats:italic>in vivo</jats:italic> role of &#x3B2;-catenin &amp; Wnt</jats:title>',
      abstract: '<jats:title>Abstract</jats:title><jats:p>First paragraph with <jats:sup>2</jats:sup> and caf&eacute; M&uuml;ller.</jats:p><jats:p>Second paragraph &lt;b&gt;not bold&lt;/b&gt;.</jats:p>',
      doi: 'https://doi.org/10.1000/jats.1',
      authors: [{ name: 'Chen, Wuhui' }, { name: 'Ludwig van Beethoven' }],
    },
    {
      id: 'big',
      type: 'article',
      year: 2022,
      venue: 'Physical Review Letters',
      title: 'A collaboration paper with 10,000 authors',
      doi: '10.1000/big',
      citations: 1204,
      authors: Array.from({ length: 10_000 }, (_, i) => (i === 4321 ? { name: 'Wuhui Chen', id: 'wuhui-chen' } : { name: `Author ${i + 1}` })),
    },
    {
      id: 'hostile',
      type: '<b>bold</b>',
      year: 2021,
      venue: '"><svg onload=alert(1)>',
      title: '<img src=x onerror=alert(1)>A title with a script<script>alert(2)</script> and an unbreakable ' + 'x'.repeat(120),
      url: 'javascript:alert(3)',
      authors: [{ name: '<a href="javascript:alert(4)">Mallory</a>' }],
    },
    { id: 'bare' },
  ],
};
const wildList = document.querySelector<PublicationList>('publication-list#wild');
if (wildList) wildList.profile = wild;
