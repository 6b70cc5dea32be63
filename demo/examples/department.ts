import '../../src/define.ts';

// The department's publications and network: <research-group src="../data/department/group.json">
// wraps a <publication-list> and a <collab-graph>, which show the merged group. The directory's
// cards load their own member (the data layer caches per URL, so each profile is fetched once).
