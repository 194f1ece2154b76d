import { unsafeCSS } from 'lit';

/**
 * The public design tokens: every `--health-*` custom property the elements honour, with its
 * default. The one list: the styles are built from it, and a test holds the JSDoc of
 * `HealthElement` (so the manifest) and the README's theming table to it.
 */
export const TOKENS = {
  accent: '#005eb8',
  'accent-contrast': '#fff',
  danger: '#d5281b',
  'danger-contrast': '#fff',
  warning: '#ffeb3b',
  'warning-contrast': '#212b32',
  muted: '#4c6272',
  surface: '#fff',
  subtle: '#f0f4f5',
  border: '#d8dde0',
  space: '1rem',
  radius: '4px',
  focus: '#ffeb3b',
} as const;

/** Each token resolved once on the host, as a private `--_*` property the styles use. */
export const tokenStyles = unsafeCSS(
  `:host{${Object.entries(TOKENS)
    .map(([name, value]) => `--_${name}:var(--health-${name},${value});`)
    .join('')}}`,
);
