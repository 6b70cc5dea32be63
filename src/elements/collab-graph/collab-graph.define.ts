import { CollabGraph } from './collab-graph.js';

CollabGraph.define();

export { CollabGraph };
