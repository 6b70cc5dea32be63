/**
 * The theming playground's model: which `--re-*` tokens it offers, how a set of values is applied
 * to a wrapper (CSSOM `style.setProperty`, allowed under a strict CSP, unlike `style="…"`), and
 * the CSS a user copies to get the same look.
 */
import { TOKENS, type TokenName } from '../../src/core/styles.js';

export type Scheme = 'light' | 'dark' | 'auto';

export interface TokenControl {
  token: TokenName;
  label: string;
  kind: 'color' | 'range' | 'select';
  /** The control's starting value (for colours, the light-scheme default of TOKENS). */
  initial: string;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  options?: { label: string; value: string }[];
}

/** `light-dark(#a, #b)` → `#a` or `#b`; anything else unchanged. */
export function pickScheme(value: string, scheme: 'light' | 'dark'): string {
  const m = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  if (!m) return value;
  return scheme === 'light' ? m[1]! : m[2]!;
}

const colour = (token: TokenName, label: string): TokenControl => ({
  token,
  label,
  kind: 'color',
  initial: pickScheme(TOKENS[token], 'light'),
});

const rem = (token: TokenName, label: string, min: number, max: number, step: number): TokenControl => ({
  token,
  label,
  kind: 'range',
  initial: TOKENS[token],
  min,
  max,
  step,
  unit: 'rem',
});

export const FONT_STACKS = [
  { label: 'The page’s font (inherit)', value: 'inherit' },
  { label: 'System sans-serif', value: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
  { label: 'Humanist sans-serif', value: "'Gill Sans', 'Gill Sans MT', Seravek, 'Trebuchet MS', sans-serif" },
  { label: 'Serif (Georgia)', value: "Georgia, 'Iowan Old Style', 'Times New Roman', serif" },
  { label: 'Monospace', value: "ui-monospace, 'SF Mono', Menlo, Consolas, monospace" },
];

export const SHADOWS = [
  { label: 'None', value: 'none' },
  { label: 'Soft', value: '0 1px 3px rgb(0 0 0 / 0.08), 0 6px 20px -8px rgb(0 0 0 / 0.18)' },
  { label: 'Lifted', value: '0 12px 32px -12px rgb(0 0 0 / 0.35)' },
];

export const CONTROLS: TokenControl[] = [
  colour('color-accent', 'Accent'),
  colour('color-accent-contrast', 'Text on accent'),
  colour('color-text', 'Text'),
  colour('color-muted', 'Muted text'),
  colour('color-surface', 'Surface'),
  colour('color-surface-alt', 'Alternate surface'),
  colour('color-border', 'Border'),
  colour('color-focus', 'Focus ring'),
  rem('radius', 'Corner radius', 0, 1.5, 0.125),
  rem('font-size', 'Font size', 0.75, 1.375, 0.0625),
  rem('space', 'Spacing', 0.5, 2, 0.125),
  { token: 'font-family', label: 'Font family', kind: 'select', initial: 'inherit', options: FONT_STACKS },
  { token: 'shadow', label: 'Shadow', kind: 'select', initial: 'none', options: SHADOWS },
];

/** Token values the user chose: only changed tokens are present. */
export type ThemeValues = Partial<Record<TokenName, string>>;

export interface Preset {
  name: string;
  scheme: Scheme;
  values: ThemeValues;
}

export const PRESETS: Preset[] = [
  { name: 'Library default', scheme: 'auto', values: {} },
  {
    name: 'Field station (green, rounded)',
    scheme: 'light',
    values: {
      'color-accent': '#1f7a4d',
      'color-focus': '#1f7a4d',
      'color-text': '#17261e',
      'color-muted': '#4a5d52',
      'color-surface': '#fbfdf8',
      'color-surface-alt': '#eef5ea',
      'color-border': '#c9dcc7',
      radius: '1rem',
      'font-family': FONT_STACKS[2]!.value,
      shadow: SHADOWS[1]!.value,
    },
  },
  {
    name: 'Institutional (navy, square, serif)',
    scheme: 'light',
    values: {
      'color-accent': '#1d3a6e',
      'color-focus': '#b4690e',
      'color-text': '#14171f',
      'color-muted': '#4b5263',
      'color-surface': '#ffffff',
      'color-surface-alt': '#f2f4f8',
      'color-border': '#c5cbd6',
      radius: '0.125rem',
      'font-family': FONT_STACKS[3]!.value,
    },
  },
  {
    name: 'Night observatory (dark, violet)',
    scheme: 'dark',
    values: {
      'color-accent': '#b197fc',
      'color-accent-contrast': '#1a1033',
      'color-focus': '#b197fc',
      'color-text': '#ece8f7',
      'color-muted': '#a79fbd',
      'color-surface': '#17131f',
      'color-surface-alt': '#221c2e',
      'color-border': '#3b3250',
      radius: '0.75rem',
    },
  },
];

const COLOR_SCHEME: Record<Scheme, string> = { light: 'light', dark: 'dark', auto: 'light dark' };

/**
 * Applies the values to `target` as `--re-*` custom properties (removing the ones not given, so
 * the defaults come back) and the colour scheme as `color-scheme`, which every element inside
 * inherits unless it has its own `theme` attribute.
 */
export function applyTheme(target: HTMLElement, values: ThemeValues, scheme: Scheme = 'auto'): void {
  for (const token of Object.keys(TOKENS) as TokenName[]) {
    const value = values[token];
    if (value) target.style.setProperty(`--re-${token}`, value);
    else target.style.removeProperty(`--re-${token}`);
  }
  target.style.setProperty('color-scheme', COLOR_SCHEME[scheme]);
  target.dataset.scheme = scheme;
}

/** The CSS a site pastes into its stylesheet for the same theme. */
export function themeCss(values: ThemeValues, scheme: Scheme = 'auto'): string {
  const lines = [`  color-scheme: ${COLOR_SCHEME[scheme]};`];
  for (const token of Object.keys(TOKENS) as TokenName[]) {
    const value = values[token];
    if (value) lines.push(`  --re-${token}: ${value};`);
  }
  return `:root {\n${lines.join('\n')}\n}\n`;
}
