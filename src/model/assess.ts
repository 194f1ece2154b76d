import { UNCLEAR, URGENCIES, type CareCard, type Statement, type Symptom, type Topic, type Urgency } from './topic.js';

/** What the person answered: ticked sign ids, and the chosen option id per pattern question. */
export interface Answers {
  signs: string[];
  patterns: Record<string, string>;
}

/** One answer that pushed the scores towards (positive weight) or away from a condition. */
export interface Reason {
  answerId: string;
  /** The answer as the person saw it (the sign or the chosen option). */
  label: string;
  conditionId: string;
  weight: number;
  source: string[];
}

/** A step to take: a care card's call to act (its tier), or information. */
export interface NextStep {
  urgency: Urgency | 'info';
  statement: Statement;
  /** The care card's heading, for a step with an urgency. */
  title?: string;
}

/** An answer that carries an urgency (a ticked sign or a chosen pattern option). */
export interface FlaggedAnswer {
  answerId: string;
  label: string;
  urgency: Urgency;
}

/** Why the result does not lean, or `null` when it does. */
export type UnclearReason = 'no-answers' | 'too-few' | 'too-close';

/** `"unclear"` when there are no answers or the scores are too close to call. */
export type Leaning = string;
export { UNCLEAR };

/** The result of {@link assess}. It describes resemblance to a pattern, never a diagnosis. */
export interface Assessment {
  topicId: string;
  /** How many answers (signs and pattern questions) were given. */
  answered: number;
  /** Total weight per condition id. */
  scores: Record<string, number>;
  /** How many answers point to each condition id (a positive weight). */
  counts: Record<string, number>;
  leaning: Leaning;
  /** Why the leaning is "unclear": no answers, too few pointing one way, or too close to call. */
  unclearReason: UnclearReason | null;
  /** The pack's sentence for the leaning. */
  summary: Statement;
  reasons: Reason[];
  /** Ticked signs with an `urgent` or `emergency` urgency. */
  redFlags: Symptom[];
  /** Every answer with an urgency, in pack order. */
  flagged: FlaggedAnswer[];
  /** The most pressing urgency among the answers, or `null`. */
  urgency: Urgency | null;
  /** The pack's care card for that urgency. */
  careCard: CareCard | null;
  /** Ids of comparison rows the answers touched. */
  touchedRows: string[];
  /**
   * The care card first when an answer carries an urgency, and then no everyday next step
   * beside it; always ends with how the condition is confirmed and "not a diagnosis".
   */
  nextSteps: NextStep[];
}

/** An empty set of answers. */
export const noAnswers = (): Answers => ({ signs: [], patterns: {} });

/**
 * Keeps the answers that exist in the pack, from untrusted input (a property set by page
 * code, saved state). Returns them in pack order, with the ids that were dropped.
 */
export function cleanAnswers(topic: Topic, input: unknown): { answers: Answers; dropped: string[] } {
  // Untrusted: any value, so nothing here converts a value it has not checked is a string.
  const raw = (input !== null && typeof input === 'object' ? input : {}) as { signs?: unknown; patterns?: unknown };
  const named = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value == null
      ? String(value)
      : `(${Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`})`;
  const dropped: string[] = [];
  const listed: unknown[] = Array.isArray(raw.signs) ? raw.signs : [];
  const given = new Set(listed.filter((sign): sign is string => typeof sign === 'string'));
  dropped.push(...listed.filter((sign) => typeof sign !== 'string').map(named));
  const signs = topic.symptoms.filter((symptom) => given.delete(symptom.id)).map((symptom) => symptom.id);
  dropped.push(...given);
  const patterns: Record<string, string> = {};
  const chosen = raw.patterns !== null && typeof raw.patterns === 'object' ? (raw.patterns as Record<string, unknown>) : {};
  for (const patternId of Object.keys(chosen)) {
    const optionId = chosen[patternId];
    const pattern = topic.patterns.find((p) => p.id === patternId);
    if (typeof optionId === 'string' && pattern?.options.some((option) => option.id === optionId)) patterns[patternId] = optionId;
    else dropped.push(`${patternId}=${named(optionId)}`);
  }
  return { answers: { signs, patterns }, dropped };
}

const DEFAULT_UNCLEAR_MARGIN = 2;
const DEFAULT_MIN_ANSWERS = 2;

/**
 * Scores the answers against the pack's conditions. Pure and deterministic; unknown answer
 * ids are ignored (callers that take user input should warn about them).
 */
export function assess(topic: Topic, answers: Answers): Assessment {
  const ticked = new Set(answers.signs);
  type Given = Pick<Symptom, 'id' | 'label' | 'suggests' | 'source' | 'urgency'>;
  const given: Given[] = [];
  for (const symptom of topic.symptoms) if (ticked.has(symptom.id)) given.push(symptom);
  for (const pattern of topic.patterns) {
    const option = pattern.options.find((o) => o.id === answers.patterns[pattern.id]);
    if (option) given.push(option);
  }

  const scores: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const condition of topic.conditions) {
    scores[condition.id] = 0;
    counts[condition.id] = 0;
  }
  const reasons: Reason[] = [];
  for (const answer of given) {
    for (const [conditionId, weight] of Object.entries(answer.suggests)) {
      if (weight === 0) continue;
      scores[conditionId] += weight;
      if (weight > 0) counts[conditionId]++;
      reasons.push({ answerId: answer.id, label: answer.label, conditionId, weight, source: answer.source });
    }
  }

  const ranked = [...topic.conditions].sort((a, b) => scores[b.id] - scores[a.id]);
  const [top, second] = ranked;
  const margin = topic.unclearMargin ?? DEFAULT_UNCLEAR_MARGIN;
  const gap = scores[top.id] - scores[second.id];
  // A tie is never clear, even with a margin of 0; one answer alone is thin evidence.
  const unclearReason: UnclearReason | null = !given.length
    ? 'no-answers'
    : scores[top.id] <= 0 || gap <= 0 || gap < margin
      ? 'too-close'
      : counts[top.id] < (topic.minAnswers ?? DEFAULT_MIN_ANSWERS)
        ? 'too-few'
        : null;
  const clear = unclearReason === null;

  const flagged: FlaggedAnswer[] = given
    .filter((answer) => answer.urgency)
    .map((answer) => ({ answerId: answer.id, label: answer.label, urgency: answer.urgency! }));
  const urgency = URGENCIES.find((tier) => flagged.some((answer) => answer.urgency === tier)) ?? null;
  const careCard = urgency ? (topic.careCards[urgency] ?? null) : null;
  const redFlags = topic.symptoms.filter(
    (symptom) => ticked.has(symptom.id) && (symptom.urgency === 'urgent' || symptom.urgency === 'emergency'),
  );
  const answerIds = new Set(given.map((answer) => answer.id));
  const touchedRows = topic.comparison.filter((row) => row.evidence.some((id) => answerIds.has(id))).map((row) => row.id);

  const { guidance } = topic;
  const nextSteps: NextStep[] = [];
  // With a care card, its call to act is the next step: no everyday advice stands beside it.
  if (urgency && careCard) {
    nextSteps.push({ urgency, title: careCard.title, statement: { text: careCard.text, source: careCard.source } });
  } else {
    nextSteps.push({ urgency: 'info', statement: clear ? top.nextStep : guidance.unclearNextStep });
  }
  nextSteps.push({ urgency: 'info', statement: guidance.confirm });
  nextSteps.push({ urgency: 'info', statement: guidance.notDiagnosis });

  return {
    topicId: topic.id,
    answered: given.length,
    scores,
    counts,
    leaning: clear ? top.id : UNCLEAR,
    unclearReason,
    summary: clear ? top.leaning : guidance.unclear,
    reasons,
    redFlags,
    flagged,
    urgency,
    careCard,
    touchedRows,
    nextSteps,
  };
}
