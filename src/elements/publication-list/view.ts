/**
 * The list's view: the works matching search, type, years and member, sorted, limited and grouped.
 * Computed once per change of those inputs; a query that extends the last one filters only the
 * last matches (typing stays fast at thousands of works).
 */
import { filterEntries, groupEntries, refines, sortedEntries, type Entry, type Group, type Prepared } from './model.js';
import type { PublicationList } from './publication-list.js';

export interface View {
  /** Matching works in display order (grouped order when grouped), `limit` applied. */
  ordered: Entry[];
  groups: Group[];
  /** Matches before `limit`. */
  matched: number;
}

export class ViewCache {
  view: View | null = null;
  private key: unknown[] = [];
  /** Every match of the current view, before `limit` (what the next keystroke narrows). */
  private matches: Entry[] | null = null;

  compute(host: PublicationList, p: Prepared): View {
    const key = [p, host.query, host.member, host.type, host.yearFrom, host.yearTo, host._sortMode, host._groupMode, host._limit];
    if (this.view && key.every((k, i) => k === this.key[i])) return this.view;
    const sort = host._sortMode;
    const group = host._groupMode;
    // Typing more only narrows the last matches: filter those, not every work again.
    const prev = this.key;
    const narrowing = this.matches && prev[0] === p && key.slice(2, 7).every((k, i) => k === prev[i + 2]) && refines(String(prev[1] ?? ''), host.query);
    const matches = filterEntries(narrowing ? this.matches! : sortedEntries(p, sort), {
      query: host.query,
      types: host._types,
      yearFrom: host._yearFrom,
      yearTo: host._yearTo,
      member: host.member,
    });
    // `limit` keeps the first works in sort order; grouping then arranges those.
    const limited = matches.length > host._limit ? matches.slice(0, host._limit) : matches;
    const groups = groupEntries(limited, group, sort);
    const ordered = group === 'none' ? limited : groups.flatMap((g) => g.entries);
    this.key = key;
    this.matches = matches;
    this.view = { ordered, groups, matched: matches.length };
    return this.view;
  }
}
