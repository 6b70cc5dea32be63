import type { ProfileInput } from '../../src/data/schema.js';

/** The reference page's researcher, written for the project's tests. */
export function referenceProfile(): ProfileInput {
  return {
    version: 1,
    id: 'wuhui-chen',
    name: 'Wuhui Chen',
    headline: 'Wuhui Chen contributes to research discovery and scholarly infrastructure.',
    affiliation: null,
    avatar: null,
    openToCollaborate: true,
    trust: { score: 11, label: 'Unverified', level: 1, claimed: false },
    counts: { followers: 0 },
    links: { profile: 'https://example.org/researchers/wuhui-chen', claim: 'https://example.org/claim/wuhui-chen', explorer: 'https://example.org/explore/wuhui-chen' },
    works: [
      {
        id: 'w1',
        type: 'preprint',
        year: 2024,
        venue: 'arXiv',
        title: 'Training and Serving System of Foundation Models: A Comprehensive Survey',
        abstract: 'Foundation models (e.g., ChatGPT, DALL-E, PengCheng Mind, PanGu-$Σ$) have demonstrated extraordinary performance.',
        doi: '10.48550/arXiv.2401.02643',
        citations: 3,
        authors: [{ name: 'Jiahang Zhou' }, { name: 'Yanyu Chen' }, { name: 'Zicong Hong' }, { name: 'Wuhui Chen', id: 'wuhui-chen' }, { name: 'Yue Yu' }],
        topics: ['t1'],
      },
    ],
    topics: [{ id: 't1', name: 'Distributed computing' }],
    people: [
      { id: 'p1', name: 'Jiahang Zhou' },
      { id: 'p2', name: 'Yanyu Chen' },
      { id: 'p3', name: 'Zicong Hong' },
      { id: 'p4', name: 'Yue Yu' },
    ],
    institutions: [],
  };
}
