/**
 * Finds things the way a person or a screen reader does: by role, accessible name and text,
 * through open shadow roots. No class names, no private ids. Pure DOM: no side effects.
 */
import { expect } from '@open-wc/testing';

/** Where to look: every element below it, shadow trees included (not the scope itself). */
export type Scope = Element | ShadowRoot | Document;
/** An exact text (whitespace folded), a pattern, or a test of the folded text. */
export type TextMatch = string | RegExp | ((text: string) => boolean);

export interface RoleOptions {
  name?: TextMatch;
  /** Headings only: the level, from `h1`-`h6` or `aria-level`. */
  level?: number;
  /** Include what no one perceives: `display: none`, `aria-hidden="true"`, a closed `<details>`. */
  hidden?: boolean;
}

export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const matches = (text: string, match: TextMatch): boolean =>
  typeof match === 'string' ? text === squash(match) : match instanceof RegExp ? match.test(text) : match(text);

const describeMatch = (match: TextMatch): string => (typeof match === 'function' ? 'a test' : String(match));

// Type tests by node type, not `instanceof`: a page in an iframe has classes of its own.
const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isShadowRoot = (node: Node | null): node is ShadowRoot => node?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
const isHTMLElement = (node: Node): node is HTMLElement =>
  isElement(node) && node.namespaceURI === 'http://www.w3.org/1999/xhtml';
/** The computed style, from the node's own window. */
const styleOf = (el: Element): CSSStyleDeclaration => (el.ownerDocument.defaultView ?? window).getComputedStyle(el);

/** The parent, crossing from a shadow root to its host. */
const parentOf = (el: Element): Element | null => el.parentElement ?? (isShadowRoot(el.parentNode) ? el.parentNode.host : null);

/** Every element below `node`, in tree order; a host's shadow tree comes before its children. */
function* below(node: ParentNode): Generator<Element> {
  if (isElement(node) && node.shadowRoot) yield* below(node.shadowRoot);
  for (const child of node.children) {
    yield child;
    yield* below(child);
  }
}

/** The node's own style hides it (not its ancestors'). */
function hidesItself(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = styleOf(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Out of the accessibility tree: hidden by style (its own or an ancestor's) or `aria-hidden`. */
export function isHidden(el: Element): boolean {
  for (let at: Element | null = el; at; at = parentOf(at)) if (at.getAttribute('aria-hidden') === 'true') return true;
  // `display: contents` has no box of its own, so ask its parent; a closed <details> hides its content.
  let box: Element | null = el;
  while (box && styleOf(box).display === 'contents') box = parentOf(box);
  return box ? !box.checkVisibility({ visibilityProperty: true }) : false;
}

const INPUT_ROLES: Record<string, string | null> = {
  checkbox: 'checkbox',
  radio: 'radio',
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
  hidden: null,
};

const IMPLICIT_ROLES: Record<string, string> = {
  button: 'button',
  textarea: 'textbox',
  table: 'table',
  caption: 'caption',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tfoot: 'rowgroup',
  tr: 'row',
  td: 'cell',
  ul: 'list',
  ol: 'list',
  menu: 'list',
  li: 'listitem',
  fieldset: 'group',
  details: 'group',
  optgroup: 'group',
  aside: 'complementary',
  nav: 'navigation',
  main: 'main',
  article: 'article',
  form: 'form',
  p: 'paragraph',
  hr: 'separator',
  output: 'status',
  progress: 'progressbar',
  dialog: 'dialog',
  strong: 'strong',
  em: 'emphasis',
  time: 'time',
  figure: 'figure',
  blockquote: 'blockquote',
};

/** The role a browser exposes: the `role` attribute, else the native element's own. */
export function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit === 'presentation' ? 'none' : explicit;
  const tag = el.localName;
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    return type in INPUT_ROLES ? INPUT_ROLES[type] : 'textbox';
  }
  if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : null;
  if (tag === 'select') return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
  if (tag === 'img') return el.getAttribute('alt') === '' ? 'none' : 'img';
  if (tag === 'section') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
  if (tag === 'th') {
    const scope = el.getAttribute('scope');
    return scope === 'row' ? 'rowheader' : scope === 'col' || el.closest('thead') ? 'columnheader' : 'rowheader';
  }
  return IMPLICIT_ROLES[tag] ?? null;
}

/** A heading's level: `aria-level`, else the number of `h1`-`h6`. */
export function headingLevel(el: Element): number {
  const level = Number(el.getAttribute('aria-level'));
  if (Number.isInteger(level) && level > 0) return level;
  const tag = /^h([1-6])$/.exec(el.localName);
  return tag ? Number(tag[1]) : 2;
}

/** Roles whose name comes from their content (WAI-ARIA 1.2), as for a button or a heading. */
const NAME_FROM_CONTENT = new Set([
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'gridcell',
  'heading',
  'link',
  'menuitem',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'tooltip',
  'treeitem',
]);

/**
 * Text from content, as the accessible-name algorithm reads it: hidden nodes are left out
 * (unless the whole node is hidden and referenced, as `aria-labelledby` may do), block boxes
 * are separate words, controls add nothing.
 */
function contentText(node: Node, keepHidden: boolean): string {
  if (isText(node)) return node.data;
  if (!isElement(node) && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  if (isElement(node)) {
    if (!keepHidden && hidesItself(node)) return '';
    if (['input', 'select', 'textarea', 'script', 'style', 'template'].includes(node.localName)) return '';
    const label = node.getAttribute('aria-label')?.trim();
    if (label) return label;
  }
  const source = isElement(node) && node.shadowRoot ? node.shadowRoot : node;
  const text = [...source.childNodes].map((child) => contentText(child, keepHidden)).join('');
  return isElement(node) && (separates(styleOf(node)) || node.localName === 'br') ? ` ${text} ` : text;
}

/**
 * A box that is a word of its own: a block in the flow. Absolute positioning makes any box a
 * block, but a visually hidden prefix ("Urgent advice: ") is still read as part of its line.
 */
const separates = (style: CSSStyleDeclaration): boolean =>
  !style.display.startsWith('inline') && style.position !== 'absolute' && style.position !== 'fixed';

/** The accessible name: `aria-labelledby`, `aria-label`, the native label, else the content for roles named by it. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby')?.trim();
  if (ids) {
    const refs = ids
      .split(/\s+/)
      .map((id) => root.getElementById(id))
      .filter((ref): ref is HTMLElement => ref !== null);
    return squash(refs.map((ref) => contentText(ref, isHidden(ref))).join(' '));
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return squash(label);
  if (el.localName === 'input' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type))
    return squash((el as HTMLInputElement).value);
  const labels = (el as Partial<HTMLInputElement>).labels;
  if (labels?.length) return squash([...labels].map((node) => contentText(node, false)).join(' '));
  const caption =
    el.localName === 'fieldset'
      ? el.querySelector(':scope > legend')
      : el.localName === 'table'
        ? (el as HTMLTableElement).caption
        : null;
  if (caption) return squash(contentText(caption, true));
  if (el.localName === 'img') return squash(el.getAttribute('alt'));
  if (NAME_FROM_CONTENT.has(roleOf(el) ?? '')) return squash(contentText(el, false));
  return squash(el.getAttribute('title'));
}

/** The accessible description: the text of the elements `aria-describedby` names. */
export function accessibleDescription(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-describedby')?.trim().split(/\s+/) ?? [];
  return squash(
    ids
      .map((id) => root.getElementById(id))
      .map((ref) => (ref ? contentText(ref, true) : ''))
      .join(' '),
  );
}

/** Every element below `scope` with the role (and name, level) asked for, in tree order. */
export function queryAllByRole(scope: Scope, role: string, options: RoleOptions = {}): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of below(scope)) {
    if (roleOf(el) !== role || !isHTMLElement(el)) continue;
    if (options.level !== undefined && headingLevel(el) !== options.level) continue;
    if (options.name !== undefined && !matches(accessibleName(el), options.name)) continue;
    if (!options.hidden && isHidden(el)) continue;
    found.push(el);
  }
  return found;
}

const describeRole = (role: string, options: RoleOptions) =>
  `role "${role}"${options.name !== undefined ? ` named ${describeMatch(options.name)}` : ''}${options.level ? ` at level ${options.level}` : ''}`;

/** Like {@link queryAllByRole}; fails the test when nothing matches. */
export function getAllByRole(scope: Scope, role: string, options: RoleOptions = {}): HTMLElement[] {
  const found = queryAllByRole(scope, role, options);
  expect(found, `expected an element of ${describeRole(role, options)}`).to.not.be.empty;
  return found;
}

/** The one element of the role; fails the test unless there is exactly one. */
export function getByRole<T extends HTMLElement = HTMLElement>(scope: Scope, role: string, options: RoleOptions = {}): T {
  const found = queryAllByRole(scope, role, options);
  expect(found, `expected one element of ${describeRole(role, options)}, found ${found.length}`).to.have.length(1);
  return found[0] as T;
}

/** The element of the role, or null; fails the test when there are several. */
export function queryByRole<T extends HTMLElement = HTMLElement>(
  scope: Scope,
  role: string,
  options: RoleOptions = {},
): T | null {
  const found = queryAllByRole(scope, role, options);
  expect(found.length, `expected at most one element of ${describeRole(role, options)}`).to.be.at.most(1);
  return (found[0] as T | undefined) ?? null;
}

/**
 * The text a person meets below `scope`: what is rendered, visually hidden text included,
 * `display: none` left out (unless `hidden`). Block boxes are separate words.
 */
export function textOf(scope: Scope, { hidden = false } = {}): string {
  const source = isElement(scope) && scope.shadowRoot ? scope.shadowRoot : scope;
  const walk = (node: Node): string => {
    if (isText(node)) return node.data;
    if (!isElement(node)) return [...node.childNodes].map(walk).join('');
    if (['script', 'style', 'template'].includes(node.localName)) return '';
    const style = styleOf(node);
    // checkVisibility also sees the content of a closed <details>; `display: contents` has no box to ask.
    if (
      !hidden &&
      (style.display === 'contents' ? style.visibility === 'hidden' : !node.checkVisibility({ visibilityProperty: true }))
    )
      return '';
    const text = [...(node.shadowRoot ?? node).childNodes].map(walk).join('');
    return separates(style) ? ` ${text} ` : text;
  };
  return squash([...source.childNodes].map(walk).join(''));
}

/** The innermost elements below `scope` whose text ({@link textOf}) matches. */
export function queryAllByText(scope: Scope, match: TextMatch, { hidden = false } = {}): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of below(scope)) {
    if (!isHTMLElement(el) || (!hidden && isHidden(el)) || !matches(textOf(el, { hidden }), match)) continue;
    // An ancestor matched only through this element: keep the innermost.
    for (let at = parentOf(el); at; at = parentOf(at)) {
      const index = found.indexOf(at as HTMLElement);
      if (index >= 0) found.splice(index, 1);
    }
    found.push(el);
  }
  return found;
}

/** The one innermost element whose text matches; fails the test unless there is exactly one. */
export function getByText<T extends HTMLElement = HTMLElement>(scope: Scope, match: TextMatch, options = { hidden: false }): T {
  const found = queryAllByText(scope, match, options);
  expect(found, `expected one element with the text ${describeMatch(match)}, found ${found.length}`).to.have.length(1);
  return found[0] as T;
}

/** The elements below `scope` that carry a documented `part` name (part="a b" carries a and b). */
export const queryAllByPart = (scope: Scope, name: string): HTMLElement[] =>
  [...below(scope)].filter((el): el is HTMLElement => isHTMLElement(el) && el.part.contains(name));

/** The one element with the part; fails the test unless there is exactly one. */
export function getByPart<T extends HTMLElement = HTMLElement>(scope: Scope, name: string): T {
  const found = queryAllByPart(scope, name);
  expect(found, `expected one part "${name}", found ${found.length}`).to.have.length(1);
  return found[0] as T;
}

/** Whether an element carries a part name. */
export const hasPart = (el: Element, name: string): boolean => el.part.contains(name);

/** The element that has focus, followed into shadow roots (null when it is the page body). */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}

/** True when the nodes are in this document order (within one tree). */
export const inOrder = (...nodes: Node[]): boolean =>
  nodes.every((node, i) => i === 0 || Boolean(nodes[i - 1].compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
