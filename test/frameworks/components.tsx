// The React components of researcher-elements/react.js (built with @lit/react), as an app uses
// them; compiled by tsx.node.test.mjs against the built package.
import { useRef, useState } from 'react';
import { CollabGraph, PublicationList, ResearchGroup, ResearcherCard, ResearcherProfile, TrustBadge } from 'researcher-elements/react.js';
import type {
  CollabGraph as CollabGraphElement,
  FollowRequestEvent,
  MemberErrorEvent,
  NodeSelectEvent,
  Profile,
  ProfileInput,
  ResearchGroup as ResearchGroupElement,
  ResearcherCard as ResearcherCardElement,
  WorkSelectEvent,
} from 'researcher-elements';
import wuhui from './wuhui-chen.json';

export function Lab({ data, onFollow }: { data: ProfileInput; onFollow: (e: FollowRequestEvent) => void }) {
  const card = useRef<ResearcherCardElement>(null);
  const graph = useRef<CollabGraphElement>(null);
  const lab = useRef<ResearchGroupElement>(null);
  const [name, setName] = useState('');
  const [loaded, setLoaded] = useState<Profile | null>(null);

  return (
    <>
      <ResearcherProfile src="/data/wuhui-chen.json" headingLevel={1} structuredData theme="auto" className="profile" id="pi" onProfileLoad={(e) => setLoaded(e.detail.profile)}>
        <ResearcherCard
          ref={card}
          variant="compact"
          headingLevel={3}
          slot="card"
          aria-label="Wuhui Chen"
          onClick={(e) => e.button}
          onProfileLoad={(e) => setName(e.detail.profile.name)}
          onProfileError={(e) => console.warn(e.detail.message, e.detail.status)}
          onFollowRequest={(e) => {
            e.preventDefault();
            onFollow(e);
          }}
          onClaimRequest={(e) => e.detail.profile.links.claim}
          onCollaborateRequest={(e) => e.detail.profile.id}
        >
          <a href="/people/wuhui-chen">Wuhui Chen</a>
        </ResearcherCard>
        <TrustBadge score="11" level="1" label="Unverified" claimed={false} hidden={false} />
        <PublicationList groupBy="year" pageSize={12} limit={5} yearFrom={2020} controls="search sort" sort="cited" onWorkSelect={(e: WorkSelectEvent) => e.detail.work.title} />
        <CollabGraph ref={graph} mode="full" maxNodes={200} kinds="person topic" onNodeSelect={(e: NodeSelectEvent) => e.detail.node.kind} />
      </ResearcherProfile>
      <ResearcherCard profile={data} maxWorks={50} timeout={5000} />
      <ResearcherCard profile={wuhui} />
      <ResearcherProfile profile={loaded} onWorkSelect={(e) => e.detail.work.id} onNodeSelect={(e) => e.detail.node.id} />
      <ResearchGroup
        ref={lab}
        group={{ name: 'Chen Lab', members: [{ role: 'lead', profile: wuhui }] }}
        headingLevel={2}
        maxWorks={100}
        theme="dark"
        onMemberError={(e: MemberErrorEvent) => console.warn(e.detail.member.src, e.detail.message, e.detail.status)}
        onProfileLoad={(e) => setName(e.detail.profile.name)}
        onProfileError={(e) => e.detail.message}
      />
      <ResearchGroup src="/data/lab.json" timeout={5000} onWorkSelect={(e) => e.detail.work.id}>
        <PublicationList groupBy="year" />
      </ResearchGroup>
      <p>{name}</p>
    </>
  );
}
