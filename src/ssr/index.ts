/**
 * Server rendering (Node): `<researcher-card>`, `<trust-badge>` and `<publication-list>` as HTML
 * with declarative Shadow DOM, for a static site's build. The HTML shows the researcher and the
 * publications with JavaScript off; in the browser, `researcher-elements/hydrate.js` hydrates it
 * (no loading state, no second fetch, the server's nodes kept).
 *
 * ```js
 * import { renderProfileHtml } from 'researcher-elements/ssr.js';
 * const fragment = await renderProfileHtml({ profile, elements: ['researcher-card', 'publication-list'] });
 * ```
 *
 * Needs `@lit-labs/ssr` (an optional peer dependency: install it where you build the site).
 * See docs/ssr.md.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ProfileLoadError } from '../data/errors.js';
import { messagesReady } from '../core/i18n.js';
import { scriptJson } from '../core/structured-data.js';
import type { Profile } from '../data/schema.js';
import { PublicationList } from '../elements/publication-list/publication-list.js';
import { ResearcherCard } from '../elements/researcher-card/researcher-card.js';
import { TrustBadge } from '../elements/trust-badge/trust-badge.js';
import { bundlerSafeStyles } from './styles.js';
import { profileValidator } from '../data/from-object.js';
import { validator } from '../core/validator.js';

// Every element renders its profile on the server in one pass: validation must be synchronous.
validator.register(profileValidator);

/** The elements that render on the server. */
export const SERVER_RENDERED_ELEMENTS = ['researcher-card', 'trust-badge', 'publication-list'] as const;
export type ServerRenderedElement = (typeof SERVER_RENDERED_ELEMENTS)[number];

/**
 * The library's elements that are not rendered on the server, and why: the message of the
 * `RangeError` thrown when one is listed in `elements` (or, for a group, given as a child).
 */
const NOT_SERVER_RENDERED: Record<string, string> = {
  'collab-graph': "it draws on a canvas in the browser; add it with children: [{ tag: 'collab-graph' }]",
  'research-group':
    'a group is loaded from its roster (each member\'s profile) in the browser, and server rendering takes one profile; ' +
    'write <research-group src="group.json"> in the page, or render each member with renderProfileHtml',
};

/** What {@link renderProfileHtml} renders when `elements` is not given (the card includes the trust badge). */
export const DEFAULT_ELEMENTS: readonly ServerRenderedElement[] = ['researcher-card', 'publication-list'];

/** An attribute value: `true` writes the attribute empty, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Record<string, AttributeValue>;

export interface RenderElementOptions {
  /**
   * The profile, in the library's JSON format (`version: 1`, as `researcher-elements snapshot`
   * writes it): an object or its JSON text. It is validated as in the browser: parts that are
   * invalid are dropped with a `console.warn`, a profile without an id or a name is an error.
   */
  profile: unknown;
  /**
   * The language the elements are written in, put on each element as `lang` so that the server
   * and the browser format numbers and plurals alike. Default `en`. Use your page's language.
   */
  lang?: string;
  /** `light`, `dark` or `auto`, written on each element; unset follows the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * The address of the page the HTML goes into. Relative URLs in the profile (`avatar`, `links`,
   * …) are resolved against it, as the browser would; without it they are an error, since the
   * server could not render what the browser will.
   */
  baseUrl?: string | URL;
}

/**
 * Something else inside the generated `<researcher-profile>`, after the server-rendered elements:
 * - `{ tag: 'collab-graph', attributes: { mode: 'full' } }`: an element the browser renders (the
 *   graph draws on a canvas), written empty with its attributes (validated and escaped as for the
 *   elements); in the browser it takes the embedded profile, with no fetch. Any custom element
 *   tag (a name with a hyphen) is accepted.
 * - `{ html: '<p>…</p>' }`: markup you wrote, inserted as it is. It is not escaped: never put
 *   untrusted text in it.
 */
export type ProfileChild = { tag: string; attributes?: Attributes } | { html: string };

export interface RenderProfileOptions extends RenderElementOptions {
  /** Which elements, in this order. Default: the card and the publication list. */
  elements?: readonly ServerRenderedElement[];
  /** More children of the `<researcher-profile>`, in this order, after `elements`. */
  children?: readonly ProfileChild[];
  /**
   * More attributes, by tag: `{ 'publication-list': { 'group-by': 'year', 'page-size': 200 } }`;
   * `researcher-profile` sets the wrapper's (`id`, `class`, …). Source attributes (`src`,
   * `format`, …), event handlers (`on…`) and `lang`/`theme` (options of their own) are refused.
   */
  attributes?: Partial<Record<ServerRenderedElement | 'researcher-profile', Attributes>>;
}

/** Attributes the server cannot honour: a source would make the browser fetch the profile again. */
const REFUSED: Record<string, string> = {
  src: 'the profile is embedded in the page; a src would make the browser fetch it again',
  format: 'the profile is embedded in the page; it has no format to choose',
  'max-works': 'the profile is embedded in the page; cut its works before rendering instead',
  mailto: 'the profile is embedded in the page; nothing is requested from OpenAlex',
  'api-key': 'an API key must never be written into a page (anyone who reads the page can spend it); the profile is embedded, nothing is requested',
  'fallback-src': 'the profile is embedded in the page; there is no live source to fall back from',
  timeout: 'the profile is embedded in the page; nothing is requested',
  lang: 'give the lang option instead (it is written on every element)',
  theme: 'give the theme option instead (it is written on every element)',
  'defer-hydration': 'hydration is managed by the renderer',
};

let defined = false;

/** Registers the elements in the server's registry (Lit SSR's DOM shim), once. */
function defineOnServer(): void {
  if (defined) return;
  ResearcherCard.define();
  TrustBadge.define();
  PublicationList.define();
  defined = true;
}

/** `&`, `<`, `>`, `"` and `'` as character references, for text inside a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that is safe as the text of a `<script type="application/json">`: every `<` is written
 * `\u003c` (so no string in the data can close the script or open a comment), and U+2028/U+2029
 * are escaped too. `JSON.parse` reads it back unchanged.
 */
export const scriptSafeJson: (value: unknown) => string = scriptJson;

/** The profile as an inline `<script type="application/json">` element (what the elements read). */
export function profileScript(profile: Profile): string {
  return `<script type="application/json">${scriptSafeJson(profile)}</script>`;
}

function parseProfile(input: unknown): Profile {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new ProfileLoadError(`The profile is not valid JSON: ${(err as Error).message}`);
    }
  }
  // Throws a ProfileLoadError that names the first problem; logs what it dropped.
  return profileValidator.profileFromObject(value).profile;
}

/** Whether `value` parses as a URL on its own (has a scheme); relative ones do not. */
function isAbsolute(value: string): boolean {
  try {
    new URL(value.trim());
    return true;
  } catch {
    return false;
  }
}

/**
 * The profile with every relative URL resolved against `base`. The elements resolve URLs against
 * the page; the server has no page, so it must be told, or it would render (say) initials where
 * the browser renders the avatar, and hydration would fail.
 */
function resolveUrls(profile: Profile, base: string | URL | undefined): Profile {
  let baseUrl: URL | undefined;
  if (base !== undefined) {
    try {
      baseUrl = new URL(String(base));
    } catch {
      throw new RangeError(`baseUrl: "${String(base)}" is not an absolute address (e.g. https://lab.example.org/people/wuhui/)`);
    }
  }
  const relative: string[] = [];
  const fix = (value: string | null | undefined, path: string): string | null | undefined => {
    if (typeof value !== 'string' || !value.trim() || isAbsolute(value)) return value;
    if (!baseUrl) {
      relative.push(`${path} ("${value.slice(0, 80)}")`);
      return value;
    }
    try {
      return new URL(value.trim(), baseUrl).href;
    } catch {
      return value;
    }
  };
  const p: Profile = structuredClone(profile);
  p.avatar = fix(p.avatar, 'avatar') ?? null;
  if (p.affiliation) p.affiliation.url = fix(p.affiliation.url, 'affiliation.url') ?? undefined;
  for (const key of Object.keys(p.links) as (keyof Profile['links'])[]) p.links[key] = fix(p.links[key], `links.${key}`) ?? undefined;
  p.works.forEach((w, i) => (w.url = fix(w.url, `works[${i}].url`)));
  p.people.forEach((x, i) => (x.url = fix(x.url, `people[${i}].url`) ?? undefined));
  p.institutions.forEach((x, i) => (x.url = fix(x.url, `institutions[${i}].url`) ?? undefined));
  if (relative.length) {
    throw new RangeError(
      `the profile has relative URLs: ${relative.slice(0, 3).join(', ')}${relative.length > 3 ? ` and ${relative.length - 3} more` : ''}; ` +
        'give baseUrl (the address of the page) so the server resolves them as the browser will',
    );
  }
  return p;
}

function checkLang(lang: string | undefined): string {
  const value = lang ?? 'en';
  if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(value)) throw new RangeError(`lang: "${value}" is not a language tag (e.g. en, zh-CN)`);
  return value;
}

function checkTheme(theme: string | undefined): string | undefined {
  if (theme !== undefined && theme !== 'light' && theme !== 'dark' && theme !== 'auto') {
    throw new RangeError(`theme: expected light, dark or auto, not "${theme}"`);
  }
  return theme;
}

/** ` name="value"…` for the attributes, validated; names and values are written escaped. */
function attributeText(tag: string, attrs: Attributes | undefined, fixed: Attributes): string {
  const all: Attributes = { ...fixed };
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new RangeError(`<${tag}> attribute "${name}": only lower-case names of letters, digits and "-" are written`);
    if (name.startsWith('on')) throw new RangeError(`<${tag}> attribute "${name}": event handler attributes are not written`);
    if (REFUSED[name]) throw new RangeError(`<${tag}> attribute "${name}": ${REFUSED[name]}`);
    all[name] = value;
  }
  let text = '';
  for (const [name, value] of Object.entries(all)) {
    if (value === false || value === null || value === undefined) continue;
    text += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

/** Lit SSR's markers for the (never hydrated) outer template: the page has no use for them. */
function stripOuterMarkers(out: string): string {
  const m = /^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?([\s\S]*)<!--\/lit-part-->$/.exec(out);
  return m ? m[1]! : out;
}

/**
 * Renders one element, its shadow DOM as `<template shadowrootmode="open">`, with the profile set
 * as its `profile` property on the server. `extra` goes inside the element after the template.
 */
async function renderElement(tag: ServerRenderedElement, profile: Profile, attrs: string, extra = ''): Promise<string> {
  defineOnServer();
  // The tag comes from a fixed list and `attrs` is built by attributeText (validated names,
  // escaped values): static parts of the template, never data.
  const template = staticHtml`<${unsafeStatic(tag + attrs)} .profile=${profile}></${unsafeStatic(tag)}>`;
  const out = bundlerSafeStyles(stripOuterMarkers(await collectResult(render(template))));
  const close = `</${tag}>`;
  if (!out.endsWith(close)) throw new Error(`researcher-elements: unexpected server output for <${tag}>`);
  return out.slice(0, -close.length) + extra + close;
}

/** A {@link ProfileChild} as HTML: an empty custom element with its attributes, or the caller's markup. */
function childHtml(child: ProfileChild, index: number, lang: string, theme: string | undefined): string {
  if (child && typeof child === 'object' && 'html' in child && typeof child.html === 'string') return child.html;
  const tag = child && typeof child === 'object' && 'tag' in child ? child.tag : undefined;
  if (typeof tag !== 'string' || !/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag)) {
    throw new RangeError(`children[${index}]: expected { tag: 'collab-graph', attributes } (a custom element's name) or { html }`);
  }
  if ((SERVER_RENDERED_ELEMENTS as readonly string[]).includes(tag)) {
    throw new RangeError(`children[${index}]: <${tag}> is rendered on the server; list it in elements instead`);
  }
  if (tag === 'researcher-profile') throw new RangeError(`children[${index}]: <researcher-profile> is the wrapper itself`);
  if (tag === 'research-group') throw new RangeError(`children[${index}]: <research-group> does not show the embedded profile: ${NOT_SERVER_RENDERED[tag]}`);
  const attributes = (child as { attributes?: Attributes }).attributes;
  return `<${tag}${attributeText(tag, attributes, { lang, theme })}></${tag}>`;
}

function checkTag(tag: string): ServerRenderedElement {
  if ((SERVER_RENDERED_ELEMENTS as readonly string[]).includes(tag)) return tag as ServerRenderedElement;
  const why = NOT_SERVER_RENDERED[tag] ? ` (${NOT_SERVER_RENDERED[tag]})` : '';
  throw new RangeError(`<${tag}> is not rendered on the server${why}; the elements that are: ${SERVER_RENDERED_ELEMENTS.join(', ')}`);
}

/**
 * One element with its declarative shadow DOM and the profile as its own inline
 * `<script type="application/json">` child, from which it hydrates:
 * `<researcher-card lang="en"><template shadowrootmode="open">…</template><script type="application/json">…</script></researcher-card>`.
 * For several elements of one profile, {@link renderProfileHtml} embeds the profile once.
 */
export async function renderElementHtml(tag: ServerRenderedElement, options: RenderElementOptions & { attributes?: Attributes }): Promise<string> {
  const el = checkTag(tag);
  const lang = checkLang(options.lang);
  const theme = checkTheme(options.theme);
  await messagesReady(lang); // built-in strings other than English load on demand
  const profile = resolveUrls(parseProfile(options.profile), options.baseUrl);
  const attrs = attributeText(el, options.attributes, { lang, theme });
  return renderElement(el, profile, attrs, profileScript(profile));
}

/**
 * The elements for one profile, as an HTML fragment for a static page: a `<researcher-profile>`
 * with the validated profile as its inline `<script type="application/json">` (embedded once;
 * every element inside hydrates from it), then each element with its shadow DOM rendered as
 * `<template shadowrootmode="open">`. With JavaScript off the page shows everything the
 * elements show at first; `researcher-elements/hydrate.js` makes them interactive.
 *
 * Throws a `ProfileLoadError` for a profile that cannot be shown and a `RangeError` for bad
 * options, each naming the problem.
 */
export async function renderProfileHtml(options: RenderProfileOptions): Promise<string> {
  const tags = (options.elements ?? DEFAULT_ELEMENTS).map(checkTag);
  if (!tags.length) throw new RangeError('elements: give at least one element to render');
  const lang = checkLang(options.lang);
  const theme = checkTheme(options.theme);
  await messagesReady(lang); // built-in strings other than English load on demand
  for (const key of Object.keys(options.attributes ?? {})) {
    if (key !== 'researcher-profile') checkTag(key);
  }
  const profile = resolveUrls(parseProfile(options.profile), options.baseUrl);
  const wrapper = attributeText('researcher-profile', options.attributes?.['researcher-profile'], {});
  const children = (options.children ?? []).map((child, i) => childHtml(child, i, lang, theme));
  const parts = await Promise.all(tags.map((tag) => renderElement(tag, profile, attributeText(tag, options.attributes?.[tag], { lang, theme }))));
  parts.push(...children);
  // The wrapper is not server-rendered: as a provider it only passes its children through, and
  // it upgrades in the browser without changing what is shown.
  return `<researcher-profile${wrapper}>\n${profileScript(profile)}\n${parts.join('\n')}\n</researcher-profile>\n`;
}
