/**
 * The one harness of the element tests (not a test file itself): the test pack, waits, spies,
 * and what a person does (tick, press, print), on top of the role / name / text queries of
 * dom.ts. Importing it registers the plant pack and shortens the wait for a missing pack.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { HealthElement } from '../../src/elements/health-element.js';
import { en } from '../../src/i18n/strings.js';
import { registerTopic, type HealthSymptomChecklist, type HealthTreatmentExplainer, type Topic } from '../../src/index.js';
import { clonePlantPack } from '../fixtures/packs.js';
import { accessibleName, getByRole, headingLevel, queryAllByPart, queryAllByRole, squash, type Scope } from './dom.js';

export * from './dom.js';

/** The three elements, for tests every one of them must pass. */
export const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'] as const;
export type Tag = (typeof TAGS)[number];

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

let unique = 0;
/** A fresh id, for packs and storage keys that must not collide between tests. */
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${++unique}`;

/** Registers a copy of the plant pack, changed by `edit`, under a fresh id. */
export function registerVariant(edit: (pack: Topic) => void = () => {}, prefix = 'plant'): Topic {
  const pack = clonePack();
  pack.id = uniqueId(prefix);
  edit(pack);
  return registerTopic(pack);
}

/**
 * A test route (test/server/routes.mjs) under a query string no other load has used, so the
 * registry's cache of loaded packs never leaks between tests.
 */
export const route = (name: string): string => `/test-routes/${name}?t=${Date.now()}-${++unique}`;

/** How often the test server has answered a route (by name, whatever the query). */
export const hits = async (name: string): Promise<number> => (await (await fetch(`/test-routes/hits/${name}`)).json()) as number;

/** A pack as JSON at a URL of its own, for `src`, without a server route. */
export const packUrl = (pack: unknown): string =>
  URL.createObjectURL(new Blob([JSON.stringify(pack)], { type: 'application/json' }));

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lets observers, events and timers queued so far run, then waits for the elements' render.
 * (Awaiting `updateComplete` alone can resolve before an event asks for an update.)
 */
export async function settle(...elements: HealthElement[]): Promise<void> {
  await aTimeout(0);
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Creates the element from markup, as a page would write it. */
export const widget = <T extends HealthElement = HealthElement>(markup: string): Promise<T> => fixture<T>(markup);

/** The loading state: a status that says it is busy. */
export const isBusy = (el: Scope): boolean =>
  queryAllByRole(el, 'status').some((status) => status.getAttribute('aria-busy') === 'true');

/** The in-place error (the documented `error` part), or null. */
export const errorOf = (el: Scope): HTMLElement | null => queryAllByPart(el, 'error')[0] ?? null;

/** Waits until the element shows its topic (after a `src` load or a wait). */
export async function whenReady(el: HealthElement, message = 'the topic to be shown'): Promise<void> {
  await waitUntil(() => el.topicData !== null && !isBusy(el), message, { timeout: 5000 });
  await el.updateComplete;
}

/** Waits until the element shows its in-place error, then for the `health-error` that follows a task later. */
export async function whenError(el: HealthElement): Promise<void> {
  await waitUntil(() => errorOf(el) !== null, 'the error to be shown', { timeout: 5000 });
  await aTimeout(0);
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

/**
 * Spies on `console.warn` around every test of the `describe` it is called in: the spy it
 * returns reads the current test's warnings.
 */
export function watchWarnings(): WarnSpy {
  let current: WarnSpy | null = null;
  beforeEach(() => {
    current = spyWarn();
  });
  afterEach(() => current?.restore());
  return {
    get messages() {
      return current?.messages ?? [];
    },
    restore: () => current?.restore(),
  };
}

/** Asserts exactly one warning was emitted, and that it contains each fragment. */
export function expectOneWarning(spy: WarnSpy, ...fragments: string[]): void {
  expect(spy.messages, `warnings: ${JSON.stringify(spy.messages)}`).to.have.length(1);
  for (const fragment of fragments) expect(spy.messages[0]).to.include(fragment);
}

/** Records every event of a type that reaches `target`, until `stop()`. */
export function recordEvents<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): { events: Array<GlobalEventHandlersEventMap[K]>; stop(): void } {
  const events: Array<GlobalEventHandlersEventMap[K]> = [];
  const listener = (event: Event) => events.push(event as GlobalEventHandlersEventMap[K]);
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

/** Headings as the user agent exposes them, in reading order. */
export const headings = (scope: Scope): Array<{ level: number; text: string; node: HTMLElement }> =>
  queryAllByRole(scope, 'heading').map((node) => ({
    level: headingLevel(node),
    text: squash(node.textContent),
    node,
  }));

/** The heading texts, in reading order. */
export const headingTexts = (scope: Scope): string[] => headings(scope).map((heading) => heading.text);

/**
 * The checkbox or radio whose accessible name is `label`, or starts with it (a sign's name ends
 * with its clinical term). Fails the test unless exactly one fits.
 */
export function control(scope: Scope, label: string): HTMLInputElement {
  const name = squash(label);
  const fits = (text: string) => text.startsWith(name);
  const found = [...queryAllByRole(scope, 'checkbox', { name: fits }), ...queryAllByRole(scope, 'radio', { name: fits })];
  const exact = found.filter((input) => accessibleName(input) === name);
  const chosen = found.length > 1 && exact.length === 1 ? exact : found;
  expect(chosen, `expected one control labelled "${label}", found ${chosen.length}`).to.have.length(1);
  return chosen[0] as HTMLInputElement;
}

/** The button named `name`. */
export const button = (scope: Scope, name: string): HTMLButtonElement => getByRole<HTMLButtonElement>(scope, 'button', { name });

/** Clicks like a person and waits for the element to render what follows. */
export async function click(el: HealthElement, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Every answer of a pack (signs and pattern options) by id. */
const answerLabel = (topic: Topic, id: string): string => {
  const found = [...topic.symptoms, ...topic.patterns.flatMap((pattern) => pattern.options)].find((answer) => answer.id === id);
  expect(found, `expected an answer "${id}" in the pack "${topic.id}"`).to.exist;
  return found!.label;
};

/**
 * Ticks signs and picks pattern options in a checklist the way a person does: a click on the
 * control labelled with the answer's words (each fires `health-checklist-change`).
 */
export async function answer(checklist: HealthSymptomChecklist, ...ids: string[]): Promise<void> {
  for (const id of ids) await click(checklist, control(checklist, answerLabel(checklist.topicData!, id)));
}

/** Presses the checklist's result button (by its name in the UI's language). */
export async function showResult(checklist: HealthSymptomChecklist, name = en.showResult): Promise<void> {
  await click(checklist, button(checklist, name));
}

/** The checklist's live region: the status that is neither busy loading nor the error. */
export function liveRegion(checklist: Scope): HTMLElement {
  const found = queryAllByRole(checklist, 'status').filter(
    (node) => node.getAttribute('aria-busy') !== 'true' && !node.part.contains('error'),
  );
  expect(found, 'one live region').to.have.length(1);
  return found[0];
}

/** The option cards' titles of an explainer, as shown. */
export const optionTitles = (explainer: HealthElement): string[] =>
  queryAllByPart(explainer, 'option').map((card) => headings(card)[0]?.text ?? '');

/** Prints as a browser does: `beforeprint` first (a checklist builds its summary then), then print media. */
export async function printMedia(): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
}

/** Back to the screen after {@link printMedia}. */
export async function screenMedia(): Promise<void> {
  await emulateMedia({ media: 'screen' });
  window.dispatchEvent(new Event('afterprint'));
}

/** What the probes of a test page record (test/server/csp-probe.js, error-probe.js), and its copies of the library. */
export interface ProbedWindow extends Window {
  /** Uncaught errors, rejected promises, CSP violations. */
  __problems: string[];
  /** Console warnings and health-error details. */
  __errors: unknown[];
  HealthWidgets?: Record<string, unknown> & {
    getTopic(id: string, lang?: string): Topic | undefined;
    HealthElement: { topicWaitMs: number };
  };
}

/** Opens a test page in an 800 px iframe (removed after the test) and resolves once it has loaded. */
export async function openFrame(path: string): Promise<{ win: ProbedWindow; doc: Document }> {
  const frame = Object.assign(document.createElement('iframe'), { src: path });
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as ProbedWindow;
  return { win, doc: win.document };
}

/** A checklist and a table or explainer that follows it (`for`), on one topic; `attributes` go on the follower. */
export async function following<K extends 'health-comparison-table' | 'health-treatment-explainer'>(
  tag: K,
  attributes = '',
  topic = PLANT,
) {
  const id = uniqueId('checklist');
  const page = await fixture<HTMLDivElement>(`<div>
    <health-symptom-checklist id="${id}" topic="${topic}"></health-symptom-checklist>
    <${tag} for="${id}" topic="${topic}" ${attributes}></${tag}>
  </div>`);
  const [checklist, follower] = [...page.children] as [HealthSymptomChecklist, HTMLElementTagNameMap[K]];
  await settle(checklist, follower);
  return { page, checklist, follower };
}

/** A checklist, a table and an explainer following it, on one topic, as a site places them. */
export async function threeWidgets(topic: string = PLANT, { dir = 'ltr', style = '' } = {}) {
  const id = uniqueId('checklist');
  const wrapper = await fixture<HTMLDivElement>(
    html`<div dir=${dir} style=${style}>
      <health-symptom-checklist id=${id} topic=${topic}></health-symptom-checklist>
      <health-comparison-table for=${id} topic=${topic}></health-comparison-table>
      <health-treatment-explainer for=${id} topic=${topic}></health-treatment-explainer>
    </div>`,
  );
  const [checklist, table, explainer] = [...wrapper.children] as [
    HealthSymptomChecklist,
    HealthElement,
    HealthTreatmentExplainer,
  ];
  await settle(checklist, table, explainer);
  return { wrapper, checklist, table, explainer, elements: [checklist, table, explainer] as HealthElement[] };
}
