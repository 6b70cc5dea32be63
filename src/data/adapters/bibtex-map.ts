/**
 * BibTeX → profile, loaded on demand by `bibtex.ts`. Parsing (entries, `@string` macros and `#`
 * concatenation, comments, nested braces, LaTeX accents and commands → Unicode) is done by
 * biblatex-csl-converter (Fidus Writer); this module maps its output.
 *
 * - Text before the first entry is ignored: YAML front matter and anything before the first line
 *   that opens an entry are removed before parsing, so an `@` there cannot open a bogus entry.
 * - Each entry becomes a work whose id is its citation key: authors, title, year (from `year`
 *   or `date`), venue (journal, else booktitle, else the eprint archive, publisher or
 *   institution), DOI, url (else the DOI or arXiv link), abstract, and a type from the entry
 *   type (`@inproceedings` → "conference paper", `@phdthesis` → "thesis", …). TeX's `--` and
 *   `---` become – and — in the title, venue and abstract.
 * - "and others" in an author list sets `authorsTruncated`.
 * - A .bib file names no researcher. The profile's name is the `name` option when given, else
 *   the author found on the most entries (matched by family name and first initial, so
 *   "Carrette, L." and "Carrette, Lieselot L. G." are one person; the fullest spelling is kept).
 *   Its id is the `id` option, else that person's key. The other authors become `people`.
 * - No trust: a file anyone can write says nothing about who the researcher is.
 */
import * as bcc from 'biblatex-csl-converter';
import { ProfileLoadError } from '../errors.js';
import { runNow, runSliced, type Steps } from '../slices.js';
import { MAX_BIBTEX_FIELD, parseChunks, type ChunkedResult } from './bibtex-chunks.js';
import type { ProfileInput } from '../schema.js';
import type { SourceResult } from '../formats.js';
import { Tally, bareDoi, doiLink, int, isObject, list, result as adapted, slug, str, warning } from './shared.js';

type Work = NonNullable<ProfileInput['works']>[number];
type Author = NonNullable<Work['authors']>[number];

const TYPES: Record<string, string> = {
  inproceedings: 'conference paper',
  conference: 'conference paper',
  incollection: 'chapter',
  inbook: 'chapter',
  bookinbook: 'chapter',
  suppbook: 'chapter',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  techreport: 'report',
  online: 'web page',
  electronic: 'web page',
  www: 'web page',
  proceedings: 'proceedings',
  periodical: 'journal',
  suppperiodical: 'article',
  unpublished: 'manuscript',
  mvbook: 'book',
  mvcollection: 'book',
  collection: 'book',
  data: 'dataset',
};

/** Plain text from the converter's rich-text nodes (marks such as nocase, sup, em are dropped). */
export function nodeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(nodeText).join('');
  if (!isObject(value)) return '';
  if (typeof value.text === 'string') return value.text;
  // An undefined @string macro: keep its name rather than lose the field.
  if (isObject(value.attrs) && typeof value.attrs.variable === 'string') return value.attrs.variable;
  return '';
}

const clean = (s: string): string | undefined => str(s.replace(/\s+/g, ' '));

/** A field that is a list of literals (publisher, institution): "A and B" → "A, B". */
const literalList = (value: unknown): string | undefined => clean(list(value).map(nodeText).join(', '));

interface Name {
  display: string;
  key: string;
  given: string;
}

function personName(n: unknown): Name | 'others' | undefined {
  if (!isObject(n)) return undefined;
  const literal = clean(nodeText(n.literal));
  if (literal) return literal.toLowerCase() === 'others' ? 'others' : { display: literal, key: slug(literal), given: '' };
  const family = clean(nodeText(n.family));
  const given = clean(nodeText(n.given)) ?? '';
  const prefix = clean(nodeText(n.prefix));
  const suffix = clean(nodeText(n.suffix));
  if (!family) return given ? { display: given, key: slug(given), given } : undefined;
  const display = [given, prefix, family].filter(Boolean).join(' ') + (suffix ? `, ${suffix}` : '');
  return { display, key: nameKey(family, given), given };
}

/** `carrette-l` for Carrette, Lieselot / Carrette, L. L. G. */
function nameKey(family: string, given: string): string {
  const initial = slug(given).charAt(0);
  return `${slug(family)}${initial ? `-${initial}` : ''}`;
}

/** Key for a free-form name from the `name` option: "Family, Given" or "Given Family". */
function keyOfFreeName(name: string): string {
  const [a, b] = name.split(',', 2).map((s) => s.trim());
  if (b !== undefined) return nameKey(a!, b);
  const parts = name.trim().split(/\s+/);
  return nameKey(parts.pop()!, parts.join(' '));
}

function yearOf(fields: Record<string, unknown>): number | null {
  const m = /^-?\d{1,4}/.exec(nodeText(fields.date).trim());
  return m ? (int(m[0]) ?? null) : null;
}

/** YAML front matter (Jekyll / al-folio `_bibliography/papers.bib`), removed before parsing. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
/** The first line that opens an entry (`@article{`, `@string(`): text before it is not BibTeX. */
const FIRST_ENTRY = /^[ \t]*@[ \t]*[a-z]+[ \t]*[{(]/im;

/** Drops front matter and stray text before the first entry (an e-mail address there would otherwise open a bogus entry). */
export function stripPreamble(text: string): string {
  const body = text.replace(FRONT_MATTER, '');
  const first = FIRST_ENTRY.exec(body);
  const bib = first ? body.slice(first.index) : body;
  // biblatex-csl-converter (3.2 and 3.6.0 alike) loops for ever on a `%` comment inside an entry
  // that runs to the very end of the text (`@book{b, %x`, no newline after it): the text always
  // ends with one (test/data/citations/citations.node.test.mjs checks each new version).
  return bib.endsWith('\n') ? bib : `${bib}\n`;
}

/** TeX's dash ligatures, as a reader expects them in plain text: `---` → —, `--` → –. */
const dashes = (s: string | undefined) => s?.replace(/(?<!-)---(?!-)/g, '\u2014').replace(/(?<!-)--(?!-)/g, '\u2013');

/** Parses a `.bib` text into a profile, all at once (small files, tests, the CLI). */
export function parseBibtex(text: string, url?: URL, options: Record<string, unknown> = {}): SourceResult<ProfileInput> {
  return runNow(bibtexSteps(text, url, options));
}

/** Parses a `.bib` text into a profile in slices that leave the page responsive (see `slices.ts`). */
export function parseBibtexAsync(text: string, url?: URL, options: Record<string, unknown> = {}, signal?: AbortSignal): Promise<SourceResult<ProfileInput>> {
  return runSliced(bibtexSteps(text, url, options), signal);
}

/** Entries mapped between two checks of the time. */
const MAP_STEP = 500;

function* bibtexSteps(text: string, url?: URL, options: Record<string, unknown> = {}): Steps<SourceResult<ProfileInput>> {
  const what = `The BibTeX file${url ? ` ${decodeURIComponent(url.pathname.split('/').pop() ?? '')}` : ''}`;
  const Parser = (bcc as { BibLatexParser?: typeof bcc.BibLatexParser }).BibLatexParser ?? (bcc as unknown as { default: typeof bcc }).default.BibLatexParser;
  let result: ChunkedResult;
  try {
    result = yield* parseChunks(stripPreamble(text), Parser, what);
  } catch (err) {
    if (err instanceof ProfileLoadError) throw err;
    throw new ProfileLoadError(`${what} could not be read (${(err as Error)?.message ?? err}).`);
  }
  const entries = result.entries;
  const errors = list(result.errors).filter(isObject);
  const describeError = (e: Record<string, unknown>) => `${String(e.type ?? 'error').replace(/_/g, ' ')}${e.line ? ` at line ${e.line}` : ''}${e.entry ? ` (entry ${e.entry})` : ''}`;

  const names = new Tally<{ key: string; best: Name }>();
  const works: (Omit<Work, 'authors'> & { authors: (Author & { key: string })[] })[] = [];
  for (const [i, entry] of entries.entries()) {
    if (i % MAP_STEP === MAP_STEP - 1) yield;
    const f = entry.fields ?? {};
    const type = entry.bib_type?.toLowerCase() ?? 'misc';
    const authors: (Author & { key: string })[] = [];
    let truncated = false;
    for (const n of list(list(f.author).length ? f.author : f.editor)) {
      const name = personName(n);
      if (name === 'others') {
        truncated = true;
        continue;
      }
      if (!name) continue;
      const entryNames = names.add(name.key, { key: name.key, best: name });
      if (name.display.length > entryNames.best.display.length) entryNames.best = name;
      authors.push({ name: name.display, key: name.key });
    }
    const unexpected = isObject(entry.unexpected_fields) ? entry.unexpected_fields : {};
    const archive = clean(nodeText(f.eprinttype ?? unexpected.archiveprefix));
    const eprint = clean(nodeText(f.eprint));
    const arxiv = archive?.toLowerCase() === 'arxiv' && eprint ? eprint : undefined;
    const doi = bareDoi(clean(nodeText(f.doi)) ?? '');
    const howpublished = clean(nodeText(f.howpublished));
    const link =
      clean(nodeText(f.url)) ??
      (howpublished && /^https?:\/\//i.test(howpublished) ? howpublished : undefined) ??
      (doi ? doiLink(doi) : arxiv ? `https://arxiv.org/abs/${arxiv}` : undefined);
    const venue =
      clean(nodeText(f.journaltitle)) ??
      clean(nodeText(f.booktitle)) ??
      clean(nodeText(f.maintitle)) ??
      archive ??
      (howpublished && !/^https?:\/\//i.test(howpublished) ? howpublished : undefined) ??
      literalList(f.publisher) ??
      literalList(f.institution) ??
      literalList(f.organization);
    works.push({
      id: entry.entry_key,
      type: arxiv && ['misc', 'online', 'unpublished', 'article'].includes(type) && !f.journaltitle ? 'preprint' : (TYPES[type] ?? type),
      year: yearOf(f),
      title: dashes(clean(nodeText(f.title))) ?? null,
      venue: dashes(venue) ?? null,
      doi,
      url: link ?? null,
      abstract: dashes(clean(nodeText(f.abstract))) ?? null,
      authors,
      ...(truncated ? { authorsTruncated: true } : {}),
    });
  }

  const chosenName = str(options.name);
  const subjectKey = chosenName ? keyOfFreeName(chosenName) : names.sorted()[0]?.key;
  const subject = subjectKey ? names.items.get(subjectKey)?.value : undefined;
  const name = chosenName ?? subject?.best.display;
  if (!name) {
    const why = errors.length ? `: ${describeError(errors[0]!)}` : '';
    throw new ProfileLoadError(`${what} has no entries with authors${why}.`);
  }
  const id = str(options.id) ?? subjectKey ?? slug(name);

  const people = names
    .sorted()
    .filter((p) => p.key !== subjectKey)
    .map((p) => ({ id: `bib:${p.key}`, name: p.best.display }));
  const mapped: Work[] = works.map((w) => ({ ...w, authors: w.authors.map(({ key, ...a }) => ({ ...a, id: key === subjectKey ? id : `bib:${key}` })) }));

  const profile: ProfileInput = {
    version: 1,
    id,
    name,
    works: mapped,
    people,
    counts: { works: mapped.length },
  };
  const warnings: string[] = [];
  if (result.cut.length) {
    const n = result.cut.length;
    warnings.push(warning(`${what}: ${n} field(s) longer than ${MAX_BIBTEX_FIELD.toLocaleString('en')} characters were cut (first: ${result.cut[0]}).`));
  }
  if (errors.length) warnings.push(warning(`${what}: ${errors.length} part(s) could not be read (first: ${describeError(errors[0]!)}); the other entries are shown.`));
  return adapted(profile, warnings);
}
