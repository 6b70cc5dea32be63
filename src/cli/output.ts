/// <reference types="node" />
/**
 * Everything the command writes: the result (standard output or `--out FILE`) and messages
 * (standard error), with secrets taken out. The OpenAlex API key travels in request URLs; an
 * error or warning from any layer that quoted such a URL must not put the key on a terminal, in
 * a CI log or in a committed profile, so every write passes `redact()`, and so do the library's
 * own `console` warnings while the command runs.
 */
import { writeFile } from 'node:fs/promises';
import { format } from 'node:util';

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

export class Output {
  private readonly secrets: string[] = [];

  /**
   * Registers a secret: it, and its URL-encoded forms, never reach any output. Strings shorter
   * than 8 characters are not keys (a mistyped `--api-key x`), and replacing them everywhere
   * would mangle the profile, so they are left alone.
   */
  addSecret(secret: string | undefined): void {
    if (!secret || secret.length < 8) return;
    for (const s of new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+')])) {
      if (s && !this.secrets.includes(s)) this.secrets.push(s);
    }
    // Longest first, so that a form containing another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join(REDACTED);
    return out;
  }

  /** A line on standard error. */
  say(line: string): void {
    process.stderr.write(`${this.redact(line)}\n`);
  }

  /** Text on standard error as it is (progress lines that rewrite themselves on a terminal). */
  progress(text: string): void {
    process.stderr.write(this.redact(text));
  }

  /** The result: to `file` when given, else to standard output. */
  async result(text: string, file?: string): Promise<void> {
    const safe = this.redact(text);
    if (file) await writeFile(file, safe);
    else process.stdout.write(safe);
  }

  /**
   * Routes `console.warn`, `console.error`, `console.info` and `console.log` (which the data layer
   * uses for dropped parts and partial loads) through `say` until the returned function is called.
   */
  captureConsole(): () => void {
    const methods = ['warn', 'error', 'info', 'log'] as const;
    const saved = methods.map((m) => console[m]);
    for (const m of methods) console[m] = (...args: unknown[]) => this.say(format(...args));
    return () => methods.forEach((m, i) => (console[m] = saved[i]!));
  }
}
