/**
 * The trust of a profile merged from several sources: the identity source's signals (an ORCID
 * record its owner controls, …) plus the cross-source ones, each with its points:
 *
 *  +10  `openalex-linked`  an OpenAlex author record linked to that ORCID iD (the record's
 *                          `orcid` is the ORCID record's iD), when the identity is the ORCID record
 *  + 5  `works-confirmed`  at least one work found in two independent sources (same DOI, work id,
 *                          or title + author + year)
 *
 * The level and claim state stay the identity source's; the score is the sum, at most 100 (an
 * ORCID record scores at most 80 alone, so at most 95 merged). See docs/data-sources.md.
 */
import type { Profile, Trust, TrustSignal } from '../schema.js';
import { orcidOf, sourceName, type SourceKind } from './kinds.js';

export interface MergedPart {
  src: string;
  kind: SourceKind;
  profile: Profile;
}

/** The identity's trust with the cross-source signals added; undefined when the identity has none. */
export function mergedTrust(identity: MergedPart, parts: readonly MergedPart[], works: Profile['works']): Trust | undefined {
  const base = identity.profile.trust;
  if (!base) return undefined;
  const signals: TrustSignal[] = base.signals ? [...base.signals] : [];
  const extra: TrustSignal[] = [];
  const iD = identity.kind === 'orcid' ? orcidOf(identity.profile) : undefined;
  if (iD && parts.some((p) => p.kind === 'openalex' && orcidOf(p.profile) === iD)) {
    extra.push({ id: 'openalex-linked', points: 10, source: 'OpenAlex' });
  }
  const byUrl = new Map(parts.map((p) => [p.src, p]));
  const confirmedBy = new Set<string>();
  for (const w of works) {
    const from = (w.sources ?? []).filter((s) => byUrl.has(s));
    if (from.length < 2) continue;
    for (const s of from) confirmedBy.add(s);
    break;
  }
  if (confirmedBy.size >= 2) {
    const names = [...confirmedBy].map((s) => sourceName(byUrl.get(s)!.kind, s));
    extra.push({ id: 'works-confirmed', points: 5, source: names.join(', ') });
  }
  if (!extra.length) return base;
  return { ...base, score: Math.min(100, base.score + extra.reduce((n, s) => n + s.points, 0)), signals: [...signals, ...extra] };
}
