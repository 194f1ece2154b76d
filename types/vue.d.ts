import type { SituationInput } from "../lib/index.js";
import type { DefineComponent, HTMLAttributes } from "vue";
import type { HealthComparisonTable, HealthErrorDetail, HealthReadyDetail, HealthSymptomChecklist, ChecklistEventDetail, HealthTreatmentExplainer, ExplainerChangeDetail } from "../lib/index.js";

type HealthComparisonTableProps = {
  /** Id of a `<health-symptom-checklist>` to follow. */
  for?: HealthComparisonTable["htmlFor"];
  /** Condition id whose column is highlighted (the followed checklist's leaning wins). */
  highlight?: HealthComparisonTable["highlight"];
  /** Comma-separated comparison row ids to show, in that order; all when empty. */
  features?: HealthComparisonTable["features"];
  /** `auto` (cards in a narrow container), `table` or `stacked`. */
  layout?: HealthComparisonTable["layout"];
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  lang?: HealthComparisonTable["lang"];
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  topic?: HealthComparisonTable["topic"];
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  src?: HealthComparisonTable["src"];
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  headingLevel?: HealthComparisonTable["headingLevel"];

  /** The topic could not be shown. */
  onHealthError?: (e: CustomEvent<HealthErrorDetail>) => void;
  /** The element has rendered a pack: the first one, or another one later. */
  onHealthReady?: (e: CustomEvent<HealthReadyDetail>) => void;
};

type HealthSymptomChecklistProps = {
  /** Comma-separated category ids to show, in that order; all when empty. Signs that call for
care are never hidden: those of other categories stay, in a group of their own. */
  categories?: HealthSymptomChecklist["categories"];
  /** Hides the collapsed "About" block (the pack's summary and background). */
  noAbout?: HealthSymptomChecklist["noAbout"];
  /** A `sessionStorage` key: when set, answers are kept there and restored on reload. */
  persist?: HealthSymptomChecklist["persist"];
  /** Form field name: inside a `<form>`, the answers are submitted under it. */
  name?: HealthSymptomChecklist["name"];
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  lang?: HealthSymptomChecklist["lang"];
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  topic?: HealthSymptomChecklist["topic"];
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  src?: HealthSymptomChecklist["src"];
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  headingLevel?: HealthSymptomChecklist["headingLevel"];
  /** The current answers (a copy). Setting them drops unknown ids with a warning; answers set
while a `src` pack loads are applied once it is ready. */
  answers?: HealthSymptomChecklist["answers"];
  /** On every answer the person gives or takes back. */
  onHealthChecklistChange?: (e: CustomEvent<ChecklistEventDetail>) => void;
  /** When the person asks for the result. */
  onHealthChecklistResult?: (e: CustomEvent<ChecklistEventDetail>) => void;
  /** After the assessment changed, for any reason (an answer, a script, a restore, a reset, a new pack). */
  onHealthChecklistUpdate?: (e: CustomEvent<ChecklistEventDetail>) => void;
  /** The topic could not be shown. */
  onHealthError?: (e: CustomEvent<HealthErrorDetail>) => void;
  /** The element has rendered a pack: the first one, or another one later. */
  onHealthReady?: (e: CustomEvent<HealthReadyDetail>) => void;
};

type HealthTreatmentExplainerProps = {
  /** The situation shown: per question id of the pack, the person's pick, else the site's
answer. Set it (an object, or URL query syntax) to give the site's answers; they take over
from the person's picks for those questions. Unknown ids are ignored with a warning. */
  situation?: SituationInput;
  /** Shorthand for the `severity` situation question, if the pack has one. */
  severity?: HealthTreatmentExplainer["severity"];
  /** Shorthand for the `cause` situation question, if the pack has one. */
  cause?: HealthTreatmentExplainer["cause"];
  /** Shorthand for the `diet` situation question, if the pack has one. */
  diet?: HealthTreatmentExplainer["diet"];
  /** When set, the person cannot change the answers the site set. */
  locked?: HealthTreatmentExplainer["locked"];
  /** Hides the collapsed "About" block (the pack's summary and background). */
  noAbout?: HealthTreatmentExplainer["noAbout"];
  /** Id of a `<health-symptom-checklist>`: its red-flag signs show here too. */
  for?: HealthTreatmentExplainer["htmlFor"];
  /** Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown. */
  lang?: HealthTreatmentExplainer["lang"];
  /** Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
`import 'health-widgets'`), or else the first pack registered on the page. */
  topic?: HealthTreatmentExplainer["topic"];
  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  src?: HealthTreatmentExplainer["src"];
  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  headingLevel?: HealthTreatmentExplainer["headingLevel"];

  /** Whenever the situation, and so the plan, changes (also when the site sets it, or another pack takes over). */
  onHealthExplainerChange?: (e: CustomEvent<ExplainerChangeDetail>) => void;
  /** The topic could not be shown. */
  onHealthError?: (e: CustomEvent<HealthErrorDetail>) => void;
  /** The element has rendered a pack: the first one, or another one later. */
  onHealthReady?: (e: CustomEvent<HealthReadyDetail>) => void;
};

export type CustomElements = {
  /**
   * A sourced comparison table that reflows into cards.
   * ---
   *
   *
   * ### **Events:**
   *  - **health-error** - The topic could not be shown.
   * - **health-ready** - The element has rendered a pack: the first one, or another one later.
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--health-accent** - Buttons, links, care cards and highlights. _(default: #005eb8)_
   * - **--health-accent-contrast** - Text on the accent colour. _(default: #fff)_
   * - **--health-danger** - Urgent and emergency advice. _(default: #d5281b)_
   * - **--health-danger-contrast** - Text on the danger colour. _(default: #fff)_
   * - **--health-warning** - "Your answers" marks. _(default: #ffeb3b)_
   * - **--health-warning-contrast** - Text on the warning colour, and the outer focus ring. _(default: #212b32)_
   * - **--health-muted** - Secondary text. _(default: #4c6272)_
   * - **--health-surface** - Card backgrounds. _(default: #fff)_
   * - **--health-subtle** - Panel backgrounds. _(default: #f0f4f5)_
   * - **--health-border** - Borders. _(default: #d8dde0)_
   * - **--health-space** - Base spacing. _(default: 1rem)_
   * - **--health-radius** - Corner radius. _(default: 4px)_
   * - **--health-focus** - Focus ring. _(default: #ffeb3b)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of everything inside.
   * - **table** - The table.
   * - **highlight** - The header and cells of the highlighted column.
   * - **touched** - A row the followed checklist's answers touched.
   * - **safety** - Not a diagnosis, how it is confirmed, where to get help.
   * - **error** - The in-place error message.
   * - **sources** - The numbered sources and review date.
   */
  "health-comparison-table": DefineComponent<HealthComparisonTableProps & HTMLAttributes>;

  /**
   * A symptom checklist with a plain-language, sourced result.
   * ---
   *
   *
   * ### **Events:**
   *  - **health-checklist-change** - On every answer the person gives or takes back.
   * - **health-checklist-result** - When the person asks for the result.
   * - **health-checklist-update** - After the assessment changed, for any reason (an answer, a script, a restore, a reset, a new pack).
   * - **health-error** - The topic could not be shown.
   * - **health-ready** - The element has rendered a pack: the first one, or another one later.
   *
   * ### **Methods:**
   *  - **reset(): _void_** - Clears every answer, hides the result and forgets any persisted answers.
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--health-accent** - Buttons, links, care cards and highlights. _(default: #005eb8)_
   * - **--health-accent-contrast** - Text on the accent colour. _(default: #fff)_
   * - **--health-danger** - Urgent and emergency advice. _(default: #d5281b)_
   * - **--health-danger-contrast** - Text on the danger colour. _(default: #fff)_
   * - **--health-warning** - "Your answers" marks. _(default: #ffeb3b)_
   * - **--health-warning-contrast** - Text on the warning colour, and the outer focus ring. _(default: #212b32)_
   * - **--health-muted** - Secondary text. _(default: #4c6272)_
   * - **--health-surface** - Card backgrounds. _(default: #fff)_
   * - **--health-subtle** - Panel backgrounds. _(default: #f0f4f5)_
   * - **--health-border** - Borders. _(default: #d8dde0)_
   * - **--health-space** - Base spacing. _(default: 1rem)_
   * - **--health-radius** - Corner radius. _(default: 4px)_
   * - **--health-focus** - Focus ring. _(default: #ffeb3b)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of everything inside.
   * - **group** - A fieldset of signs (one per category) or of a pattern question.
   * - **result** - The result panel.
   * - **emergency-card** - The emergency care card, shown as soon as an answer calls for it.
   * - **urgent-card** - The urgent care card, shown as soon as an answer calls for it.
   * - **soon-card** - The "book an appointment" care card, shown as soon as an answer calls for it.
   * - **care-card** - The card with the next step in the result.
   * - **about** - The collapsed "About" block.
   * - **safety** - Not a diagnosis, how it is confirmed, where to get help.
   * - **button** - The buttons.
   * - **error** - The in-place error message.
   * - **sources** - The numbered sources and review date.
   * - **print-summary** - The summary printed for a doctor: the date and the answers.
   */
  "health-symptom-checklist": DefineComponent<HealthSymptomChecklistProps & HTMLAttributes>;

  /**
   * A treatment explainer for the situation the person picks or the site sets.
   * ---
   *
   *
   * ### **Events:**
   *  - **health-explainer-change** - Whenever the situation, and so the plan, changes (also when the site sets it, or another pack takes over).
   * - **health-error** - The topic could not be shown.
   * - **health-ready** - The element has rendered a pack: the first one, or another one later.
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--health-accent** - Buttons, links, care cards and highlights. _(default: #005eb8)_
   * - **--health-accent-contrast** - Text on the accent colour. _(default: #fff)_
   * - **--health-danger** - Urgent and emergency advice. _(default: #d5281b)_
   * - **--health-danger-contrast** - Text on the danger colour. _(default: #fff)_
   * - **--health-warning** - "Your answers" marks. _(default: #ffeb3b)_
   * - **--health-warning-contrast** - Text on the warning colour, and the outer focus ring. _(default: #212b32)_
   * - **--health-muted** - Secondary text. _(default: #4c6272)_
   * - **--health-surface** - Card backgrounds. _(default: #fff)_
   * - **--health-subtle** - Panel backgrounds. _(default: #f0f4f5)_
   * - **--health-border** - Borders. _(default: #d8dde0)_
   * - **--health-space** - Base spacing. _(default: 1rem)_
   * - **--health-radius** - Corner radius. _(default: 4px)_
   * - **--health-focus** - Focus ring. _(default: #ffeb3b)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of everything inside.
   * - **situation** - The situation questions.
   * - **option** - A treatment option card.
   * - **emergency-card** - The emergency care card, when a followed checklist's answers call for it.
   * - **urgent-card** - The urgent care card, when a followed checklist's answers call for it.
   * - **soon-card** - The "book an appointment" care card, when a followed checklist's answers call for it.
   * - **about** - The collapsed "About" block.
   * - **safety** - Not a diagnosis, how it is confirmed, where to get help.
   * - **error** - The in-place error message.
   * - **sources** - The numbered sources and review date.
   */
  "health-treatment-explainer": DefineComponent<HealthTreatmentExplainerProps & HTMLAttributes>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
