import '../../src/define.ts';

// The lab page needs no code of its own: <research-group src="../data/lab/group.json"> loads the
// roster, the members' profiles (the PI's card above shares the cached response), merges their
// works and lays out the members, the publications and the collaboration graph.
