import type { Statement, Symptom, Topic } from './topic.js';
import { UNCLEAR } from './validate.js';

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

/** How prominently a next step is shown. */
export type Urgency = 'urgent' | 'info';

export interface NextStep {
  urgency: Urgency;
  statement: Statement;
}

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
  leaning: Leaning;
  /** The pack's sentence for the leaning. */
  summary: Statement;
  reasons: Reason[];
  /** Ticked signs that ask for prompt care. */
  redFlags: Symptom[];
  /** Ids of comparison rows the answers touched. */
  touchedRows: string[];
  /** Always ends with how the condition is confirmed and "not a diagnosis". */
  nextSteps: NextStep[];
}

/** An empty set of answers. */
export const noAnswers = (): Answers => ({ signs: [], patterns: {} });

/**
 * Keeps the answers that exist in the pack, from untrusted input (a property set by page
 * code, saved state). Returns them in pack order, with the ids that were dropped.
 */
export function cleanAnswers(topic: Topic, input: unknown): { answers: Answers; dropped: string[] } {
  const raw = (input ?? {}) as { signs?: unknown; patterns?: unknown };
  const dropped: string[] = [];
  const given = new Set(Array.isArray(raw.signs) ? raw.signs.map(String) : []);
  const signs = topic.symptoms.filter((symptom) => given.delete(symptom.id)).map((symptom) => symptom.id);
  dropped.push(...given);
  const patterns: Record<string, string> = {};
  const chosen = raw.patterns && typeof raw.patterns === 'object' ? (raw.patterns as Record<string, unknown>) : {};
  for (const [patternId, optionId] of Object.entries(chosen)) {
    const pattern = topic.patterns.find((p) => p.id === patternId);
    if (pattern?.options.some((option) => option.id === optionId)) patterns[patternId] = optionId as string;
    else dropped.push(`${patternId}=${String(optionId)}`);
  }
  return { answers: { signs, patterns }, dropped };
}

const DEFAULT_UNCLEAR_MARGIN = 2;

/**
 * Scores the answers against the pack's conditions. Pure and deterministic; unknown answer
 * ids are ignored (callers that take user input should warn about them).
 */
export function assess(topic: Topic, answers: Answers): Assessment {
  const ticked = new Set(answers.signs);
  const given: Array<{ id: string; label: string; suggests: Record<string, number>; source: string[] }> = [];
  for (const symptom of topic.symptoms) if (ticked.has(symptom.id)) given.push(symptom);
  for (const pattern of topic.patterns) {
    const option = pattern.options.find((o) => o.id === answers.patterns[pattern.id]);
    if (option) given.push(option);
  }

  const scores: Record<string, number> = {};
  for (const condition of topic.conditions) scores[condition.id] = 0;
  const reasons: Reason[] = [];
  for (const answer of given) {
    for (const [conditionId, weight] of Object.entries(answer.suggests)) {
      if (weight === 0) continue;
      scores[conditionId] += weight;
      reasons.push({ answerId: answer.id, label: answer.label, conditionId, weight, source: answer.source });
    }
  }

  const ranked = [...topic.conditions].sort((a, b) => scores[b.id] - scores[a.id]);
  const [top, second] = ranked;
  const margin = topic.unclearMargin ?? DEFAULT_UNCLEAR_MARGIN;
  const gap = scores[top.id] - scores[second.id];
  // A tie is never clear, even with a margin of 0.
  const clear = given.length > 0 && scores[top.id] > 0 && gap > 0 && gap >= margin;
  const leaning = clear ? top.id : UNCLEAR;

  const redFlags = topic.symptoms.filter((symptom) => symptom.redFlag && ticked.has(symptom.id));
  const answerIds = new Set(given.map((answer) => answer.id));
  const touchedRows = topic.comparison
    .filter((row) => row.evidence.some((id) => answerIds.has(id)))
    .map((row) => row.id);

  const { guidance } = topic;
  const nextSteps: NextStep[] = [];
  if (redFlags.length) nextSteps.push({ urgency: 'urgent', statement: guidance.redFlag });
  nextSteps.push({ urgency: 'info', statement: clear ? top.nextStep : guidance.unclearNextStep });
  nextSteps.push({ urgency: 'info', statement: guidance.confirm });
  nextSteps.push({ urgency: 'info', statement: guidance.notDiagnosis });

  return {
    topicId: topic.id,
    answered: given.length,
    scores,
    leaning,
    summary: clear ? top.leaning : guidance.unclear,
    reasons,
    redFlags,
    touchedRows,
    nextSteps,
  };
}
