/**
 * Server-rendered styles that survive bundlers. The elements' colours are `light-dark(light, dark)`
 * pairs, which follow the `color-scheme` in effect. A bundler that processes the page's HTML (Vite
 * runs every `<style>`, those inside `<template shadowrootmode>` included, through lightningcss)
 * lowers `light-dark()` for older browsers into `var(--lightningcss-light, …)` pairs that only
 * work with `color-scheme` rules it rewrote too; inside a shadow root they do not, and the
 * server-rendered elements lose their colours.
 *
 * So the `<style>` the server writes has no `light-dark()`: each pair becomes a private custom
 * property (`--_ssr-ldS-N`) set to the light colour on `:host`, to the dark one for
 * `theme="dark"`, and for `theme="auto"` when the system prefers dark. Every bundler leaves plain
 * custom properties, attribute selectors and media queries alone. Without a `theme` the light
 * colours apply, as `light-dark()` does on a page that declares no `color-scheme`. Once the
 * elements hydrate, their own style sheets (with `light-dark()`, which then follows the page's
 * `color-scheme` too) are adopted after the server's and take over.
 */

/** The arguments of the `light-dark(` call whose `(` is at `open`, and the index after its `)`. */
function lightDarkArgs(css: string, open: number): { light: string; dark: string; end: number } | null {
  let depth = 0;
  let comma = -1;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) {
        if (comma < 0) return null;
        return { light: css.slice(open + 1, comma).trim(), dark: css.slice(comma + 1, i).trim(), end: i + 1 };
      }
    } else if (c === ',' && depth === 1 && comma < 0) comma = i;
  }
  return null;
}

/** One style sheet without `light-dark()`: the pairs as custom properties, set per theme. */
export function withoutLightDark(css: string, name = '--_ssr-ld'): string {
  const pairs: { light: string; dark: string }[] = [];
  let out = '';
  let from = 0;
  for (let at = css.indexOf('light-dark(', from); at >= 0; at = css.indexOf('light-dark(', from)) {
    const args = lightDarkArgs(css, at + 'light-dark'.length);
    if (!args) break;
    // Nested pairs (a light-dark() inside another) are resolved from the inside out.
    const light = withoutLightDarkValue(args.light, pairs, name);
    const dark = withoutLightDarkValue(args.dark, pairs, name);
    out += `${css.slice(from, at)}var(${name}-${pairs.length})`;
    pairs.push({ light, dark });
    from = args.end;
  }
  if (!pairs.length) return css;
  out += css.slice(from);
  const set = (which: 'light' | 'dark') => pairs.map((p, i) => `${name}-${i}: ${p[which]};`).join(' ');
  return (
    `:host { ${set('light')} }\n` +
    `:host([theme='dark']) { ${set('dark')} }\n` +
    `@media (prefers-color-scheme: dark) { :host([theme='auto']) { ${set('dark')} } }\n` +
    out
  );
}

/** A value (one side of a pair) with any nested pair replaced, sharing the sheet's list. */
function withoutLightDarkValue(value: string, pairs: { light: string; dark: string }[], name: string): string {
  if (!value.includes('light-dark(')) return value;
  // Resolve nested pairs to their own side: light inside the light side, dark inside the dark.
  let out = '';
  let from = 0;
  for (let at = value.indexOf('light-dark(', from); at >= 0; at = value.indexOf('light-dark(', from)) {
    const args = lightDarkArgs(value, at + 'light-dark'.length);
    if (!args) break;
    out += `${value.slice(from, at)}var(${name}-${pairs.length})`;
    pairs.push({ light: args.light, dark: args.dark });
    from = args.end;
  }
  return out + value.slice(from);
}

/** Every `<style>` in server-rendered HTML, without `light-dark()`. */
export function bundlerSafeStyles(html: string): string {
  let sheet = 0;
  return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => open + withoutLightDark(css, `--_ssr-ld${sheet++}`) + close);
}
