/** Shared helpers for the element tests (not a test file itself). */
import { expect, waitUntil } from '@open-wc/testing';
import { HealthElement } from '../../src/elements/health-element.js';
import type { Topic } from '../../src/model/topic.js';
import { registerTopic } from '../../src/index.js';
import { clonePlantPack } from '../fixtures/packs.js';

let unique = 0;
/**
 * A test route under a query string no other load has used, so the registry's cache of
 * loaded packs never leaks between tests.
 */
export const route = (name: string): string => `/test-routes/${name}?t=${Date.now()}-${++unique}`;

/** A fresh id, for packs and storage keys that must not collide between tests. */
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${++unique}`;

/**
 * Element tests wait 200 ms, not the default 3 s, before a topic that is not registered counts
 * as missing; the tests of that wait set their own.
 */
HealthElement.topicWaitMs = 200;

/** The synthetic test pack, registered: element tests use it with `topic=${PLANT}`. */
export const plantTopic = registerTopic(clonePlantPack());
export const PLANT = plantTopic.id;

/** A deep copy of the synthetic test pack that a test may change freely. */
export const clonePack = (): Topic => clonePlantPack();

/** Whitespace-collapsed text. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element's shadow root. */
export function root(el: Element): ShadowRoot {
  const shadow = el.shadowRoot;
  if (!shadow) throw new Error(`<${el.localName}> has no open shadow root`);
  return shadow;
}

/** Everything the element renders, as whitespace-collapsed text (visually hidden text included). */
export const shownText = (el: Element): string => squash(root(el).textContent);

/** One element inside the shadow root; fails the test when it is missing. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  expect(found, `expected ${selector} in <${el.localName}>`).to.exist;
  return found!;
}

/** All elements inside the shadow root that match. */
export const parts = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...root(el).querySelectorAll<T>(selector),
];

/** The visible name of a form control: the text of its label(s). */
export const labelOf = (input: HTMLInputElement): string =>
  squash([...(input.labels ?? [])].map((label) => label.textContent).join(' '));

/** The checkbox or radio whose label text starts with `name` (the plain-language label). */
export function control(el: Element, name: string): HTMLInputElement {
  const found = parts<HTMLInputElement>(el, 'input').find((input) => labelOf(input).startsWith(name));
  expect(found, `expected a control labelled "${name}"`).to.exist;
  return found!;
}

/** Headings (role=heading) as the user agent exposes them. */
export const headings = (el: Element): Array<{ level: number; text: string; node: HTMLElement }> =>
  parts(el, '[role="heading"]').map((node) => ({
    level: Number(node.getAttribute('aria-level')),
    text: squash(node.textContent),
    node,
  }));

/** The element the user has focused inside the shadow root (`null` when focus is elsewhere). */
export const focused = (el: Element): Element | null => root(el).activeElement;

/** Clicks a control like a user and waits for the element to render the answer. */
export async function click(el: HealthElement, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Waits until the element shows its topic (after a `src` load). */
export async function whenReady(el: HealthElement, message = 'the topic to be shown'): Promise<void> {
  await waitUntil(() => el.topicData !== null && !root(el).querySelector('[aria-busy="true"]'), message, {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** Waits until the element shows its in-place error. */
export async function whenError(el: HealthElement): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part="error"]') !== null, 'the error to be shown', {
    timeout: 5000,
  });
  // health-error follows in the next task.
  await new Promise((resolve) => setTimeout(resolve));
}

/** Replaces `console.warn` and records what it is called with, until `restore()`. */
export interface WarnSpy {
  readonly messages: string[];
  restore(): void;
}

export function spyWarn(): WarnSpy {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Asserts exactly one warning was emitted, and that it contains each fragment. */
export function expectOneWarning(spy: WarnSpy, ...fragments: string[]): void {
  expect(spy.messages, `warnings: ${JSON.stringify(spy.messages)}`).to.have.length(1);
  for (const fragment of fragments) expect(spy.messages[0]).to.include(fragment);
}

/** Records every event of a type that reaches `target`, until `stop()`. */
export function recordEvents<T extends Event>(target: EventTarget, type: string): { events: T[]; stop(): void } {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  target.addEventListener(type, listener);
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/** Replaces `window.fetch` with a pass-through that records each request's URL and signal. */
export function spyFetch(): { calls: Array<{ url: string; signal: AbortSignal | null }>; restore(): void } {
  const original = window.fetch;
  const calls: Array<{ url: string; signal: AbortSignal | null }> = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal ?? null });
    return original.call(window, input, init);
  };
  return {
    calls,
    restore: () => {
      window.fetch = original;
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
