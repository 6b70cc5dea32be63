/**
 * The API reference of every element, rendered at run time from `custom-elements.json` (the
 * manifest the analyzer generates from the class JSDoc). Lit templates only: every string from the
 * manifest is rendered as text, never parsed as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';

/* The part of the Custom Elements Manifest schema this page reads. */
export interface CemType {
  text: string;
}
export interface CemAttribute {
  name: string;
  type?: CemType;
  default?: string;
  description?: string;
  fieldName?: string;
  inheritedFrom?: { name: string };
}
export interface CemMember {
  kind: 'field' | 'method';
  name: string;
  type?: CemType;
  default?: string;
  description?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: { name: string; type?: CemType; optional?: boolean }[];
  return?: { type?: CemType };
}
export interface CemEvent {
  name?: string;
  type?: CemType;
  description?: string;
}
export interface CemNamed {
  name: string;
  description?: string;
  default?: string;
}
export interface CemElement {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: CemAttribute[];
  members?: CemMember[];
  events?: CemEvent[];
  slots?: CemNamed[];
  cssParts?: CemNamed[];
  cssProperties?: CemNamed[];
}
export interface CemModule {
  path: string;
  declarations?: (CemElement | { kind?: string; name: string })[];
}
export interface CemManifest {
  schemaVersion?: string;
  modules: CemModule[];
}

/** Every declaration with a tag name (abstract bases such as ProfileElement have none). */
export function elementsOf(manifest: CemManifest): CemElement[] {
  const out: CemElement[] = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      const el = decl as CemElement;
      if (el.customElement && el.tagName) out.push(el);
    }
  }
  return out.sort((a, b) => a.tagName!.localeCompare(b.tagName!));
}

/** Public instance fields (no private, protected or static ones). */
export function publicFields(el: CemElement): CemMember[] {
  return (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
  );
}

/** Public instance methods. */
export function publicMethods(el: CemElement): CemMember[] {
  return (el.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
  );
}

/** Named events, once each (the analyzer also lists a nameless entry per dispatched class). */
export function namedEvents(el: CemElement): CemEvent[] {
  const seen = new Map<string, CemEvent>();
  for (const e of el.events ?? []) {
    if (!e.name) continue;
    const known = seen.get(e.name);
    if (!known || (!known.description && e.description)) seen.set(e.name, e);
  }
  return [...seen.values()];
}

/** The description of an attribute, taken from its field when the attribute itself has none. */
function attributeDescription(el: CemElement, attr: CemAttribute): string {
  if (attr.description) return attr.description;
  const field = (el.members ?? []).find((m) => m.name === (attr.fieldName ?? attr.name));
  if (field?.description) return field.description;
  if (attr.name === 'lang') return 'The language of the UI strings; inherited from the page when absent.';
  return '';
}

/** Renders `code spans` of a manifest description as <code>, the rest as text. */
export function prose(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const pieces = text.split(/(`[^`]+`)/g);
  return html`${pieces.map((piece) =>
    piece.length > 2 && piece.startsWith('`') && piece.endsWith('`') ? html`<code>${piece.slice(1, -1)}</code>` : piece,
  )}`;
}

/** Splits a description into paragraphs and list items (the JSDoc uses blank lines and "- "). */
export function longDescription(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const blocks = text.split(/\n\s*\n/);
  return html`${blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*(- |\s{2,}\S)/.test(l)) && /^\s*- /.test(lines[0]!)) {
      const items: string[] = [];
      for (const l of lines) {
        if (/^\s*- /.test(l)) items.push(l.replace(/^\s*- /, ''));
        else items[items.length - 1] += ' ' + l.trim();
      }
      return html`<ul>${items.map((i) => html`<li>${prose(i)}</li>`)}</ul>`;
    }
    return html`<p>${prose(lines.map((l) => l.trim()).join(' '))}</p>`;
  })}`;
}

const code = (text: string | undefined) => (text ? html`<code>${text}</code>` : html`<span class="none">—</span>`);

interface Column<T> {
  label: string;
  cell: (row: T) => unknown;
  /** The row header (th scope=row). */
  key?: boolean;
}

/**
 * One API table: a caption, column headers with scope, the first cell a row header. Wrapped in
 * a focusable, labelled region that scrolls horizontally on narrow screens.
 */
export function apiTable<T>(id: string, caption: string, rows: T[], columns: Column<T>[]): TemplateResult {
  if (rows.length === 0) {
    return html`<p class="api-empty" data-api=${id}><strong>${caption}:</strong> none.</p>`;
  }
  return html`<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
    <table class="api-table" data-api=${id}>
      <caption id="${id}-caption">${caption} <span class="count">(${rows.length})</span></caption>
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col">${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${columns.map((c) =>
              c.key
                ? html`<th scope="row" data-label=${c.label}>${c.cell(row)}</th>`
                : html`<td data-label=${c.label}>${c.cell(row)}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function methodSignature(m: CemMember): string {
  const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`);
  return `${m.name}(${params.join(', ')})${m.return?.type ? `: ${m.return.type.text}` : ''}`;
}

/** Every API table of one element. */
export function renderApiTables(el: CemElement): TemplateResult {
  const tag = el.tagName!;
  const fields = publicFields(el);
  const methods = publicMethods(el);
  return html`
    ${apiTable(`${tag}-attributes`, `<${tag}> attributes`, el.attributes ?? [], [
      { label: 'Attribute', key: true, cell: (a) => html`<code>${a.name}</code>` },
      { label: 'Type', cell: (a) => code(a.type?.text) },
      { label: 'Default', cell: (a) => code(a.default) },
      { label: 'Property', cell: (a) => code(a.fieldName) },
      { label: 'Description', cell: (a) => prose(attributeDescription(el, a)) },
    ])}
    ${apiTable(`${tag}-properties`, `<${tag}> properties`, fields, [
      { label: 'Property', key: true, cell: (m) => html`<code>${m.name}</code>` },
      { label: 'Type', cell: (m) => code(m.type?.text) },
      { label: 'Default', cell: (m) => code(m.default) },
      {
        label: 'Attribute',
        cell: (m) => (m.attribute ? html`<code>${m.attribute}</code>${m.reflects ? html` <small>(reflects)</small>` : nothing}` : code(undefined)),
      },
      { label: 'Description', cell: (m) => html`${m.readonly ? html`<small>Read-only.</small> ` : nothing}${prose(m.description)}` },
    ])}
    ${apiTable(`${tag}-methods`, `<${tag}> methods`, methods, [
      { label: 'Method', key: true, cell: (m) => html`<code>${methodSignature(m)}</code>` },
      { label: 'Description', cell: (m) => prose(m.description) },
    ])}
    ${apiTable(`${tag}-events`, `<${tag}> events`, namedEvents(el), [
      { label: 'Event', key: true, cell: (e) => html`<code>${e.name}</code>` },
      { label: 'Type', cell: (e) => code(e.type?.text) },
      { label: 'Description', cell: (e) => prose(e.description) },
    ])}
    ${apiTable(`${tag}-slots`, `<${tag}> slots`, el.slots ?? [], [
      { label: 'Slot', key: true, cell: (s) => (s.name ? html`<code>${s.name}</code>` : html`<span>(default)</span>`) },
      { label: 'Description', cell: (s) => prose(s.description) },
    ])}
    ${apiTable(`${tag}-parts`, `<${tag}> CSS parts`, el.cssParts ?? [], [
      { label: 'Part', key: true, cell: (p) => html`<code>${p.name}</code>` },
      { label: 'Description', cell: (p) => prose(p.description) },
    ])}
    ${apiTable(`${tag}-css-properties`, `<${tag}> CSS custom properties`, el.cssProperties ?? [], [
      { label: 'Property', key: true, cell: (p) => html`<code>${p.name}</code>` },
      { label: 'Default', cell: (p) => code(p.default) },
      { label: 'Description', cell: (p) => prose(p.description) },
    ])}
  `;
}
