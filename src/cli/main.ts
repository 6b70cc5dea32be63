/// <reference types="node" />
/**
 * `researcher-elements`, the command: `snapshot` (a profile JSON from OpenAlex, ORCID, BibTeX or
 * any address the elements accept) and `render` (server-rendered HTML for a static site).
 *
 *   npx researcher-elements snapshot --openalex A5023888391 > profile.json
 *   OPENALEX_API_KEY=… npx researcher-elements snapshot --openalex A5023888391 --out profile.json
 *   npx researcher-elements snapshot --orcid 0000-0003-0902-4386 --out profile.json
 *   npx researcher-elements snapshot --bibtex _bibliography/papers.bib --name "Lieselot Carrette"
 *   npx researcher-elements snapshot --group group.json --out site/group
 *   npx researcher-elements render --profile profile.json > _includes/researcher.html
 *
 * `bin/researcher-elements.mjs` calls {@link run}. Progress and messages go to stderr; the exit
 * status is 0 on success, 1 when loading or rendering fails, 2 on a usage error.
 */
import { parseCommandLine, UsageError } from './args.js';
import { Output } from './output.js';
import { render } from './render.js';
import { snapshot } from './snapshot.js';
import { snapshotGroup } from './snapshot-group.js';
import { RENDER_USAGE, SNAPSHOT_USAGE } from './usage.js';

/** The API key as given on the command line (`--api-key KEY` or `--api-key=KEY`), before parsing. */
function keysIn(argv: readonly string[]): string[] {
  const keys: string[] = [];
  argv.forEach((a, i) => {
    // As parseArgs reads it: a value after the option, unless it looks like another option.
    if (a === '--api-key' && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) keys.push(argv[i + 1]!);
    else if (a.startsWith('--api-key=')) keys.push(a.slice('--api-key='.length));
  });
  return keys;
}

/** Runs the command for `argv` (without `node` and the script) and returns the exit status. */
export async function run(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const out = new Output();
  // Known before anything can fail, so that no message, not even a usage error, shows a key.
  for (const key of [env.OPENALEX_API_KEY, ...keysIn(argv)]) out.addSecret(key?.trim());
  const restoreConsole = out.captureConsole();
  let command: 'snapshot' | 'render' | undefined;
  try {
    const args = parseCommandLine(argv, env);
    if (args.command === 'help') {
      await out.result(args.about === 'render' ? RENDER_USAGE : args.about === 'snapshot' ? SNAPSHOT_USAGE : `${SNAPSHOT_USAGE}\n${RENDER_USAGE}`);
      return 0;
    }
    command = args.command;
    if (args.command === 'render') await render(args, out);
    else if (args.group !== undefined) await snapshotGroup(args, out);
    else await snapshot(args, out);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      out.say(`researcher-elements: ${err.message}\n`);
      out.progress((err.command ?? command) === 'render' ? RENDER_USAGE : SNAPSHOT_USAGE);
      return 2;
    }
    out.say(`researcher-elements: ${(err as Error)?.message ?? String(err)}`);
    return 1;
  } finally {
    restoreConsole();
  }
}
