/**
 * Helpers for the comparison-table and treatment-explainer tests (not a test file itself),
 * on top of the shared ones in helpers.ts.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { HealthSymptomChecklist } from '../../src/index.js';

export {
  expectOneWarning,
  recordEvents as record,
  route,
  spyWarn,
  uniqueId as uid,
  type WarnSpy,
} from './helpers.js';

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
