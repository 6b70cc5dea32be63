/**
 * The help texts of `researcher-elements snapshot` and `researcher-elements render`, printed by
 * `--help` and after a usage error.
 */

export const SNAPSHOT_USAGE = `Usage: researcher-elements snapshot <source> [options]
       researcher-elements snapshot --group FILE --out DIR [options]

Sources (exactly one):
  --openalex ID     an OpenAlex author: A5023888391, https://openalex.org/A5023888391 or orcid:0000-…
  --orcid ID        an ORCID iD or orcid.org URL: 0000-0003-0902-4386
  --bibtex FILE     a BibTeX file (or an http(s) URL of one)
  URL               any address the elements accept (detected as in the browser; see --format)
  --group FILE      a group roster (docs/group-format.md): writes the whole group into --out DIR

Options:
  --out FILE        write the JSON to FILE instead of standard output
  --api-key KEY     your OpenAlex API key (free at https://openalex.org/settings/api); default: the
                    OPENALEX_API_KEY environment variable, which keeps the key out of your shell
                    history. OpenAlex requires a key since 13 February 2026: looking up the author
                    is free, but each page of up to 200 works is a list call, metered against the
                    key's daily allowance (without a key the allowance is very small). The key is
                    sent to OpenAlex only, and never written into the output or a message.
  --max-works N     at most N works from OpenAlex (default 500: at most 3 list calls)
  --name NAME       BibTeX: the researcher's name (default: the author on most entries)
  --id ID           BibTeX: the profile id
  --format NAME     profile, openalex, orcid or bibtex, when a URL is ambiguous
  --also SOURCE     another source for the same person, merged into one profile (repeatable, or
                    several separated by spaces): a URL, a file (.bib, profile JSON), an ORCID iD
                    or an OpenAlex author id. Identity from the strongest source (ORCID, then
                    OpenAlex, then a .bib); works merged with duplicates removed, each listing
                    its sources. A source that fails is a warning.
  --no-link-sources do not cross-link the sources (--link-sources, the default, does): an ORCID
                    record looks up the OpenAlex author with its iD (a free single-entity lookup,
                    then that author's works list calls); an OpenAlex author with an ORCID iD
                    loads that record. A lookup that finds nothing is a warning.
  --timeout MS      per request attempt (default 10000)
  --mailto EMAIL    deprecated and ignored: OpenAlex's email "polite pool" ended when keys
                    became required; give --api-key instead
  -h, --help        this help

A group (--group FILE --out DIR) writes DIR/members/*.json (one profile per member, with the date
retrieved), DIR/works.json (the roster's extra works, if any), DIR/group.json (the roster, each
member's src pointing at its file in members/) and DIR/group.merged.json (the merged group), so
<research-group src="group.json"> needs no API. OpenAlex works come from list calls batched
across members. Progress (members done, requests, retries) goes to stderr, then the requests
made by kind. The key is written into no file. A member that fails keeps its original src in
the roster (the page lists it as unavailable), and the exit status is 1 unless --allow-partial.
  --max-age AGE     keep member files newer than AGE (e.g. 12h, 7d, 2w; default 24h): an
                    interrupted run resumes, and a re-run makes no requests
  --refresh         reload every member, whatever its file's age
  --allow-partial   exit 0 even when some members could not be loaded
  (--max-works, --api-key, --timeout apply to every member; --name, --id, --format, --also do
  not: a member's other sources are its "also" in the roster, see docs/group-format.md)
`;

export const RENDER_USAGE = `Usage: researcher-elements render --profile FILE [options]

Prints the elements for a profile as HTML for a static page: declarative Shadow DOM (shown with
JavaScript off) and the profile embedded once, from which researcher-elements/hydrate.js
hydrates them in the browser without fetching anything. Needs @lit-labs/ssr.

Options:
  --profile FILE    the profile JSON (version 1, as \`snapshot\` writes it); - reads standard input
  --elements LIST   comma-separated, in order: researcher-card, trust-badge, publication-list
                    (default researcher-card,publication-list; the card includes the trust badge)
  --out FILE        write the HTML to FILE instead of standard output
  --lang TAG        the page's language, written on each element (default en)
  --theme NAME      light, dark or auto, written on each element (default: follow the page)
  --base-url URL    the address of the page; relative URLs in the profile resolve against it
                    (required when the profile has any)
  --attr TAG:NAME=VALUE
                    another attribute, e.g. publication-list:group-by=year (repeatable;
                    TAG may be researcher-profile, the wrapper)
  -h, --help        this help
`;
