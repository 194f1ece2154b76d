/**
 * Reading a page with the HTML parser browsers use (parse5), keeping every element's place in
 * the source, so the pre-renderer can insert into the page's own text and leave the rest of it
 * byte for byte as it was.
 */
import { parse, parseFragment } from 'parse5';

/** The parts of a parse5 node this module reads (the same in parse5 6 and 7). */
export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  parentNode?: HtmlNode | null;
  sourceCodeLocation?: SourceLocation | null;
}

/** Where a node is in the source (offsets in UTF-16 code units, lines and columns from 1). */
export interface SourceLocation {
  startLine: number;
  startCol: number;
  startOffset: number;
  endOffset: number;
  startTag?: { startOffset: number; endOffset: number };
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** A whole page (doctype, `<html>`, `<head>` or `<body>` first), as opposed to a fragment of one. */
const DOCUMENT_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)[\s/>]/i;

/** Whether the text is a whole page rather than the markup of some elements. */
export const isDocument = (html: string): boolean => DOCUMENT_START.test(html);

/** Parses a page or a fragment, as a browser would, with source locations. */
export function parseHtml(html: string): HtmlNode {
  const options = { sourceCodeLocationInfo: true };
  return (isDocument(html) ? parse(html, options) : parseFragment(html, options)) as unknown as HtmlNode;
}

/** An attribute's value, or null. */
export const attribute = (node: HtmlNode, name: string): string | null =>
  node.attrs?.find((attr) => attr.name === name)?.value ?? null;

/**
 * Every HTML element in tree order, except what a browser never renders as elements: the
 * inert content of `<template>` (which parse5 keeps apart), `<noscript>` (text while scripts
 * run), and SVG or MathML content.
 */
export function* elements(node: HtmlNode): Generator<HtmlNode> {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName || child.namespaceURI !== HTML_NS) continue;
    yield child;
    yield* elements(child);
  }
}

/** The `lang` an element inherits from its ancestors, or null. */
export function inheritedLang(node: HtmlNode): string | null {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    const lang = parent.tagName ? attribute(parent, 'lang') : null;
    if (lang !== null) return lang;
  }
  return null;
}

/**
 * Whether the parser moved the element away from where its tag is written (a custom element
 * inside a `<table>` is moved before it): text inserted after its start tag would not land in it.
 */
export function isMoved(node: HtmlNode): boolean {
  const start = node.sourceCodeLocation?.startOffset ?? -1;
  const parent = node.parentNode?.sourceCodeLocation;
  if (parent && node.parentNode?.tagName && start < parent.startOffset) return true;
  const siblings = node.parentNode?.childNodes ?? [];
  const later = siblings.slice(siblings.indexOf(node) + 1);
  return later.some((sibling) => sibling.sourceCodeLocation != null && sibling.sourceCodeLocation.startOffset < start);
}

/** Escapes text for an attribute value or element content. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A change to the source: `length` characters at `at` become `text`. */
export interface Edit {
  at: number;
  length: number;
  text: string;
}

/** Applies edits that do not overlap. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = '';
  let from = 0;
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    out += source.slice(from, edit.at) + edit.text;
    from = edit.at + edit.length;
  }
  return out + source.slice(from);
}
