/**
 * Helpers for the comparison-table and treatment-explainer tests (not a test file itself).
 * Kept apart from helpers.ts, which the checklist tests own.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { HealthSymptomChecklist } from '../../src/index.js';

let unique = 0;

/** A fresh id, so ids and cache keys never collide between tests. */
export const uid = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${++unique}`;

/** A test route under a query string no other load has used (the registry caches by URL). */
export const route = (name: string): string => `/test-routes/${name}?f=${uid('r')}`;

/** Whitespace-collapsed text. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element's open shadow root. */
export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no open shadow root`);
  return root;
}

/** Everything the element renders, whitespace-collapsed (visually hidden text included). */
export const textOf = (el: Element): string => squash(shadow(el).textContent);

/** One element in the shadow root; fails the test when missing. */
export function one<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  expect(found, `expected ${selector} in <${el.localName}>`).to.exist;
  return found!;
}

/** All elements in the shadow root that match. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** Computed `display` of an element. */
export const display = (node: Element): string => getComputedStyle(node).display;

/**
 * Lets mutation observers, events and timers queued so far run, then waits for the element's
 * render. (Awaiting `updateComplete` alone can resolve before an observer asks for an update.)
 */
export async function settle(...elements: LitElement[]): Promise<void> {
  await aTimeout(0);
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Replaces `console.warn`, recording each call, until `restore()`. */
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

/** Exactly one warning so far, containing every fragment. */
export function expectOneWarning(spy: WarnSpy, ...fragments: string[]): void {
  expect(spy.messages, `warnings: ${JSON.stringify(spy.messages)}`).to.have.length(1);
  for (const fragment of fragments) expect(spy.messages[0]).to.include(fragment);
}

/** Records every event of a type that reaches `target`, until `stop()`. */
export function record<T extends Event>(target: EventTarget, type: string): { events: T[]; stop(): void } {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  target.addEventListener(type, listener);
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/**
 * Ticks signs and picks pattern options in a checklist the way a person does (a click on
 * each control, each firing `health-checklist-change`), then waits for it to render.
 */
export async function answer(checklist: HealthSymptomChecklist, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    const input = shadow(checklist).querySelector<HTMLInputElement>(`#sign-${id}, #option-${id}`);
    expect(input, `expected a control for "${id}" in the checklist`).to.exist;
    input!.click();
    await checklist.updateComplete;
  }
}
