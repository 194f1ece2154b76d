import type { AdviceList, ListItem, SituationQuestion, Statement, Topic, Treatment } from './topic.js';

/**
 * The person's situation: the chosen option id per situation question id of the pack. A
 * question that is missing has no answer yet, which counts as "not known".
 */
export type Situation = Record<string, string>;

/** A question whose answer is not known yet while something in the plan depends on it. */
export interface PendingQuestion {
  questionId: string;
  /** The pack's "this depends on ..." statement for that question. */
  statement: Statement;
}

/** A list of the pack as it applies to the situation. */
export interface PlannedList {
  id: string;
  title: string;
  /** The pack's advice for the chosen answer, if it has one. */
  advice: Statement | null;
  /** The items that fit the answer (and those that always apply). */
  items: ListItem[];
  /** Set when the list's question has no known answer: its items for an answer are held back. */
  pending: Statement | null;
  /** Self-care: never shown beside urgent or emergency advice. */
  selfCare: boolean;
}

/** The result of {@link planTreatment}: what applies, what waits for an answer, what always holds. */
export interface TreatmentPlan {
  topicId: string;
  /** The answers the plan is for (a checked copy). */
  situation: Situation;
  /** The pack's first paragraph for the explainer, if it has one. */
  intro: Statement | null;
  /** Treatment options that fit the situation, each with why. */
  options: Treatment[];
  /** Questions with no known answer that decide whether a treatment fits, in the pack's order. */
  pending: PendingQuestion[];
  lists: PlannedList[];
  /** What to expect, in order. */
  steps: Statement[];
  notDiagnosis: Statement;
}

/** Thrown by {@link planTreatment} and {@link parseSituation} for an id the pack does not have. */
export class SituationError extends Error {
  override name = 'SituationError';
  constructor(
    /** The question id the problem is about (the key in the situation). */
    readonly field: string,
    readonly value: unknown,
    /** What would have been accepted. */
    readonly allowed: readonly string[],
  ) {
    const list = allowed.map((a) => `"${a}"`).join(', ') || 'nothing (the topic asks no situation questions)';
    super(`${field}: expected one of ${list} but got ${JSON.stringify(value)}`);
  }
}

/**
 * Checks a situation from untyped input (an attribute, page code) against the pack's
 * questions. Missing and `undefined` answers are left out: they are not known.
 * @throws {SituationError} naming the first unknown question id or option id.
 */
export function parseSituation(topic: Topic, input: unknown): Situation {
  const given = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const situation: Situation = {};
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (value === undefined) continue;
    const question = topic.situation.find((q) => q.id === key);
    if (!question)
      throw new SituationError(
        key,
        value,
        topic.situation.map((q) => q.id),
      );
    const options = question.options.map((option) => option.id);
    if (typeof value !== 'string' || !options.includes(value)) throw new SituationError(key, value, options);
    situation[key] = value;
  }
  return situation;
}

/** The answer to a question when it is known: given, and not an option meaning "not known yet". */
function knownAnswer(question: SituationQuestion, situation: Situation): string | undefined {
  const answer = situation[question.id];
  return question.options.some((option) => option.id === answer && !option.unknown) ? answer : undefined;
}

type Fit = { fits: true } | { fits: false; waitsFor: string[] };

/**
 * Whether a treatment fits: a rule fits when every question it names has an answer it lists.
 * A rule that no known answer rules out, but that needs an answer not known yet, waits for it.
 */
function fit(topic: Topic, treatment: Treatment, situation: Situation): Fit {
  if (!treatment.when) return { fits: true };
  const waitsFor = new Set<string>();
  for (const rule of treatment.when) {
    const missing: string[] = [];
    let ruledOut = false;
    for (const [questionId, optionIds] of Object.entries(rule)) {
      const answer = situation[questionId];
      // An author may list an option that means "not known yet": then that answer matches.
      if (answer !== undefined && optionIds.includes(answer)) continue;
      const question = topic.situation.find((q) => q.id === questionId)!;
      if (knownAnswer(question, situation) === undefined) missing.push(questionId);
      else ruledOut = true;
    }
    if (ruledOut) continue;
    if (!missing.length) return { fits: true };
    missing.forEach((id) => waitsFor.add(id));
  }
  return { fits: false, waitsFor: [...waitsFor] };
}

function planList(topic: Topic, list: AdviceList, situation: Situation): PlannedList {
  const question = list.question === undefined ? undefined : topic.situation.find((q) => q.id === list.question);
  // Any given answer picks the items that list it (an author may list a "not known yet" option).
  const given = question && situation[question.id];
  const items = list.items.filter((item) => !item.when || (given !== undefined && item.when.includes(given)));
  const heldBack = list.items.some((item) => item.when && !items.includes(item));
  return {
    id: list.id,
    title: list.title,
    advice: (given !== undefined && list.advice?.[given]) || null,
    items,
    pending: question && heldBack && knownAnswer(question, situation) === undefined ? question.ifUnknown : null,
    selfCare: list.selfCare === true,
  };
}

/**
 * The treatment explanation for a situation. Pure; all wording comes from the pack. An
 * unanswered question counts as not known: nothing that needs its answer is shown as fitting,
 * and the question's `ifUnknown` statement says so instead.
 * @throws {SituationError} when the situation names a question or option the pack does not have.
 */
export function planTreatment(topic: Topic, situation: Readonly<Record<string, string | undefined>>): TreatmentPlan {
  const checked = parseSituation(topic, situation);
  const options: Treatment[] = [];
  const waiting = new Set<string>();
  for (const treatment of topic.treatments) {
    const result = fit(topic, treatment, checked);
    if (result.fits) options.push(treatment);
    else result.waitsFor.forEach((id) => waiting.add(id));
  }
  return {
    topicId: topic.id,
    situation: checked,
    intro: topic.guidance.treatmentIntro ?? null,
    options,
    pending: topic.situation
      .filter((question) => waiting.has(question.id))
      .map((question) => ({ questionId: question.id, statement: question.ifUnknown })),
    lists: topic.lists.map((list) => planList(topic, list, checked)),
    steps: topic.steps,
    notDiagnosis: topic.guidance.notDiagnosis,
  };
}
