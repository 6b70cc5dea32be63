// Deliberate mistakes: test/frameworks/tsx.node.test.mjs compiles this file and expects an error
// on each line marked "expect-error" and on no other line.
import type {} from 'researcher-elements/react.js';

export function Wrong() {
  return (
    <div>
      <researcher-card variant={42} /> {/* expect-error: variant is 'full' | 'compact' */}
      <researcher-card colour="red" /> {/* expect-error: no such attribute */}
      <researcher-card heading-level={{}} /> {/* expect-error: heading-level is a number */}
      <researcher-card onprofile-load={(e: string) => e} /> {/* expect-error: the listener gets a ProfileLoadEvent */}
      <trust-badge score={11} /> {/* expect-error: score is a string attribute */}
      <publication-list sort="random" /> {/* expect-error: no such sort */}
      <collab-graph mode="tree" /> {/* expect-error: mode is members | coauthors | full */}
      <researcher-profile profile="not an object" /> {/* expect-error: profile is an object */}
      <research-group theme="blue" /> {/* expect-error: theme is light | dark | auto */}
      <research-group headingLevel="2" /> {/* expect-error: headingLevel is a number */}
      <researcher-card src="/ok.json" />
    </div>
  );
}
