/**
 * The list's view: the works matching search, type, years and member, sorted, limited and grouped.
 * Computed once per change of those inputs; a query that extends the last one filters only the
 * last matches (typing stays fast at thousands of works).
 *
 * A big list searched before its word index is built (the first seconds after it shows, see
 * search-index.ts), or for a term the index leaves to the keys (one letter: nearly every work
 * has it), would have every key checked in one task: then the search runs in slices instead.
 * The last view stays on screen (the count says "Searching…") until the new matches are there;
 * a newer query cancels the search still running for an older one.
 */
import { nextTask, runSliced } from '../../data/slices.js';
import { filterEntries, filterSteps, groupEntries, refines, sortedEntries, terms, type Entry, type Filter, type Group, type Prepared } from './model.js';
import type { PublicationList } from './publication-list.js';

export interface View {
  /** Matching works in display order (grouped order when grouped), `limit` applied. */
  ordered: Entry[];
  groups: Group[];
  /** Matches before `limit`. */
  matched: number;
}

/** Lists longer than this are searched in slices while they have no word index. */
export const SLICED_SEARCH = 5000;

/** What the view reads of the element. */
export type ViewHost = Pick<
  PublicationList,
  'query' | 'member' | 'type' | 'yearFrom' | 'yearTo' | '_sortMode' | '_groupMode' | '_limit' | '_types' | '_yearFrom' | '_yearTo' | 'requestUpdate'
>;

interface Job {
  key: unknown[];
  ctrl: AbortController;
  done: Promise<void>;
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((k, i) => k === b[i]);

export class ViewCache {
  view: View | null = null;
  private key: unknown[] = [];
  /** Every match of the current view, before `limit` (what the next keystroke narrows). */
  private matches: Entry[] | null = null;
  private job: Job | null = null;

  /** While a search runs in slices: resolves once its matches are the view (or it was cancelled). */
  get searching(): Promise<void> | null {
    return this.job?.done ?? null;
  }

  compute(host: ViewHost, p: Prepared): View {
    const key = [p, host.query, host.member, host.type, host.yearFrom, host.yearTo, host._sortMode, host._groupMode, host._limit];
    if (this.view && same(key, this.key)) {
      this.cancel();
      return this.view;
    }
    if (this.view && this.job && same(key, this.job.key)) return this.view;
    this.cancel();
    const sort = host._sortMode;
    const group = host._groupMode;
    const limit = host._limit;
    // Typing more only narrows the last matches: filter those, not every work again.
    const prev = this.key;
    const narrowing = this.matches && prev[0] === p && key.slice(2, 7).every((k, i) => k === prev[i + 2]) && refines(String(prev[1] ?? ''), host.query);
    const list = narrowing ? this.matches! : sortedEntries(p, sort);
    const filter: Filter = { query: host.query, types: host._types, yearFrom: host._yearFrom, yearTo: host._yearTo, member: host.member };
    const commit = (matches: Entry[]): View => {
      // `limit` keeps the first works in sort order; grouping then arranges those.
      const limited = matches.length > limit ? matches.slice(0, limit) : matches;
      const groups = groupEntries(limited, group, sort);
      const ordered = group === 'none' ? limited : groups.flatMap((g) => g.entries);
      this.key = key;
      this.matches = matches;
      return (this.view = { ordered, groups, matched: matches.length });
    };
    const ts = terms(host.query);
    if (this.view && list.length > SLICED_SEARCH && ts.length && !p.search?.covers(list, ts)) {
      const ctrl = new AbortController();
      const job: Job = { key, ctrl, done: Promise.resolve() };
      // Slices from the next task on, and the new view in a task of its own: neither adds to
      // the keystroke's task or the last slice's.
      job.done = nextTask()
        .then(() => (ctrl.signal.aborted ? Promise.reject(ctrl.signal.reason) : runSliced(filterSteps(list, filter), ctrl.signal)))
        .then(async (matches) => {
          await nextTask();
          if (this.job !== job) return;
          this.job = null;
          commit(matches);
          host.requestUpdate();
        })
        .catch((err: unknown) => {
          // A cancelled search ends quietly; anything else is a bug to see.
          if ((err as Error)?.name !== 'AbortError') throw err;
        });
      this.job = job;
      return this.view;
    }
    return commit(filterEntries(list, filter));
  }

  /** Stops the search running in slices, if any. */
  cancel(): void {
    this.job?.ctrl.abort();
    this.job = null;
  }
}
