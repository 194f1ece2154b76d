import type { Answers, Assessment } from './model/assess.js';
import type { Situation, TreatmentPlan } from './model/plan.js';

/** Why an element could not show its topic. */
export type HealthErrorReason = 'unknown-topic' | 'http' | 'network' | 'timeout' | 'not-json' | 'too-large' | 'invalid-pack';

/** Detail of {@link HealthErrorEvent}. */
export interface HealthErrorDetail {
  reason: HealthErrorReason;
  /** The precise cause, in English, for developers. */
  message: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** JSON path of the invalid field, for `invalid-pack`. */
  path?: string;
  /** The `src` that failed to load. */
  src?: string;
}

/** Detail of the checklist events. */
export interface ChecklistEventDetail {
  topicId: string;
  answers: Answers;
  assessment: Assessment;
}

/** Detail of {@link ExplainerChangeEvent}. */
export interface ExplainerChangeDetail {
  topicId: string;
  situation: Situation;
  plan: TreatmentPlan;
}

const init = <T>(detail: T): CustomEventInit<T> => ({ detail, bubbles: true, composed: true });

/** Fired once when an element cannot show its topic (unknown id, failed load, invalid pack). */
export class HealthErrorEvent extends CustomEvent<HealthErrorDetail> {
  static readonly eventName = 'health-error';
  constructor(detail: HealthErrorDetail) {
    super(HealthErrorEvent.eventName, init(detail));
  }
}

/** Fired by `<health-symptom-checklist>` on every answer the person gives or takes back. */
export class ChecklistChangeEvent extends CustomEvent<ChecklistEventDetail> {
  static readonly eventName = 'health-checklist-change';
  constructor(detail: ChecklistEventDetail) {
    super(ChecklistChangeEvent.eventName, init(detail));
  }
}

/** Fired by `<health-symptom-checklist>` when the person asks for the result. */
export class ChecklistResultEvent extends CustomEvent<ChecklistEventDetail> {
  static readonly eventName = 'health-checklist-result';
  constructor(detail: ChecklistEventDetail) {
    super(ChecklistResultEvent.eventName, init(detail));
  }
}

/** Detail of {@link HealthReadyEvent}. */
export interface HealthReadyDetail {
  /** The id of the pack shown. */
  topicId: string;
  /** The language of the pack shown. */
  lang: string;
}

/**
 * Fired when an element has its pack and has rendered it: after the first render with a pack,
 * and again when another pack (a new `topic`, `src` or language) is shown.
 */
export class HealthReadyEvent extends CustomEvent<HealthReadyDetail> {
  static readonly eventName = 'health-ready';
  constructor(detail: HealthReadyDetail) {
    super(HealthReadyEvent.eventName, init(detail));
  }
}

/**
 * Fired by `<health-symptom-checklist>` after its assessment changed for any reason: an answer,
 * answers set by script, a restore, `reset()`, `form.reset()` or a new pack. Pages that mirror
 * the checklist (as the table and the explainer do with `for`) listen to this one event.
 */
export class ChecklistUpdateEvent extends CustomEvent<ChecklistEventDetail> {
  static readonly eventName = 'health-checklist-update';
  constructor(detail: ChecklistEventDetail) {
    super(ChecklistUpdateEvent.eventName, init(detail));
  }
}

/** Fired by `<health-treatment-explainer>` whenever the situation, and so the plan, changes. */
export class ExplainerChangeEvent extends CustomEvent<ExplainerChangeDetail> {
  static readonly eventName = 'health-explainer-change';
  constructor(detail: ExplainerChangeDetail) {
    super(ExplainerChangeEvent.eventName, init(detail));
  }
}

/** Every event the elements fire. */
export type HealthEvent =
  HealthErrorEvent | HealthReadyEvent | ChecklistChangeEvent | ChecklistResultEvent | ChecklistUpdateEvent | ExplainerChangeEvent;

// On the global handlers map, so `document` and `window` listeners are typed too (every element
// map extends it).
declare global {
  interface GlobalEventHandlersEventMap {
    'health-error': HealthErrorEvent;
    'health-ready': HealthReadyEvent;
    'health-checklist-update': ChecklistUpdateEvent;
    'health-checklist-change': ChecklistChangeEvent;
    'health-checklist-result': ChecklistResultEvent;
    'health-explainer-change': ExplainerChangeEvent;
  }
}
