import { en, strings, type Strings } from './strings.js';
import { baseLanguage } from './tags.js';

/** The languages that ship. */
export const SUPPORTED_LANGS = Object.keys(strings);

/**
 * The element's language: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else the document's.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const owner: Element | null = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang;
}

/** Whether UI strings exist for a base language (`fr`), shipped or registered. */
export const hasStrings = (base: string): boolean => base in strings;

/** The strings for a BCP 47 tag: `es-MX` uses `es`; anything unknown uses `en`. */
export function stringsFor(lang: string): { lang: string; t: Strings } {
  const base = baseLanguage(lang);
  return base in strings ? { lang: base, t: strings[base] } : { lang: 'en', t: en };
}
