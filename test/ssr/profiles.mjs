// Sample profiles for the server-rendering tests (written here, not read from the demo).

/** The reference researcher: one preprint, trust 11, unclaimed. */
export const referenceProfile = {
  version: 1,
  id: 'wuhui-chen',
  name: 'Wuhui Chen',
  headline: 'Wuhui Chen contributes to research discovery and scholarly infrastructure.',
  affiliation: null,
  avatar: null,
  openToCollaborate: true,
  trust: { score: 11, label: 'Unverified', level: 1, claimed: false },
  counts: { followers: 0 },
  links: {
    profile: 'https://example.org/researchers/wuhui-chen',
    claim: 'https://example.org/claim/wuhui-chen',
    explorer: 'https://example.org/explore/wuhui-chen',
  },
  works: [
    {
      id: 'w1',
      type: 'preprint',
      year: 2024,
      venue: 'arXiv',
      title: 'Training and Serving System of Foundation Models: A Comprehensive Survey',
      abstract: 'Foundation models (e.g., ChatGPT, DALL-E, PengCheng Mind, PanGu-$Σ$) have demonstrated extraordinary performance in key technological areas.',
      authors: [
        { name: 'Jiahang Zhou', id: 'p1' },
        { name: 'Yanyu Chen', id: 'p2' },
        { name: 'Zicong Hong', id: 'p3' },
        { name: 'Wuhui Chen', id: 'wuhui-chen' },
        { name: 'Yue Yu', id: 'p4' },
      ],
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
};

/** The reference researcher with seven works (so the list shows its controls), claimed. */
export const richProfile = {
  ...referenceProfile,
  affiliation: { name: 'Sun Yat-sen University', url: 'https://www.sysu.edu.cn/' },
  trust: { score: 72.5, label: 'Verified', level: 2, claimed: true },
  counts: { followers: 1234, citations: 5678 },
  links: { ...referenceProfile.links, contact: 'mailto:wuhui@example.org' },
  works: [
    ...referenceProfile.works,
    ...[2023, 2022, 2022, 2021, 2020, 2019].map((year, i) => ({
      id: `w${i + 2}`,
      type: i % 2 ? 'article' : 'conference-paper',
      year,
      venue: i % 2 ? 'IEEE Transactions on Parallel and Distributed Systems' : 'IEEE INFOCOM',
      title: `Edge scheduling study ${i + 2}`,
      doi: `10.1000/edge.${i + 2}`,
      citations: 10 * (i + 1),
      abstract: `Abstract of study ${i + 2}.`,
      authors: [
        { name: 'Wuhui Chen', id: 'wuhui-chen' },
        { name: 'Zicong Hong', id: 'p3' },
      ],
      topics: ['t1'],
    })),
  ],
};

/** Strings that would run script or break out of the markup if they were written raw. */
export const hostileProfile = {
  version: 1,
  id: 'hostile',
  name: '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">Mallory',
  headline: '<!-- open comment <svg onload=alert(1)> \u2028 line separator',
  affiliation: { name: '<b>Evil</b> Institute', url: 'javascript:window.__pwned=1' },
  avatar: 'javascript:window.__pwned=1',
  trust: { score: 50, label: '"><script>alert(1)</script>', level: 2, claimed: true },
  links: { profile: 'JaVaScRiPt:window.__pwned=1', explorer: ' javascript:alert(1)' },
  works: [
    {
      id: 'w1',
      year: 2020,
      title: '</template><script>window.__pwned=1</script>Title',
      url: 'javascript:window.__pwned=1',
      authors: [{ name: '"><img src=x onerror=alert(1)>' }],
    },
  ],
};
