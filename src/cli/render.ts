/// <reference types="node" />
/**
 * `researcher-elements render`: the elements for a profile as server-rendered HTML (declarative
 * Shadow DOM, the profile embedded once for hydration), for a static site's build. It calls the
 * public SSR API (`researcher-elements/ssr.js`, i.e. `src/ssr/index.ts`), loaded only when this
 * command runs, since it needs the optional peer dependency @lit-labs/ssr. See docs/ssr.md.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Attributes, RenderProfileOptions, ServerRenderedElement } from '../ssr/index.js';
import { UsageError, type RenderArgs } from './args.js';
import type { Output } from './output.js';

type Renderer = typeof import('../ssr/index.js');

const usage = (message: string) => new UsageError(message, 'render');

async function loadRenderer(): Promise<Renderer> {
  try {
    return await import('../ssr/index.js');
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(e.message ?? '')) {
      throw new Error('server rendering needs @lit-labs/ssr, an optional peer dependency: npm install --save-dev @lit-labs/ssr');
    }
    throw err;
  }
}

/** `--elements`, checked against the renderer's own list. */
function checkElements(given: string[] | undefined, known: readonly string[]): ServerRenderedElement[] | undefined {
  if (!given) return undefined;
  for (const e of given) {
    if (known.includes(e)) continue;
    if (e === 'collab-graph') throw usage('collab-graph is not rendered on the server (it draws on a canvas in the browser); place <collab-graph> in the page yourself');
    throw usage(`unknown element "${e}" in --elements (choose from ${known.join(', ')})`);
  }
  return given as ServerRenderedElement[];
}

/** `--attr TAG:NAME=VALUE`, by tag; `TAG:NAME` alone writes an empty attribute. */
function parseAttributes(given: readonly string[], known: readonly string[]): RenderProfileOptions['attributes'] {
  const attributes: Record<string, Attributes> = {};
  for (const a of given) {
    const m = /^([a-z][a-z0-9-]*):([^=]+)(?:=([\s\S]*))?$/.exec(a);
    if (!m) throw usage(`--attr "${a}": expected TAG:NAME=VALUE (or TAG:NAME for an empty attribute)`);
    const [, tag, name, value] = m as unknown as [string, string, string, string | undefined];
    if (tag !== 'researcher-profile' && !known.includes(tag)) throw usage(`--attr "${a}": unknown element "${tag}"`);
    (attributes[tag] ??= {})[name] = value ?? true;
  }
  return attributes;
}

async function readProfile(file: string): Promise<{ profile: unknown; where: string }> {
  let text: string;
  let where: string;
  if (file === '-') {
    where = 'standard input';
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    where = resolve(file);
    try {
      text = await readFile(where, 'utf8');
    } catch (err) {
      const e = err as { code?: string; message?: string };
      throw new Error(`${where} could not be read (${e.code ?? e.message}).`);
    }
  }
  try {
    return { profile: JSON.parse(text), where };
  } catch (err) {
    throw new Error(`${where} is not valid JSON (${(err as Error).message}).`);
  }
}

export async function render(args: RenderArgs, out: Output): Promise<void> {
  const ssr = await loadRenderer();
  const known: readonly string[] = ssr.SERVER_RENDERED_ELEMENTS;
  const elements = checkElements(args.elements, known);
  const attributes = parseAttributes(args.attr, known);
  const { profile, where } = await readProfile(args.profile);
  let html: string;
  try {
    html = await ssr.renderProfileHtml({
      profile,
      elements,
      attributes,
      lang: args.lang,
      // Checked by the renderer (a RangeError naming the allowed values).
      theme: args.theme as RenderProfileOptions['theme'],
      baseUrl: args.baseUrl,
    });
  } catch (err) {
    // Bad option values (a theme, a language tag, a refused attribute) are usage errors.
    if (err instanceof RangeError) throw usage(err.message);
    if ((err as Error)?.name === 'ProfileLoadError') throw new Error(`${where}: ${(err as Error).message}`);
    throw err;
  }
  await out.result(html, args.out);
  if (args.out) {
    const name = (profile as { name?: unknown }).name;
    const kb = (Buffer.byteLength(html) / 1024).toFixed(1);
    out.say(`Wrote ${args.out}: ${name}, ${(elements ?? ssr.DEFAULT_ELEMENTS).join(' + ')} (${kb} KB).`);
  }
}
