/**
 * Renders one health-widgets element on the server with Lit SSR: the element is constructed,
 * given its attributes, and runs `willUpdate` and `render` (never `connectedCallback` or
 * `updated`), over Lit's DOM shim.
 */
import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { HealthElement } from '../elements/health-element.js';
import { defaultTopicId, getTopic, registerTopic, withRegistrySnapshot } from '../model/registry.js';
import type { Topic } from '../model/topic.js';
import { TopicError } from '../model/validate.js';

/** An element rendered: its shadow root's content and the attributes it added to itself. */
export interface RenderedElement {
  shadow: string;
  /** Attributes the element reflects that its tag did not have (e.g. `layout="auto"`). */
  added: [name: string, value: string][];
  topic: Topic;
  /** What the element warned about while rendering (an unknown category, a bad heading level). */
  warnings: string[];
}

/**
 * A boolean property binding (`.checked=${false}`) as Lit SSR writes it, `checked="false"`: as an
 * attribute that means the opposite. Text and attribute values cannot contain it (Lit escapes
 * their quotes), so only bindings match.
 */
const BOOLEAN_PROPERTY = / (checked|selected|disabled|hidden|open)="(true|false)"/g;

/** Why an element was left as it was. */
export class NotRendered extends Error {
  override name = 'NotRendered';
}

/**
 * Runs `render` with these packs registered beside the ones already there (the built-in pack),
 * then puts the registry back as it was, so each call sees only its own packs. Returns what
 * `render` returns and a message for each pack that is not valid.
 */
export function withPacks<T>(packs: readonly unknown[], render: () => T): { result: T; problems: string[] } {
  return withRegistrySnapshot(() => {
    const problems: string[] = [];
    packs.forEach((pack, index) => {
      try {
        registerTopic(typeof pack === 'string' ? JSON.parse(pack) : pack);
      } catch (error) {
        // A TopicError names the JSON path; JSON.parse says where the text breaks.
        const why = error instanceof TopicError || error instanceof SyntaxError ? error.message : String(error);
        problems.push(`packs[${index}] is not a valid pack, so it is not used: ${why}`);
      }
    });
    return { result: render(), problems };
  });
}

/** Runs `work`, collecting instead of printing what the elements warn (`<tag>: message`). */
function collectingWarnings<T>(tag: string, work: () => T): { value: T; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  const prefix = `<${tag}>: `;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    warnings.push(text.startsWith(prefix) ? text.slice(prefix.length) : text);
  };
  try {
    return { value: work(), warnings };
  } finally {
    console.warn = warn;
  }
}

/**
 * Renders an element's shadow root from its tag and attributes (names in lower case, as the
 * HTML parser gives them), with the language it inherits from the page.
 * @throws {NotRendered} when the element cannot be shown: no pack for it, a `src` to load, or
 *   an element that fails; the message says why and what to do.
 */
export function renderElement(
  tag: string,
  attributes: ReadonlyMap<string, string>,
  inheritedLang: string | null,
): RenderedElement {
  const src = attributes.get('src');
  if (src) {
    throw new NotRendered(
      `src="${src}" is loaded in the browser; to pre-render it, give the pack to the pre-renderer and name it with topic="<id>" instead.`,
    );
  }
  const id = attributes.get('topic') || defaultTopicId();
  const lang = attributes.get('lang') ?? inheritedLang ?? '';
  if (!id || !getTopic(id, lang)) {
    throw new NotRendered(
      `no pack is registered as "${id ?? ''}"; give it to the pre-renderer (--pack file.json, or the packs option).`,
    );
  }
  const { value, warnings } = collectingWarnings(tag, () => {
    const renderer = new LitElementRenderer(tag);
    for (const [name, value] of attributes) renderer.setAttribute(name, value);
    // Lit's shim has no tree to inherit from: the element reads its own `lang` on the server.
    if (!attributes.has('lang') && inheritedLang !== null) renderer.setAttribute('lang', inheritedLang);
    renderer.connectedCallback();
    const element = renderer.element as unknown as HealthElement;
    const topic = element.topicData;
    if (!topic) throw new NotRendered('the element did not get ready on the server.');
    const renderInfo: RenderInfo = {
      elementRenderers: [LitElementRenderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
      eventTargetStack: [],
      slotStack: [],
      deferHydration: false,
    };
    const shadow = collectResultSync(renderer.renderShadow(renderInfo) ?? []).replace(
      BOOLEAN_PROPERTY,
      (_, name: string, value: string) => (value === 'true' ? ` ${name}` : ''),
    );
    const own = new Set([...attributes.keys(), 'lang']);
    const added = (element.attributes as unknown as { name: string; value: string }[])
      .filter(({ name }) => !own.has(name))
      .map(({ name, value }) => [name, value] as [string, string]);
    return { shadow, added, topic };
  });
  return { ...value, warnings };
}
