/**
 * Builds the graph `<collab-graph>` shows, a Lit ReactiveController: at each update (before the
 * render) it builds again when the source, mode, kinds, `max-nodes` or the kinds hidden by the
 * legend changed. A group's result is drawn as the group's graph (`group-model.ts`). The first graph given directly, and any large profile, is built in slices of its
 * own after a first render of the loading state (see `built`); a researcher without co-authors is
 * shown with the works, topics and institutions around them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Profile } from '../../data/schema.js';
import {
  DEFAULT_KINDS,
  KINDS,
  buildGraphSteps,
  drain,
  graphFromDataSteps,
  parseKinds,
  parseMode,
  type Graph,
  type GraphData,
  type GraphMode,
  type NodeKind,
} from './graph-model.js';
import { sliced, yieldToMain } from './layout.js';
import { groupOf } from '../../data/group/derived.js';

/** The group's graph (`group-model.ts`): loaded the first time a group is shown, so a page with one researcher does not pay for it. */
type GroupModule = typeof import('./group-model.js');
let groupModule: GroupModule | null = null;
let groupLoad: Promise<GroupModule | null> | null = null;
function loadGroupModule(): Promise<GroupModule | null> {
  // A chunk that cannot be loaded (offline, a blocked file): the group is drawn as one profile.
  groupLoad ??= import('./group-model.js').then((m) => (groupModule = m)).catch(() => null);
  return groupLoad;
}

/** Works plus people above which a profile's graph is built in slices, after a loading state. */
const LARGE_PROFILE = 600;

const NONE: ReadonlySet<NodeKind> = new Set();

/** What the graph is built from, read at each update. */
export interface GraphInput {
  data: GraphData | null;
  profile: Profile | null;
  mode: string;
  kinds: string | null;
  maxNodes: number;
  hidden: ReadonlySet<NodeKind>;
}

export interface GraphModelOptions {
  input: () => GraphInput;
  /** Sets up the number and plural formats the first render needs (their first use is slow). */
  prepareFormats: () => void;
  /** A graph was taken (null: nothing to show). */
  taken: (model: Graph | null) => void;
}

/** A graph as built: the kinds its legend offers, and whether it fell back to every kind. */
interface Built {
  graph: Graph;
  kinds: readonly NodeKind[];
  fallback: boolean;
}

function* withKinds(steps: Generator<void, Graph, void>, kinds: readonly NodeKind[]): Generator<void, Built, void> {
  return { graph: yield* steps, kinds, fallback: false };
}

export class GraphModelController implements ReactiveController {
  /** The graph on show. */
  model: Graph | null = null;
  /** Counts per kind before the legend hid any. */
  legendCounts: Record<NodeKind, number> | null = null;
  /** The kinds the legend offers (the mode's, the `kinds` asked for, or every kind as a fallback). */
  kinds: readonly NodeKind[] = DEFAULT_KINDS.coauthors;
  /** The researcher has no co-authors: the graph shows works, topics and institutions instead. */
  fallback = false;
  /** The graph is being built in later tasks: show the loading state. */
  deferred = false;
  /** Settles when a deferred build has been taken (the element's updateComplete waits for it). */
  built: Promise<void> | null = null;

  private key: unknown[] = [];
  /** The group's graph could not be loaded: a group is drawn as one profile. */
  private groupFailed = false;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GraphModelOptions,
  ) {
    host.addController(this);
  }

  /** Nodes the graph has with nothing hidden by the legend (hiding never makes it "empty"). */
  get everything(): number {
    const c = this.legendCounts ?? this.model?.counts;
    return c ? KINDS.reduce((sum, k) => sum + c[k], 0) : 0;
  }

  /** Renders a group's members table, once the group's graph is loaded. */
  get membersTable(): GroupModule['membersTable'] | null {
    return groupModule?.membersTable ?? null;
  }

  hostUpdate(): void {
    const { data, profile: given, mode: modeAttr, kinds: kindsAttr, maxNodes, hidden } = this.options.input();
    const source = data ?? given;
    // A group's result (the group as one profile) is drawn from the group: members at the centre.
    const group = data ? undefined : groupOf(given);
    if (group && !groupModule && !this.groupFailed) {
      // Not loaded yet: the loading state, then a new build once it is here.
      const key = [source, 'group-module'];
      if (key.every((v, i) => v === this.key[i])) return;
      this.key = key;
      this.deferred = true;
      const p = loadGroupModule().then((m) => {
        if (!m) this.groupFailed = true;
        this.key = [];
        this.host.requestUpdate();
      });
      this.built = p;
      void p.finally(() => {
        if (this.built === p) this.built = null;
      });
      return;
    }
    const groupSteps = group && groupModule ? groupModule.buildGroupGraphSteps : null;
    const mode: GraphMode = parseMode(modeAttr, !!groupSteps);
    const key = [source, mode, kindsAttr, maxNodes, hidden];
    if (key.every((v, i) => v === this.key[i])) return;
    this.key = key;
    const chosen = parseKinds(kindsAttr);
    const requested = chosen ?? (data ? KINDS : DEFAULT_KINDS[mode]);
    const profile = data ? null : given;
    // A researcher with no co-authors is shown with the works, topics and institutions around them
    // (unless kinds were chosen), rather than as an empty box.
    const canFallBack = !!profile && !groupSteps && !chosen && mode === 'coauthors';
    const steps = (hide: ReadonlySet<NodeKind>): Generator<void, Built, void> | null => {
      const opts = (m: GraphMode, kinds: readonly NodeKind[]) => ({ mode: m, kinds: kinds.filter((k) => k === 'researcher' || !hide.has(k)), maxNodes });
      if (data) return withKinds(graphFromDataSteps(data, opts(mode, requested)), requested);
      if (groupSteps) return withKinds(groupSteps(group!, opts(mode, requested)), requested);
      if (!profile) return null;
      return (function* () {
        const graph = yield* buildGraphSteps(profile, opts(mode, requested));
        if (!canFallBack || hide.has('person') || graph.total > 1) return { graph, kinds: requested, fallback: false };
        return { graph: yield* buildGraphSteps(profile, opts('full', KINDS)), kinds: KINDS, fallback: true };
      })();
    };
    const build = (hide: ReadonlySet<NodeKind>) => {
      const it = steps(hide);
      return it ? drain(it) : null;
    };
    const run = ++this.run;
    const take = (built: Built | null) => {
      const model = built?.graph ?? null;
      this.model = model;
      this.kinds = built?.kinds ?? requested;
      this.fallback = built?.fallback ?? false;
      this.legendCounts = hidden.size ? (build(NONE)?.graph.counts ?? null) : (model?.counts ?? null);
      this.options.taken(model);
    };
    // The first graph given directly, and any large profile, is built in slices of its own after a
    // first render of the loading state; the number and plural formats it needs are set up in a
    // task of their own (their first use costs tens of milliseconds), and it is rendered in another:
    // no single task does it all (the graph on show, if any, stays).
    const large = !!data || (profile?.works?.length ?? 0) + (profile?.people?.length ?? 0) > LARGE_PROFILE;
    if (large && !this.model) {
      this.deferred = true;
      const live = () => run === this.run;
      const p = (async () => {
        await yieldToMain();
        if (!live()) return;
        const built = await sliced(steps(hidden)!, live);
        if (!built) return;
        await yieldToMain();
        if (!live()) return;
        this.options.prepareFormats();
        await yieldToMain();
        if (!live()) return;
        this.deferred = false;
        take(built.value);
        this.host.requestUpdate();
      })();
      this.built = p;
      void p.finally(() => {
        if (this.built === p) this.built = null;
      });
      return;
    }
    this.deferred = false;
    take(build(hidden));
  }
}
