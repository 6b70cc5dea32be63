/**
 * A small live example per element, with the markup it shows. Paths are relative to the docs
 * page (demo/docs.html), the data is the demo's own sample profiles.
 */
import { html, type TemplateResult } from 'lit';

export interface Example {
  /** What the example shows, one sentence. */
  caption: string;
  markup: string;
  template: TemplateResult;
}

export const EXAMPLES: Record<string, Example[]> = {
  'researcher-card': [
    {
      caption: 'From a profile URL, with light-DOM fallback content.',
      markup: `<researcher-card src="data/ada-okafor.json" heading-level="3">
  <a href="https://www.example.org/researchers/ada-okafor">Ada Okafor</a>
</researcher-card>`,
      template: html`<researcher-card src="data/ada-okafor.json" heading-level="3">
        <a href="https://www.example.org/researchers/ada-okafor">Ada Okafor</a>
      </researcher-card>`,
    },
    {
      caption: 'The compact variant, dark.',
      markup: `<researcher-card src="data/wuhui-chen.json" variant="compact" theme="dark" heading-level="3"></researcher-card>`,
      template: html`<researcher-card src="data/wuhui-chen.json" variant="compact" theme="dark" heading-level="3"></researcher-card>`,
    },
  ],
  'trust-badge': [
    {
      caption: 'From plain attributes (no request), one per verification level; press a badge for its explanation.',
      markup: `<trust-badge score="11" level="1" label="Unverified"></trust-badge>
<trust-badge score="78" level="2" label="Verified" claimed></trust-badge>
<trust-badge score="96" level="3" label="Institution verified" claimed></trust-badge>`,
      template: html`<div class="example-row">
        <trust-badge score="11" level="1" label="Unverified"></trust-badge>
        <trust-badge score="78" level="2" label="Verified" claimed></trust-badge>
        <trust-badge score="96" level="3" label="Institution verified" claimed></trust-badge>
      </div>`,
    },
  ],
  'publication-list': [
    {
      caption: 'Three most-cited works with search and sort controls.',
      markup: `<publication-list src="data/ada-okafor.json" limit="3" sort="cited"
  controls="search sort" heading="Most cited" heading-level="3"></publication-list>`,
      template: html`<publication-list
        src="data/ada-okafor.json"
        limit="3"
        sort="cited"
        controls="search sort"
        heading="Most cited"
        heading-level="3"
      ></publication-list>`,
    },
  ],
  'collab-graph': [
    {
      caption: 'The reference researcher and co-authors; the table view is the text alternative.',
      markup: `<collab-graph src="data/wuhui-chen.json"></collab-graph>`,
      template: html`<collab-graph class="example-graph" src="data/wuhui-chen.json"></collab-graph>`,
    },
  ],
  'researcher-profile': [
    {
      caption: 'As a provider: one request, shared by the compact card and the list inside it.',
      markup: `<researcher-profile src="data/ada-okafor.json">
  <researcher-card variant="compact" heading-level="3"></researcher-card>
  <publication-list limit="2" controls="none" heading="Latest" heading-level="3"></publication-list>
</researcher-profile>`,
      template: html`<researcher-profile class="example-provider" src="data/ada-okafor.json">
        <researcher-card variant="compact" heading-level="3"></researcher-card>
        <publication-list limit="2" controls="none" heading="Latest" heading-level="3"></publication-list>
      </researcher-profile>`,
    },
  ],
  'research-group': [
    {
      caption: 'As a provider: one roster, its members loaded and their works merged, shown by the list inside it. Without children it lays out the whole group page.',
      markup: `<research-group src="data/lab/group.json">
  <publication-list limit="3" controls="none" heading="Okafor Lab: latest" heading-level="3"></publication-list>
</research-group>`,
      template: html`<research-group class="example-provider" src="data/lab/group.json">
        <publication-list limit="3" controls="none" heading="Okafor Lab: latest" heading-level="3"></publication-list>
      </research-group>`,
    },
  ],
};
