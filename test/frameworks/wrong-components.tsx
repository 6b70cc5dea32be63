// Deliberate mistakes with the React components: tsx.node.test.mjs expects an error on each line
// marked "expect-error" and on no other line.
import { CollabGraph, PublicationList, ResearchGroup, ResearcherCard, ResearcherProfile, TrustBadge } from 'researcher-elements/react.js';

export function WrongComponents() {
  return (
    <div>
      <ResearcherCard variant={42} /> {/* expect-error: variant is 'full' | 'compact' */}
      <ResearcherCard onFolowRequest={() => {}} /> {/* expect-error: misspelt event */}
      <ResearcherCard onFollowRequest={(e: string) => e} /> {/* expect-error: the listener gets a FollowRequestEvent */}
      <CollabGraph maxNode={10} /> {/* expect-error: misspelt prop (maxNodes) */}
      <CollabGraph mode="tree" /> {/* expect-error: mode is members | coauthors | full */}
      <PublicationList pageSize="10" /> {/* expect-error: pageSize is a number */}
      <TrustBadge onWorkSelect={() => {}} /> {/* expect-error: the badge fires no work-select */}
      <ResearcherProfile profile="not an object" /> {/* expect-error: profile is an object */}
      <ResearchGroup onMemberErorr={() => {}} /> {/* expect-error: misspelt event (onMemberError) */}
      <ResearchGroup onMemberError={(e: string) => e} /> {/* expect-error: the listener gets a MemberErrorEvent */}
      <ResearchGroup headingLevel="2" /> {/* expect-error: headingLevel is a number */}
      <ResearchGroup variant="compact" /> {/* expect-error: the group has no variant */}
      <ResearcherCard src="/ok.json" />
      <ResearchGroup src="/lab.json" />
    </div>
  );
}
