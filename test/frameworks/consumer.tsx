// A React 19 app using the elements, compiled by test/frameworks/tsx.node.test.mjs against the
// built package (`researcher-elements` resolves to this package's own exports and dist/ types).
import { useRef, useState } from 'react';
import 'researcher-elements/define.js';
import type {} from 'researcher-elements/react.js';
import {
  ResearcherCard,
  type CollabGraph,
  type FollowRequestEvent,
  type MemberErrorEvent,
  type NodeSelectEvent,
  type Profile,
  type ProfileErrorEvent,
  type ProfileInput,
  type ProfileLoadEvent,
  type PublicationList,
  type ResearcherProfile,
  type TrustBadge,
  type WorkSelectEvent,
} from 'researcher-elements';
import { PublicationList as ListClass } from 'researcher-elements/publication-list.js';
import 'researcher-elements/collab-graph.define.js';
import type { ResearcherCardProps } from 'researcher-elements/react.js';
// A profile in the documented JSON format, imported as a module (resolveJsonModule): TypeScript
// widens `"version": 1` to number, which the input type accepts.
import wuhui from './wuhui-chen.json';

const data: ProfileInput = { version: 1, id: 'wuhui-chen', name: 'Wuhui Chen' };
const fromJson: ProfileInput = wuhui;

export function LabPage({ onFollow }: { onFollow: (e: FollowRequestEvent) => void }) {
  const card = useRef<ResearcherCard>(null);
  const list = useRef<PublicationList>(null);
  const graph = useRef<CollabGraph>(null);
  const provider = useRef<ResearcherProfile>(null);
  const badge = useRef<TrustBadge>(null);
  const [loaded, setLoaded] = useState<Profile | null>(null);

  return (
    <main>
      <researcher-card src="https://api.openalex.org/authors/A5023888391" fallback-src="/snapshots/A5023888391.json" />
      <publication-list src="https://api.openalex.org/authors/A5023888391" fallbackSrc="/snapshots/A5023888391.json" />

      <researcher-profile ref={provider} src="/data/wuhui-chen.json" heading-level="1" structured-data theme="auto">
        <researcher-card
          ref={card}
          className="lab-card"
          id="pi"
          variant="compact"
          heading-level={3}
          structured-data
          onprofile-load={(e) => setLoaded(e.detail.profile)}
          onprofile-error={(e: ProfileErrorEvent) => console.warn(e.detail.message, e.detail.status)}
          onfollow-request={(e) => {
            e.preventDefault();
            onFollow(e);
          }}
          onclaim-request={(e) => e.detail.profile.links.claim}
        >
          <a href="/people/wuhui-chen">Wuhui Chen</a>
        </researcher-card>
        <trust-badge ref={badge} score="11" level="1" label="Unverified" claimed={false} />
        <publication-list
          ref={list}
          group-by="year"
          page-size={12}
          limit={5}
          year-from="2020"
          controls="search sort"
          sort="cited"
          heading="Selected publications"
          onwork-select={(e: WorkSelectEvent) => console.log(e.detail.work.title)}
        />
        <collab-graph ref={graph} mode="full" max-nodes="200" kinds="person topic" onnode-select={(e: NodeSelectEvent) => e.detail.node.kind} />
      </researcher-profile>

      {/* Objects go to properties (React 19 sets a property when the element has one). */}
      <researcher-card profile={data} headingLevel={2} maxWorks={50} timeout={5000} />
      <researcher-profile profile={loaded} onprofile-load={(e: ProfileLoadEvent) => e.detail.warnings.length} />
      <publication-list profile={data} structuredData />
      <collab-graph profile={wuhui} />
      <researcher-card profile={fromJson} />
      {/* One researcher from several sources, cross-linked (issue 14): attribute and property spellings. */}
      <researcher-profile src="0000-0002-1825-0097" also="https://lab.example.org/ada.bib" link-sources="false" />
      <publication-list src="https://orcid.org/0000-0002-1825-0097" sources={['https://api.openalex.org/authors/A42']} linkSources />
      <research-group
        group={{ name: 'Chen Lab', members: [{ role: 'lead', profile: wuhui }] }}
        heading-level="2"
        max-works={100}
        onmember-error={(e: MemberErrorEvent) => console.warn(e.detail.member.src, e.detail.message)}
        onprofile-load={(e: ProfileLoadEvent) => e.detail.profile.name}
      />
      <research-group src="/data/lab.json" headingLevel={3} theme="auto">
        <publication-list group-by="year" />
      </research-group>
    </main>
  );
}

// The classes are real values (define, version) and the props type is reusable.
ResearcherCard.define();
ListClass.define('my-publications');
export const defaults: ResearcherCardProps = { variant: 'full', 'heading-level': 2 };
