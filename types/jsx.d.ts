import type { SituationInput } from "../lib/index.js";
import type { HealthComparisonTable, HealthElement, HealthSymptomChecklist, HealthTreatmentExplainer, HealthErrorDetail, HealthReadyDetail, ChecklistEventDetail, ExplainerChangeDetail } from "../lib/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

/** `HealthComparisonTable` component event */
export type HealthComparisonTableElementEvent<E = Event> = TypedEvent<
  HealthComparisonTable,
  E
>;
/** `health-error` event type */
export type HealthComparisonTableHealthErrorElementEvent =
  HealthComparisonTableElementEvent<CustomEvent<HealthErrorDetail>>;
/** `health-ready` event type */
export type HealthComparisonTableHealthReadyElementEvent =
  HealthComparisonTableElementEvent<CustomEvent<HealthReadyDetail>>;

export type HealthComparisonTableProps = {
  /** Id of a `<health-symptom-checklist>` to follow. */
  for?: HealthComparisonTable["htmlFor"] | undefined;
  /** Id of a `<health-symptom-checklist>` to follow. */
  htmlFor?: HealthComparisonTable["htmlFor"] | undefined;
  /** Condition id whose column is highlighted (the followed checklist's leaning wins). */
  highlight?: HealthComparisonTable["highlight"] | undefined;
  /** Comma-separated comparison row ids to show, in that order; all when empty. */
  features?: HealthComparisonTable["features"] | undefined;
  /** `auto` (cards in a narrow container), `table` or `stacked`. */
  layout?: HealthComparisonTable["layout"] | undefined;
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  lang?: HealthComparisonTable["lang"] | undefined;
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  topic?: HealthComparisonTable["topic"] | undefined;
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  src?: HealthComparisonTable["src"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "heading-level"?: HealthComparisonTable["headingLevel"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  headingLevel?: HealthComparisonTable["headingLevel"] | undefined;

  /** The topic could not be shown. */
  "onhealth-error"?:
    ((e: HealthComparisonTableHealthErrorElementEvent) => void) | undefined;
  /** The element has rendered a pack: the first one, or another one later. */
  "onhealth-ready"?:
    ((e: HealthComparisonTableHealthReadyElementEvent) => void) | undefined;
};

export type HealthComparisonTableSolidJsProps = {
  /** Id of a `<health-symptom-checklist>` to follow. */
  "attr:for"?: HealthComparisonTable["htmlFor"] | undefined;
  /** Id of a `<health-symptom-checklist>` to follow. */
  "prop:htmlFor"?: HealthComparisonTable["htmlFor"] | undefined;
  /** Condition id whose column is highlighted (the followed checklist's leaning wins). */
  "prop:highlight"?: HealthComparisonTable["highlight"] | undefined;
  /** Comma-separated comparison row ids to show, in that order; all when empty. */
  "prop:features"?: HealthComparisonTable["features"] | undefined;
  /** `auto` (cards in a narrow container), `table` or `stacked`. */
  "prop:layout"?: HealthComparisonTable["layout"] | undefined;
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  "prop:lang"?: HealthComparisonTable["lang"] | undefined;
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  "prop:topic"?: HealthComparisonTable["topic"] | undefined;
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  "prop:src"?: HealthComparisonTable["src"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "attr:heading-level"?: HealthComparisonTable["headingLevel"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "prop:headingLevel"?: HealthComparisonTable["headingLevel"] | undefined;
  /** The topic could not be shown. */
  "on:health-error"?:
    ((e: HealthComparisonTableHealthErrorElementEvent) => void) | undefined;
  /** The element has rendered a pack: the first one, or another one later. */
  "on:health-ready"?:
    ((e: HealthComparisonTableHealthReadyElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `HealthSymptomChecklist` component event */
export type HealthSymptomChecklistElementEvent<E = Event> = TypedEvent<
  HealthSymptomChecklist,
  E
>;
/** `health-checklist-change` event type */
export type HealthSymptomChecklistHealthChecklistChangeElementEvent =
  HealthSymptomChecklistElementEvent<CustomEvent<ChecklistEventDetail>>;
/** `health-checklist-result` event type */
export type HealthSymptomChecklistHealthChecklistResultElementEvent =
  HealthSymptomChecklistElementEvent<CustomEvent<ChecklistEventDetail>>;
/** `health-checklist-update` event type */
export type HealthSymptomChecklistHealthChecklistUpdateElementEvent =
  HealthSymptomChecklistElementEvent<CustomEvent<ChecklistEventDetail>>;
/** `health-error` event type */
export type HealthSymptomChecklistHealthErrorElementEvent =
  HealthSymptomChecklistElementEvent<CustomEvent<HealthErrorDetail>>;
/** `health-ready` event type */
export type HealthSymptomChecklistHealthReadyElementEvent =
  HealthSymptomChecklistElementEvent<CustomEvent<HealthReadyDetail>>;

export type HealthSymptomChecklistProps = {
  /** Comma-separated category ids to show, in that order; all when empty. Signs that call for
care are never hidden: those of other categories stay, in a group of their own. */
  categories?: HealthSymptomChecklist["categories"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  "no-about"?: HealthSymptomChecklist["noAbout"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  noAbout?: HealthSymptomChecklist["noAbout"] | undefined;
  /** A `sessionStorage` key: when set, answers are kept there and restored on reload. */
  persist?: HealthSymptomChecklist["persist"] | undefined;
  /** Form field name: inside a `<form>`, the answers are submitted under it. */
  name?: HealthSymptomChecklist["name"] | undefined;
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  lang?: HealthSymptomChecklist["lang"] | undefined;
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  topic?: HealthSymptomChecklist["topic"] | undefined;
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  src?: HealthSymptomChecklist["src"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "heading-level"?: HealthSymptomChecklist["headingLevel"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  headingLevel?: HealthSymptomChecklist["headingLevel"] | undefined;
  /** The current answers (a copy). Setting them drops unknown ids with a warning; answers set
while a `src` pack loads are applied once it is ready. */
  answers?: HealthSymptomChecklist["answers"] | undefined;

  /** On every answer the person gives or takes back. */
  "onhealth-checklist-change"?:
    | ((e: HealthSymptomChecklistHealthChecklistChangeElementEvent) => void)
    | undefined;
  /** When the person asks for the result. */
  "onhealth-checklist-result"?:
    | ((e: HealthSymptomChecklistHealthChecklistResultElementEvent) => void)
    | undefined;
  /** After the assessment changed, for any reason (an answer, a script, a restore, a reset, a new pack). */
  "onhealth-checklist-update"?:
    | ((e: HealthSymptomChecklistHealthChecklistUpdateElementEvent) => void)
    | undefined;
  /** The topic could not be shown. */
  "onhealth-error"?:
    ((e: HealthSymptomChecklistHealthErrorElementEvent) => void) | undefined;
  /** The element has rendered a pack: the first one, or another one later. */
  "onhealth-ready"?:
    ((e: HealthSymptomChecklistHealthReadyElementEvent) => void) | undefined;
};

export type HealthSymptomChecklistSolidJsProps = {
  /** Comma-separated category ids to show, in that order; all when empty. Signs that call for
care are never hidden: those of other categories stay, in a group of their own. */
  "prop:categories"?: HealthSymptomChecklist["categories"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  "bool:no-about"?: HealthSymptomChecklist["noAbout"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  "prop:noAbout"?: HealthSymptomChecklist["noAbout"] | undefined;
  /** A `sessionStorage` key: when set, answers are kept there and restored on reload. */
  "prop:persist"?: HealthSymptomChecklist["persist"] | undefined;
  /** Form field name: inside a `<form>`, the answers are submitted under it. */
  "prop:name"?: HealthSymptomChecklist["name"] | undefined;
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  "prop:lang"?: HealthSymptomChecklist["lang"] | undefined;
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  "prop:topic"?: HealthSymptomChecklist["topic"] | undefined;
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  "prop:src"?: HealthSymptomChecklist["src"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "attr:heading-level"?: HealthSymptomChecklist["headingLevel"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "prop:headingLevel"?: HealthSymptomChecklist["headingLevel"] | undefined;
  /** The current answers (a copy). Setting them drops unknown ids with a warning; answers set
while a `src` pack loads are applied once it is ready. */
  "prop:answers"?: HealthSymptomChecklist["answers"] | undefined;
  /** On every answer the person gives or takes back. */
  "on:health-checklist-change"?:
    | ((e: HealthSymptomChecklistHealthChecklistChangeElementEvent) => void)
    | undefined;
  /** When the person asks for the result. */
  "on:health-checklist-result"?:
    | ((e: HealthSymptomChecklistHealthChecklistResultElementEvent) => void)
    | undefined;
  /** After the assessment changed, for any reason (an answer, a script, a restore, a reset, a new pack). */
  "on:health-checklist-update"?:
    | ((e: HealthSymptomChecklistHealthChecklistUpdateElementEvent) => void)
    | undefined;
  /** The topic could not be shown. */
  "on:health-error"?:
    ((e: HealthSymptomChecklistHealthErrorElementEvent) => void) | undefined;
  /** The element has rendered a pack: the first one, or another one later. */
  "on:health-ready"?:
    ((e: HealthSymptomChecklistHealthReadyElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `HealthTreatmentExplainer` component event */
export type HealthTreatmentExplainerElementEvent<E = Event> = TypedEvent<
  HealthTreatmentExplainer,
  E
>;
/** `health-explainer-change` event type */
export type HealthTreatmentExplainerHealthExplainerChangeElementEvent =
  HealthTreatmentExplainerElementEvent<CustomEvent<ExplainerChangeDetail>>;
/** `health-error` event type */
export type HealthTreatmentExplainerHealthErrorElementEvent =
  HealthTreatmentExplainerElementEvent<CustomEvent<HealthErrorDetail>>;
/** `health-ready` event type */
export type HealthTreatmentExplainerHealthReadyElementEvent =
  HealthTreatmentExplainerElementEvent<CustomEvent<HealthReadyDetail>>;

export type HealthTreatmentExplainerProps = {
  /** The situation shown: per question id of the pack, the person's pick, else the site's
answer. Set it (an object, or URL query syntax) to give the site's answers; they take over
from the person's picks for those questions. Unknown ids are ignored with a warning. */
  situation?: SituationInput | undefined;
  /** Shorthand for the `severity` situation question, if the pack has one. */
  severity?: HealthTreatmentExplainer["severity"] | undefined;
  /** Shorthand for the `cause` situation question, if the pack has one. */
  cause?: HealthTreatmentExplainer["cause"] | undefined;
  /** Shorthand for the `diet` situation question, if the pack has one. */
  diet?: HealthTreatmentExplainer["diet"] | undefined;
  /** When set, the person cannot change the answers the site set. */
  locked?: HealthTreatmentExplainer["locked"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  "no-about"?: HealthTreatmentExplainer["noAbout"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  noAbout?: HealthTreatmentExplainer["noAbout"] | undefined;
  /** Id of a `<health-symptom-checklist>`: its red-flag signs show here too. */
  for?: HealthTreatmentExplainer["htmlFor"] | undefined;
  /** Id of a `<health-symptom-checklist>`: its red-flag signs show here too. */
  htmlFor?: HealthTreatmentExplainer["htmlFor"] | undefined;
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  lang?: HealthTreatmentExplainer["lang"] | undefined;
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  topic?: HealthTreatmentExplainer["topic"] | undefined;
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  src?: HealthTreatmentExplainer["src"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "heading-level"?: HealthTreatmentExplainer["headingLevel"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  headingLevel?: HealthTreatmentExplainer["headingLevel"] | undefined;

  /** Whenever the situation, and so the plan, changes (also when the site sets it, or another pack takes over). */
  "onhealth-explainer-change"?:
    | ((e: HealthTreatmentExplainerHealthExplainerChangeElementEvent) => void)
    | undefined;
  /** The topic could not be shown. */
  "onhealth-error"?:
    ((e: HealthTreatmentExplainerHealthErrorElementEvent) => void) | undefined;
  /** The element has rendered a pack: the first one, or another one later. */
  "onhealth-ready"?:
    ((e: HealthTreatmentExplainerHealthReadyElementEvent) => void) | undefined;
};

export type HealthTreatmentExplainerSolidJsProps = {
  /** The situation shown: per question id of the pack, the person's pick, else the site's
answer. Set it (an object, or URL query syntax) to give the site's answers; they take over
from the person's picks for those questions. Unknown ids are ignored with a warning. */
  "prop:situation"?: SituationInput | undefined;
  /** Shorthand for the `severity` situation question, if the pack has one. */
  "prop:severity"?: HealthTreatmentExplainer["severity"] | undefined;
  /** Shorthand for the `cause` situation question, if the pack has one. */
  "prop:cause"?: HealthTreatmentExplainer["cause"] | undefined;
  /** Shorthand for the `diet` situation question, if the pack has one. */
  "prop:diet"?: HealthTreatmentExplainer["diet"] | undefined;
  /** When set, the person cannot change the answers the site set. */
  "prop:locked"?: HealthTreatmentExplainer["locked"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  "bool:no-about"?: HealthTreatmentExplainer["noAbout"] | undefined;
  /** Hides the collapsed "About" block (the pack's summary and background). */
  "prop:noAbout"?: HealthTreatmentExplainer["noAbout"] | undefined;
  /** Id of a `<health-symptom-checklist>`: its red-flag signs show here too. */
  "attr:for"?: HealthTreatmentExplainer["htmlFor"] | undefined;
  /** Id of a `<health-symptom-checklist>`: its red-flag signs show here too. */
  "prop:htmlFor"?: HealthTreatmentExplainer["htmlFor"] | undefined;
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  "prop:lang"?: HealthTreatmentExplainer["lang"] | undefined;
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  "prop:topic"?: HealthTreatmentExplainer["topic"] | undefined;
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  "prop:src"?: HealthTreatmentExplainer["src"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "attr:heading-level"?: HealthTreatmentExplainer["headingLevel"] | undefined;
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  "prop:headingLevel"?: HealthTreatmentExplainer["headingLevel"] | undefined;
  /** Whenever the situation, and so the plan, changes (also when the site sets it, or another pack takes over). */
  "on:health-explainer-change"?:
    | ((e: HealthTreatmentExplainerHealthExplainerChangeElementEvent) => void)
    | undefined;
  /** The topic could not be shown. */
  "on:health-error"?:
    ((e: HealthTreatmentExplainerHealthErrorElementEvent) => void) | undefined;
  /** The element has rendered a pack: the first one, or another one later. */
  "on:health-ready"?:
    ((e: HealthTreatmentExplainerHealthReadyElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * The differential table: how the pack's conditions differ, feature by feature, each cell
   * with its source. In a narrow container it becomes stacked cards that keep the table's
   * semantics. With `for`, it follows a checklist: the column the answers lean to and the rows
   * they touched are marked in words, not by colour alone.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `for`/`htmlFor`: Id of a `<health-symptom-checklist>` to follow.
   * - `highlight`: Condition id whose column is highlighted (the followed checklist's leaning wins).
   * - `features`: Comma-separated comparison row ids to show, in that order; all when empty.
   * - `layout`: `auto` (cards in a narrow container), `table` or `stacked`.
   * - `lang`: Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown.
   * - `topic`: Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
   * `import 'health-widgets'`), or else the first pack registered on the page.
   * - `src`: URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`.
   * - `heading-level`/`headingLevel`: Level (2-6) of the element's main heading, so it fits the page outline.
   * - `ready`: Resolves, with the topic id and language, once the element has rendered its first pack
   * (loading included, unlike `updateComplete`). It stays pending while the element shows an
   * error: listen to `health-error` for that. (property only) (readonly)
   * - `topicData`: The topic that is showing, or `null` while loading or after an error. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `health-error`: The topic could not be shown.
   * - `health-ready`: The element has rendered a pack: the first one, or another one later.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--health-accent`: Buttons, links, care cards and highlights. (default: `#005eb8`)
   * - `--health-accent-contrast`: Text on the accent colour. (default: `#fff`)
   * - `--health-danger`: Urgent and emergency advice. (default: `#d5281b`)
   * - `--health-danger-contrast`: Text on the danger colour. (default: `#fff`)
   * - `--health-warning`: "Your answers" marks. (default: `#ffeb3b`)
   * - `--health-warning-contrast`: Text on the warning colour, and the outer focus ring. (default: `#212b32`)
   * - `--health-muted`: Secondary text. (default: `#4c6272`)
   * - `--health-surface`: Card backgrounds. (default: `#fff`)
   * - `--health-subtle`: Panel backgrounds. (default: `#f0f4f5`)
   * - `--health-border`: Borders. (default: `#d8dde0`)
   * - `--health-space`: Base spacing. (default: `1rem`)
   * - `--health-radius`: Corner radius. (default: `4px`)
   * - `--health-focus`: Focus ring. (default: `#ffeb3b`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of everything inside.
   * - `table`: The table.
   * - `highlight`: The header and cells of the highlighted column.
   * - `touched`: A row the followed checklist's answers touched.
   * - `safety`: Not a diagnosis, how it is confirmed, where to get help.
   * - `error`: The in-place error message.
   * - `sources`: The numbered sources and review date.
   */
  "health-comparison-table": Partial<
    HealthComparisonTableProps & BaseProps<HealthComparisonTable> & BaseEvents
  >;

  /**
   * Which co-occurring signs a person has, and which pattern their answers look more like.
   * The result always says it is not a diagnosis, and asks for prompt care on a red-flag sign.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `categories`: Comma-separated category ids to show, in that order; all when empty. Signs that call for
   * care are never hidden: those of other categories stay, in a group of their own.
   * - `no-about`/`noAbout`: Hides the collapsed "About" block (the pack's summary and background).
   * - `persist`: A `sessionStorage` key: when set, answers are kept there and restored on reload.
   * - `name`: Form field name: inside a `<form>`, the answers are submitted under it.
   * - `lang`: Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown.
   * - `topic`: Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
   * `import 'health-widgets'`), or else the first pack registered on the page.
   * - `src`: URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`.
   * - `heading-level`/`headingLevel`: Level (2-6) of the element's main heading, so it fits the page outline.
   * - `answers`: The current answers (a copy). Setting them drops unknown ids with a warning; answers set
   * while a `src` pack loads are applied once it is ready. (property only)
   * - `assessment`: The assessment of the current answers, or `null` until the topic is ready. (property only) (readonly)
   * - `ready`: Resolves, with the topic id and language, once the element has rendered its first pack
   * (loading included, unlike `updateComplete`). It stays pending while the element shows an
   * error: listen to `health-error` for that. (property only) (readonly)
   * - `topicData`: The topic that is showing, or `null` while loading or after an error. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `health-checklist-change`: On every answer the person gives or takes back.
   * - `health-checklist-result`: When the person asks for the result.
   * - `health-checklist-update`: After the assessment changed, for any reason (an answer, a script, a restore, a reset, a new pack).
   * - `health-error`: The topic could not be shown.
   * - `health-ready`: The element has rendered a pack: the first one, or another one later.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `reset() => void`: Clears every answer, hides the result and forgets any persisted answers.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--health-accent`: Buttons, links, care cards and highlights. (default: `#005eb8`)
   * - `--health-accent-contrast`: Text on the accent colour. (default: `#fff`)
   * - `--health-danger`: Urgent and emergency advice. (default: `#d5281b`)
   * - `--health-danger-contrast`: Text on the danger colour. (default: `#fff`)
   * - `--health-warning`: "Your answers" marks. (default: `#ffeb3b`)
   * - `--health-warning-contrast`: Text on the warning colour, and the outer focus ring. (default: `#212b32`)
   * - `--health-muted`: Secondary text. (default: `#4c6272`)
   * - `--health-surface`: Card backgrounds. (default: `#fff`)
   * - `--health-subtle`: Panel backgrounds. (default: `#f0f4f5`)
   * - `--health-border`: Borders. (default: `#d8dde0`)
   * - `--health-space`: Base spacing. (default: `1rem`)
   * - `--health-radius`: Corner radius. (default: `4px`)
   * - `--health-focus`: Focus ring. (default: `#ffeb3b`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of everything inside.
   * - `group`: A fieldset of signs (one per category) or of a pattern question.
   * - `result`: The result panel.
   * - `emergency-card`: The emergency care card, shown as soon as an answer calls for it.
   * - `urgent-card`: The urgent care card, shown as soon as an answer calls for it.
   * - `soon-card`: The "book an appointment" care card, shown as soon as an answer calls for it.
   * - `care-card`: The card with the next step in the result.
   * - `about`: The collapsed "About" block.
   * - `safety`: Not a diagnosis, how it is confirmed, where to get help.
   * - `button`: The buttons.
   * - `error`: The in-place error message.
   * - `sources`: The numbered sources and review date.
   * - `print-summary`: The summary printed for a doctor: the date and the answers.
   */
  "health-symptom-checklist": Partial<
    HealthSymptomChecklistProps & BaseProps<HealthSymptomChecklist> & BaseEvents
  >;

  /**
   * What treatment and self-care fit a person's situation, and what to expect. The situation
   * questions come from the topic pack; the person answers them, or the site sets them. Nothing
   * is picked in advance: a question with no known answer holds back what depends on it and
   * says so. It never infers the situation from symptoms.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `situation`: The situation shown: per question id of the pack, the person's pick, else the site's
   * answer. Set it (an object, or URL query syntax) to give the site's answers; they take over
   * from the person's picks for those questions. Unknown ids are ignored with a warning.
   * - `severity`: Shorthand for the `severity` situation question, if the pack has one.
   * - `cause`: Shorthand for the `cause` situation question, if the pack has one.
   * - `diet`: Shorthand for the `diet` situation question, if the pack has one.
   * - `locked`: When set, the person cannot change the answers the site set.
   * - `no-about`/`noAbout`: Hides the collapsed "About" block (the pack's summary and background).
   * - `for`/`htmlFor`: Id of a `<health-symptom-checklist>`: its red-flag signs show here too.
   * - `lang`: Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown.
   * - `topic`: Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
   * `import 'health-widgets'`), or else the first pack registered on the page.
   * - `src`: URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`.
   * - `heading-level`/`headingLevel`: Level (2-6) of the element's main heading, so it fits the page outline.
   * - `plan`: The plan for the current situation, or `null` until the topic is ready. (property only) (readonly)
   * - `ready`: Resolves, with the topic id and language, once the element has rendered its first pack
   * (loading included, unlike `updateComplete`). It stays pending while the element shows an
   * error: listen to `health-error` for that. (property only) (readonly)
   * - `topicData`: The topic that is showing, or `null` while loading or after an error. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `health-explainer-change`: Whenever the situation, and so the plan, changes (also when the site sets it, or another pack takes over).
   * - `health-error`: The topic could not be shown.
   * - `health-ready`: The element has rendered a pack: the first one, or another one later.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--health-accent`: Buttons, links, care cards and highlights. (default: `#005eb8`)
   * - `--health-accent-contrast`: Text on the accent colour. (default: `#fff`)
   * - `--health-danger`: Urgent and emergency advice. (default: `#d5281b`)
   * - `--health-danger-contrast`: Text on the danger colour. (default: `#fff`)
   * - `--health-warning`: "Your answers" marks. (default: `#ffeb3b`)
   * - `--health-warning-contrast`: Text on the warning colour, and the outer focus ring. (default: `#212b32`)
   * - `--health-muted`: Secondary text. (default: `#4c6272`)
   * - `--health-surface`: Card backgrounds. (default: `#fff`)
   * - `--health-subtle`: Panel backgrounds. (default: `#f0f4f5`)
   * - `--health-border`: Borders. (default: `#d8dde0`)
   * - `--health-space`: Base spacing. (default: `1rem`)
   * - `--health-radius`: Corner radius. (default: `4px`)
   * - `--health-focus`: Focus ring. (default: `#ffeb3b`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of everything inside.
   * - `situation`: The situation questions.
   * - `option`: A treatment option card.
   * - `emergency-card`: The emergency care card, when a followed checklist's answers call for it.
   * - `urgent-card`: The urgent care card, when a followed checklist's answers call for it.
   * - `soon-card`: The "book an appointment" care card, when a followed checklist's answers call for it.
   * - `about`: The collapsed "About" block.
   * - `safety`: Not a diagnosis, how it is confirmed, where to get help.
   * - `error`: The in-place error message.
   * - `sources`: The numbered sources and review date.
   */
  "health-treatment-explainer": Partial<
    HealthTreatmentExplainerProps &
      BaseProps<HealthTreatmentExplainer> &
      BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * The differential table: how the pack's conditions differ, feature by feature, each cell
   * with its source. In a narrow container it becomes stacked cards that keep the table's
   * semantics. With `for`, it follows a checklist: the column the answers lean to and the rows
   * they touched are marked in words, not by colour alone.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `for`/`htmlFor`: Id of a `<health-symptom-checklist>` to follow.
   * - `highlight`: Condition id whose column is highlighted (the followed checklist's leaning wins).
   * - `features`: Comma-separated comparison row ids to show, in that order; all when empty.
   * - `layout`: `auto` (cards in a narrow container), `table` or `stacked`.
   * - `lang`: Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown.
   * - `topic`: Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
   * `import 'health-widgets'`), or else the first pack registered on the page.
   * - `src`: URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`.
   * - `heading-level`/`headingLevel`: Level (2-6) of the element's main heading, so it fits the page outline.
   * - `ready`: Resolves, with the topic id and language, once the element has rendered its first pack
   * (loading included, unlike `updateComplete`). It stays pending while the element shows an
   * error: listen to `health-error` for that. (property only) (readonly)
   * - `topicData`: The topic that is showing, or `null` while loading or after an error. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `health-error`: The topic could not be shown.
   * - `health-ready`: The element has rendered a pack: the first one, or another one later.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--health-accent`: Buttons, links, care cards and highlights. (default: `#005eb8`)
   * - `--health-accent-contrast`: Text on the accent colour. (default: `#fff`)
   * - `--health-danger`: Urgent and emergency advice. (default: `#d5281b`)
   * - `--health-danger-contrast`: Text on the danger colour. (default: `#fff`)
   * - `--health-warning`: "Your answers" marks. (default: `#ffeb3b`)
   * - `--health-warning-contrast`: Text on the warning colour, and the outer focus ring. (default: `#212b32`)
   * - `--health-muted`: Secondary text. (default: `#4c6272`)
   * - `--health-surface`: Card backgrounds. (default: `#fff`)
   * - `--health-subtle`: Panel backgrounds. (default: `#f0f4f5`)
   * - `--health-border`: Borders. (default: `#d8dde0`)
   * - `--health-space`: Base spacing. (default: `1rem`)
   * - `--health-radius`: Corner radius. (default: `4px`)
   * - `--health-focus`: Focus ring. (default: `#ffeb3b`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of everything inside.
   * - `table`: The table.
   * - `highlight`: The header and cells of the highlighted column.
   * - `touched`: A row the followed checklist's answers touched.
   * - `safety`: Not a diagnosis, how it is confirmed, where to get help.
   * - `error`: The in-place error message.
   * - `sources`: The numbered sources and review date.
   */
  "health-comparison-table": Partial<
    HealthComparisonTableProps &
      HealthComparisonTableSolidJsProps &
      BaseProps<HealthComparisonTable> &
      BaseEvents
  >;

  /**
   * Which co-occurring signs a person has, and which pattern their answers look more like.
   * The result always says it is not a diagnosis, and asks for prompt care on a red-flag sign.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `categories`: Comma-separated category ids to show, in that order; all when empty. Signs that call for
   * care are never hidden: those of other categories stay, in a group of their own.
   * - `no-about`/`noAbout`: Hides the collapsed "About" block (the pack's summary and background).
   * - `persist`: A `sessionStorage` key: when set, answers are kept there and restored on reload.
   * - `name`: Form field name: inside a `<form>`, the answers are submitted under it.
   * - `lang`: Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown.
   * - `topic`: Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
   * `import 'health-widgets'`), or else the first pack registered on the page.
   * - `src`: URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`.
   * - `heading-level`/`headingLevel`: Level (2-6) of the element's main heading, so it fits the page outline.
   * - `answers`: The current answers (a copy). Setting them drops unknown ids with a warning; answers set
   * while a `src` pack loads are applied once it is ready. (property only)
   * - `assessment`: The assessment of the current answers, or `null` until the topic is ready. (property only) (readonly)
   * - `ready`: Resolves, with the topic id and language, once the element has rendered its first pack
   * (loading included, unlike `updateComplete`). It stays pending while the element shows an
   * error: listen to `health-error` for that. (property only) (readonly)
   * - `topicData`: The topic that is showing, or `null` while loading or after an error. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `health-checklist-change`: On every answer the person gives or takes back.
   * - `health-checklist-result`: When the person asks for the result.
   * - `health-checklist-update`: After the assessment changed, for any reason (an answer, a script, a restore, a reset, a new pack).
   * - `health-error`: The topic could not be shown.
   * - `health-ready`: The element has rendered a pack: the first one, or another one later.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `reset() => void`: Clears every answer, hides the result and forgets any persisted answers.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--health-accent`: Buttons, links, care cards and highlights. (default: `#005eb8`)
   * - `--health-accent-contrast`: Text on the accent colour. (default: `#fff`)
   * - `--health-danger`: Urgent and emergency advice. (default: `#d5281b`)
   * - `--health-danger-contrast`: Text on the danger colour. (default: `#fff`)
   * - `--health-warning`: "Your answers" marks. (default: `#ffeb3b`)
   * - `--health-warning-contrast`: Text on the warning colour, and the outer focus ring. (default: `#212b32`)
   * - `--health-muted`: Secondary text. (default: `#4c6272`)
   * - `--health-surface`: Card backgrounds. (default: `#fff`)
   * - `--health-subtle`: Panel backgrounds. (default: `#f0f4f5`)
   * - `--health-border`: Borders. (default: `#d8dde0`)
   * - `--health-space`: Base spacing. (default: `1rem`)
   * - `--health-radius`: Corner radius. (default: `4px`)
   * - `--health-focus`: Focus ring. (default: `#ffeb3b`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of everything inside.
   * - `group`: A fieldset of signs (one per category) or of a pattern question.
   * - `result`: The result panel.
   * - `emergency-card`: The emergency care card, shown as soon as an answer calls for it.
   * - `urgent-card`: The urgent care card, shown as soon as an answer calls for it.
   * - `soon-card`: The "book an appointment" care card, shown as soon as an answer calls for it.
   * - `care-card`: The card with the next step in the result.
   * - `about`: The collapsed "About" block.
   * - `safety`: Not a diagnosis, how it is confirmed, where to get help.
   * - `button`: The buttons.
   * - `error`: The in-place error message.
   * - `sources`: The numbered sources and review date.
   * - `print-summary`: The summary printed for a doctor: the date and the answers.
   */
  "health-symptom-checklist": Partial<
    HealthSymptomChecklistProps &
      HealthSymptomChecklistSolidJsProps &
      BaseProps<HealthSymptomChecklist> &
      BaseEvents
  >;

  /**
   * What treatment and self-care fit a person's situation, and what to expect. The situation
   * questions come from the topic pack; the person answers them, or the site sets them. Nothing
   * is picked in advance: a question with no known answer holds back what depends on it and
   * says so. It never infers the situation from symptoms.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `situation`: The situation shown: per question id of the pack, the person's pick, else the site's
   * answer. Set it (an object, or URL query syntax) to give the site's answers; they take over
   * from the person's picks for those questions. Unknown ids are ignored with a warning.
   * - `severity`: Shorthand for the `severity` situation question, if the pack has one.
   * - `cause`: Shorthand for the `cause` situation question, if the pack has one.
   * - `diet`: Shorthand for the `diet` situation question, if the pack has one.
   * - `locked`: When set, the person cannot change the answers the site set.
   * - `no-about`/`noAbout`: Hides the collapsed "About" block (the pack's summary and background).
   * - `for`/`htmlFor`: Id of a `<health-symptom-checklist>`: its red-flag signs show here too.
   * - `lang`: Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown.
   * - `topic`: Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
   * `import 'health-widgets'`), or else the first pack registered on the page.
   * - `src`: URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`.
   * - `heading-level`/`headingLevel`: Level (2-6) of the element's main heading, so it fits the page outline.
   * - `plan`: The plan for the current situation, or `null` until the topic is ready. (property only) (readonly)
   * - `ready`: Resolves, with the topic id and language, once the element has rendered its first pack
   * (loading included, unlike `updateComplete`). It stays pending while the element shows an
   * error: listen to `health-error` for that. (property only) (readonly)
   * - `topicData`: The topic that is showing, or `null` while loading or after an error. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `health-explainer-change`: Whenever the situation, and so the plan, changes (also when the site sets it, or another pack takes over).
   * - `health-error`: The topic could not be shown.
   * - `health-ready`: The element has rendered a pack: the first one, or another one later.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--health-accent`: Buttons, links, care cards and highlights. (default: `#005eb8`)
   * - `--health-accent-contrast`: Text on the accent colour. (default: `#fff`)
   * - `--health-danger`: Urgent and emergency advice. (default: `#d5281b`)
   * - `--health-danger-contrast`: Text on the danger colour. (default: `#fff`)
   * - `--health-warning`: "Your answers" marks. (default: `#ffeb3b`)
   * - `--health-warning-contrast`: Text on the warning colour, and the outer focus ring. (default: `#212b32`)
   * - `--health-muted`: Secondary text. (default: `#4c6272`)
   * - `--health-surface`: Card backgrounds. (default: `#fff`)
   * - `--health-subtle`: Panel backgrounds. (default: `#f0f4f5`)
   * - `--health-border`: Borders. (default: `#d8dde0`)
   * - `--health-space`: Base spacing. (default: `1rem`)
   * - `--health-radius`: Corner radius. (default: `4px`)
   * - `--health-focus`: Focus ring. (default: `#ffeb3b`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of everything inside.
   * - `situation`: The situation questions.
   * - `option`: A treatment option card.
   * - `emergency-card`: The emergency care card, when a followed checklist's answers call for it.
   * - `urgent-card`: The urgent care card, when a followed checklist's answers call for it.
   * - `soon-card`: The "book an appointment" care card, when a followed checklist's answers call for it.
   * - `about`: The collapsed "About" block.
   * - `safety`: Not a diagnosis, how it is confirmed, where to get help.
   * - `error`: The in-place error message.
   * - `sources`: The numbered sources and review date.
   */
  "health-treatment-explainer": Partial<
    HealthTreatmentExplainerProps &
      HealthTreatmentExplainerSolidJsProps &
      BaseProps<HealthTreatmentExplainer> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Buttons, links, care cards and highlights. */
  "--health-accent"?: string | undefined;
  /** Text on the accent colour. */
  "--health-accent-contrast"?: string | undefined;
  /** Urgent and emergency advice. */
  "--health-danger"?: string | undefined;
  /** Text on the danger colour. */
  "--health-danger-contrast"?: string | undefined;
  /** "Your answers" marks. */
  "--health-warning"?: string | undefined;
  /** Text on the warning colour, and the outer focus ring. */
  "--health-warning-contrast"?: string | undefined;
  /** Secondary text. */
  "--health-muted"?: string | undefined;
  /** Card backgrounds. */
  "--health-surface"?: string | undefined;
  /** Panel backgrounds. */
  "--health-subtle"?: string | undefined;
  /** Borders. */
  "--health-border"?: string | undefined;
  /** Base spacing. */
  "--health-space"?: string | undefined;
  /** Corner radius. */
  "--health-radius"?: string | undefined;
  /** Focus ring. */
  "--health-focus"?: string | undefined;
};










