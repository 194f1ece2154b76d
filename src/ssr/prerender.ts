import '../index.js';
import {
  applyEdits,
  attribute,
  elements,
  escapeHtml,
  inheritedLang,
  isDocument,
  isMoved,
  parseHtml,
  type Edit,
  type HtmlNode,
} from './html.js';
import { withNoScriptNote } from './notes.js';
import { TAGS } from '../elements/tags.js';
import { NotRendered, renderElement, withPacks } from './render.js';

/** Options of {@link prerender}. */
export interface PrerenderOptions {
  /**
   * Packs the page loads besides the built-in English B12 pack, which is always there as in the
   * drop-in script: `Topic` objects or pack JSON (parsed, or as text). Each is validated; one
   * that is not valid is left out with a warning. A pack with the id and language of one
   * already there replaces it, for this call only.
   */
  packs?: readonly unknown[];
  /** The language of the page the markup goes into, for elements with no `lang` on them or above them (a fragment). */
  lang?: string;
  /**
   * Adds `<script type="module" src=".../health-widgets-hydrate.js">` just before the page's
   * drop-in script (`health-widgets.js` or `.iife.js`), when the page renders anything and has
   * no hydration script yet. Default `true`.
   */
  hydrationScript?: boolean;
}

/** Something the page's author should know: an element left as it was, a pack not used, a bad attribute. */
export interface PrerenderWarning {
  /** What it is about: `<tag-name>`, `packs` or `page`. */
  subject: string;
  /** Line (from 1) of the element's start tag in the input, when it is about an element. */
  line?: number;
  /** Column (from 1) of the element's start tag. */
  column?: number;
  message: string;
}

/** What {@link prerender} returns. */
export interface PrerenderResult {
  /** The input with every element that could be rendered in Declarative Shadow DOM; the rest is unchanged. */
  html: string;
  /** How many elements were rendered. */
  rendered: number;
  /** How many elements were left as they were (each has a warning). */
  skipped: number;
  warnings: PrerenderWarning[];
}

const DROP_IN = /(?:^|\/)health-widgets(?:\.iife)?\.js(?:[?#].*)?$/;
const HYDRATION_SCRIPT = /(?:^|\/)health-widgets-hydrate\.js(?:[?#].*)?$/;

/** Whether the element already holds a declarative shadow root (pre-rendered before). */
const hasShadowRoot = (node: HtmlNode): boolean =>
  (node.childNodes ?? []).some(
    (child) =>
      child.tagName === 'template' && (attribute(child, 'shadowrootmode') !== null || attribute(child, 'shadowroot') !== null),
  );

/**
 * Pre-renders every `<health-symptom-checklist>`, `<health-comparison-table>` and
 * `<health-treatment-explainer>` of a page (or of a fragment of one) into a
 * `<template shadowrootmode="open">`, with Lit SSR, so the widgets show before any script runs
 * and with JavaScript off. Each element renders as the browser would render it, from its
 * attributes (`topic`, `lang` or the inherited language, `heading-level`, `categories`,
 * `situation`, ...), and is marked `defer-hydration`: `dist/health-widgets-hydrate.js`, loaded
 * before the drop-in script, lets it hydrate without rendering again.
 *
 * Anything else in the input is left byte for byte as it was. An element that cannot be
 * rendered (an unknown topic, a `src` pack, a bad pack) is left as it was, with a warning;
 * nothing in the input makes this function throw. Pack text is escaped like all text Lit renders.
 *
 * Synchronous and Node-only. The pre-rendered markup matches the drop-in script of the same
 * version: pre-render with the version the page loads.
 *
 * @example
 * import { prerender } from 'health-widgets/ssr';
 * const { html, warnings } = prerender(page, { packs: [legCrampsPack] });
 */
export function prerender(html: string, options: PrerenderOptions = {}): PrerenderResult {
  if (typeof html !== 'string') throw new TypeError(`prerender: expected the page as a string but got a ${typeof html}`);
  const root = parseHtml(html);
  const warnings: PrerenderWarning[] = [];
  const edits: Edit[] = [];
  let rendered = 0;
  let skipped = 0;
  const { problems } = withPacks(options.packs ?? [], () => {
    for (const node of elements(root)) {
      const tag = node.tagName!;
      const location = node.sourceCodeLocation;
      if (!TAGS.includes(tag) || !location?.startTag || hasShadowRoot(node)) continue;
      const where = { subject: `<${tag}>`, line: location.startLine, column: location.startCol };
      if (isMoved(node)) {
        skipped++;
        warnings.push({
          ...where,
          message:
            'the HTML parser moves this element out of where it is written (a custom element directly inside a <table>?); left as it is.',
        });
        continue;
      }
      const attributes = new Map((node.attrs ?? []).map(({ name, value }) => [name, value]));
      try {
        const element = renderElement(tag, attributes, inheritedLang(node) ?? options.lang ?? null);
        for (const message of element.warnings) warnings.push({ ...where, message });
        const { startOffset, endOffset } = location.startTag;
        const added = element.added.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
        if (!attributes.has('defer-hydration')) added.push(' defer-hydration');
        // Before the tag's final `>` (after a `/`, if any, which HTML ignores on an element like this).
        const startTag = html.slice(startOffset, endOffset - 1) + added.join('') + '>';
        const shadow = withNoScriptNote(tag, element.shadow, element.topic.lang);
        edits.push({
          at: startOffset,
          length: endOffset - startOffset,
          text: `${startTag}<template shadowrootmode="open">${shadow}</template>`,
        });
        rendered++;
      } catch (error) {
        skipped++;
        const message = error instanceof NotRendered ? error.message : `could not be rendered (${String(error)}); left as it is.`;
        warnings.push({ ...where, message });
      }
    }
  });
  warnings.unshift(...problems.map((message) => ({ subject: 'packs', message })));
  if (rendered && options.hydrationScript !== false) hydrationScript(html, root, edits, warnings);
  return { html: applyEdits(html, edits), rendered, skipped, warnings };
}

/** Adds the hydration script before the drop-in script, or says what the page needs. */
function hydrationScript(html: string, root: HtmlNode, edits: Edit[], warnings: PrerenderWarning[]): void {
  const scripts = [...elements(root)].filter((node) => node.tagName === 'script' && attribute(node, 'src') !== null);
  if (scripts.some((node) => HYDRATION_SCRIPT.test(attribute(node, 'src')!))) return;
  const dropIn = scripts.find((node) => DROP_IN.test(attribute(node, 'src')!));
  const at = dropIn?.sourceCodeLocation?.startOffset;
  if (!dropIn || at === undefined) {
    if (isDocument(html)) {
      warnings.push({
        subject: 'page',
        message:
          'no <script src=".../health-widgets.js"> found: load dist/health-widgets-hydrate.js as a module before the script that defines the elements, or they render again instead of hydrating.',
      });
    }
    return;
  }
  const src = attribute(dropIn, 'src')!.replace(/health-widgets(?:\.iife)?\.js/, 'health-widgets-hydrate.js');
  const isModule = attribute(dropIn, 'type')?.trim().toLowerCase() === 'module';
  if (attribute(dropIn, 'async') !== null || (!isModule && attribute(dropIn, 'defer') === null)) {
    warnings.push({
      subject: 'page',
      line: dropIn.sourceCodeLocation?.startLine,
      column: dropIn.sourceCodeLocation?.startCol,
      message: `the drop-in script runs before the hydration script (module scripts are deferred): make it ${isModule ? 'not async' : 'defer'}, so the elements hydrate instead of rendering again.`,
    });
  }
  // On a line of its own, indented like the drop-in script, when that is on a line of its own.
  const indent = html.slice(html.lastIndexOf('\n', at - 1) + 1, at);
  const separator = /^[ \t]*$/.test(indent) ? `\n${indent}` : '';
  edits.push({ at, length: 0, text: `<script type="module" src="${escapeHtml(src)}"></script>${separator}` });
}
