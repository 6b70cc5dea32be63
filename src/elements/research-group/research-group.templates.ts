/** The group page (no children): header, members by role, the merged publications, the graph. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '../../core/i18n.js';
import { formatRetrieved } from '../../core/saved-copy.js';
import { safeUrl } from '../../core/safe-url.js';
import type { GroupMember, LoadedGroup, RoleKind } from '../../data/group/model.js';
import type { Profile } from '../../data/schema.js';
import { NOT_GIVEN } from './group-code.js';

/** Members in display order, cut into runs of one role (leads, each role in roster order, alumni). */
export function roleGroups(members: readonly GroupMember[]): { kind: RoleKind; role: string; members: GroupMember[] }[] {
  const out: { kind: RoleKind; role: string; members: GroupMember[] }[] = [];
  for (const m of members) {
    const key = m.roleKind === 'member' ? m.role.trim().toLowerCase() : m.roleKind;
    const last = out[out.length - 1];
    const lastKey = last && (last.kind === 'member' ? last.role.trim().toLowerCase() : last.kind);
    if (last && lastKey === key) last.members.push(m);
    else out.push({ kind: m.roleKind, role: m.role, members: [m] });
  }
  return out;
}

/** The profile a member's card shows: the roster's `name` wins over the source's. Cached per member. */
const cardProfiles = new WeakMap<GroupMember, Profile>();
function cardProfile(m: GroupMember): Profile {
  let p = cardProfiles.get(m);
  if (!p) cardProfiles.set(m, (p = m.name === m.profile!.name ? m.profile! : { ...m.profile!, name: m.name }));
  return p;
}

function roleLabel(lang: string, kind: RoleKind, role: string): string {
  if (kind === 'lead') return msg(lang, 'roleLead');
  if (kind === 'alumni') return msg(lang, 'roleAlumni');
  return role.trim().toLowerCase() === 'member' ? msg(lang, 'roleMember') : role;
}

/** Under a member shown from the saved copy at its `fallbackSrc` (its `src` failed). */
function savedCopy(lang: string, retrieved: string | null): TemplateResult {
  const date = formatRetrieved(retrieved, lang);
  return html`<p class="saved-copy" part="member-saved-copy" role="note">${date ? msg(lang, 'savedCopyFrom', { date }) : msg(lang, 'savedCopy')}</p>`;
}

/**
 * The room a member's compact card takes, kept before it is shown (see `.member` in the styles):
 * taller with a trust badge (its own row, as the card shows it) than without.
 */
function room(m: GroupMember): string {
  return m.available && m.profile?.trust ? 'with-badge' : '';
}

function member(lang: string, m: GroupMember, level: number): TemplateResult {
  if (m.available) {
    return html`<li class="member ${room(m)}" part="member">
      <researcher-card part="member-card" variant="compact" heading-level=${level} .profile=${cardProfile(m)}></researcher-card>
      ${m.fallback ? savedCopy(lang, m.retrieved ?? null) : nothing}
    </li>`;
  }
  const reason = m.error?.message === NOT_GIVEN ? msg(lang, 'memberNotGiven') : (m.error?.message ?? '');
  return html`<li class="member unavailable" part="member member-unavailable">
    <p class="member-name" part="member-name">${m.name}</p>
    <p class="member-reason" part="member-reason">${msg(lang, 'memberUnavailable', { reason })}</p>
  </li>`;
}

/**
 * How much of a big group's page is shown yet (`LayoutStage`): the header and the publications
 * first, then the members' cards, then the graph, each added in a task of its own. Until its
 * stage, a section holds a placeholder of the room it will take (a card's, the graph's), so
 * that what is already shown does not move when it comes (no layout shift: on a phone the
 * members come above the publications, on a wide page the graph does).
 */
export const LayoutStage = { List: 1, Members: 2, All: 3 } as const;
export type LayoutStage = (typeof LayoutStage)[keyof typeof LayoutStage];

export function renderGroupLayout(lang: string, group: LoadedGroup, level: number, stage: LayoutStage = LayoutStage.All): TemplateResult {
  const g = group.group;
  const sub = Math.min(6, level + 1);
  const sub2 = Math.min(6, level + 2);
  const aria = (n: number, natural: number) => ifDefined(n !== natural ? String(n) : undefined);
  const affUrl = safeUrl(g.affiliation?.url);
  const home = safeUrl(g.links?.homepage);
  const c = group.counts;
  return html`<div class="container">
    <div class="layout" part="layout">
      <header class="header" part="header">
        <h2 class="name" part="name" aria-level=${aria(level, 2)}>
          ${home ? html`<a part="name-link" href=${home} rel="noopener">${g.name}</a>` : g.name}
        </h2>
        ${g.headline ? html`<p class="headline" part="headline">${g.headline}</p>` : nothing}
        ${g.affiliation
          ? html`<p class="affiliation" part="affiliation">
              ${affUrl ? html`<a href=${affUrl} rel="noopener">${g.affiliation.name}</a>` : g.affiliation.name}
            </p>`
          : nothing}
        <ul class="counts" part="counts">
          <li part="count">${msg(lang, 'groupCountMembers', { count: c.members })}</li>
          <li part="count">${msg(lang, 'groupCountWorks', { count: c.works })}</li>
          <li part="count">${msg(lang, 'groupCountCollaborators', { count: c.collaborators })}</li>
        </ul>
      </header>
      <section class="panel members-section" part="members-section" aria-labelledby="members-heading" aria-busy=${ifDefined(stage < LayoutStage.Members ? 'true' : undefined)}>
        <h3 class="section-heading" part="section-heading" id="members-heading" aria-level=${aria(sub, 3)}>${msg(lang, 'groupMembers')}</h3>
        ${repeat(
          roleGroups(group.members),
          (r, i) => `${i}:${r.role}`,
          (r, i) => html`<div class="role-group ${r.kind}" part="role-group ${r.kind === 'alumni' ? 'role-group-alumni' : ''}">
            <h4 class="role-heading" part="role-heading" id=${`role-${i}`} aria-level=${aria(sub2, 4)}>${roleLabel(lang, r.kind, r.role)}</h4>
            ${stage < LayoutStage.Members
              ? html`<ul class="members" aria-hidden="true">
                  ${r.members.map((m) => html`<li class="member member-placeholder ${room(m)}"></li>`)}
                </ul>`
              : html`<ul class="members" part="members" aria-labelledby=${`role-${i}`}>
                  ${repeat(r.members, (m) => m.id, (m) => member(lang, m, Math.min(6, sub2 + 1)))}
                </ul>`}
          </div>`,
        )}
      </section>
      <div class="main" part="main">
        <section class="panel" part="graph-section" aria-labelledby="graph-heading" aria-busy=${ifDefined(stage < LayoutStage.All ? 'true' : undefined)}>
          <h3 class="section-heading" part="section-heading" id="graph-heading" aria-level=${aria(sub, 3)}>${msg(lang, 'groupGraph')}</h3>
          ${stage < LayoutStage.All ? html`<div class="graph-placeholder" aria-hidden="true"></div>` : html`<collab-graph part="graph"></collab-graph>`}
        </section>
        <publication-list part="publications" heading=${msg(lang, 'groupPublications')} heading-level=${sub} page-size="10"></publication-list>
      </div>
    </div>
  </div>`;
}
