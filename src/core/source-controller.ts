/**
 * Where a profile element finds {@link ProfileSourceController} (the source, the load with
 * `@lit/task`, the provider's result by `@lit/context`), without importing it: every
 * `SourceOptionsElement` (card, list, graph, `<researcher-profile>`) and `<research-group>` hold it
 * statically, so those elements create it in their constructor as always. A `<trust-badge>` on its
 * own does not: from attributes it needs no source, and without them it loads the controller on
 * first use (its own chunk in the CDN build), quietly pending meanwhile.
 */
import { onDemand } from './on-demand.js';
import type { ProfileSourceController } from './profile-source-controller.js';

export const sourceController = onDemand<typeof ProfileSourceController>(() =>
  import('./profile-source-controller-lazy.js').then((m) => m.ProfileSourceController),
);
