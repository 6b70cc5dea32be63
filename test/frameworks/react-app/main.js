// A React 19 app using the components of researcher-elements/react.js, built by Vite in
// react-components.node.test.mjs. Plain createElement, so no JSX transform is involved.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicationList, ResearchGroup, ResearcherCard } from 'researcher-elements/react.js';
import profile from './wuhui-chen.json';

window.__seen = [];
const seen = (entry) => window.__seen.push(entry);
// A roster whose lead carries her profile; the second member is given without one (unavailable).
const group = {
  version: 1,
  kind: 'group',
  id: 'chen-lab',
  name: 'Chen Lab',
  members: [
    { src: '/people/wuhui-chen.json', role: 'lead', profile },
    { src: '/people/gone.json', name: 'Gone Member' },
  ],
};

function App() {
  const [size, setSize] = useState(1);
  return h(
    'main',
    null,
    h(ResearcherCard, {
      id: 'card',
      profile,
      headingLevel: 3,
      variant: 'full',
      onProfileLoad: (e) => seen(`profile-load:${e.detail.profile.name}`),
      onFollowRequest: (e) => {
        e.preventDefault();
        seen(`follow-request:${e.detail.profile.id}`);
      },
    }),
    h(PublicationList, { id: 'list', profile, pageSize: size, groupBy: 'year', onWorkSelect: (e) => seen(`work-select:${e.detail.work.id}`) }),
    h(ResearchGroup, {
      id: 'group',
      group,
      headingLevel: 3,
      onProfileLoad: (e) => seen(`group-load:${e.detail.profile.name}`),
      onMemberError: (e) => seen(`member-error:${e.detail.member.name}`),
    }),
    h('button', { id: 'more', type: 'button', onClick: () => setSize(size + 1) }, 'more'),
  );
}

createRoot(document.getElementById('app')).render(h(App));
