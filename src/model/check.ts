/**
 * For pack authors: every problem of a pack at once, and warnings about a valid one. Used by
 * `health-widgets check` and the preview; not by the elements, so the drop-in does not carry it.
 */
import { readingGrade } from './readability.js';
import { displayedStatements } from './statements.js';
import { URGENCIES, type Topic } from './topic.js';
import { findProblems, type TopicProblem } from './validate.js';

export type { TopicProblem };

/** The result of {@link checkTopic}. */
export interface TopicCheck {
  /** The pack, typed, when it has no errors; else null. */
  topic: Topic | null;
  /** Everything that makes the pack invalid: its shape first, then its references once the shape is sound. */
  errors: TopicProblem[];
  /** What does not block a valid pack but a reviewer should look at. */
  warnings: TopicProblem[];
}

/** Reading grade above which an English statement is flagged: the target is 6. */
export const READING_GRADE_LIMIT = 6.5;

/** Statements shorter than this are not graded: the formula means nothing on a few words. */
const GRADED_WORDS = 5;

const pointer = (path: string): string =>
  path
    ? `/${path
        .replace(/\[(\d+)\]/g, '.$1')
        .replace(/\["([^"]*)"\]/g, '.$1')
        .split('.')
        .filter(Boolean)
        .join('/')}`
    : '';

function warningsOf(topic: Topic): TopicProblem[] {
  const warnings: TopicProblem[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, pointer: pointer(path), message });
  if (topic.lang.split('-')[0].toLowerCase() === 'en') {
    for (const { path, text } of displayedStatements(topic)) {
      if (text.split(/\s+/).length < GRADED_WORDS) continue;
      const grade = readingGrade(text);
      if (grade > READING_GRADE_LIMIT)
        warn(path, `reads at grade ${grade.toFixed(1)}; aim for 6 or lower (shorter sentences, shorter words)`);
    }
  }
  const answers = [...topic.symptoms, ...topic.patterns.flatMap((pattern) => pattern.options)];
  topic.conditions.forEach((condition, c) => {
    if (!answers.some((answer) => (answer.suggests[condition.id] ?? 0) > 0)) {
      warn(`conditions[${c}]`, `no answer points to "${condition.id}", so the result can never lean to it`);
    }
  });
  for (const tier of URGENCIES) {
    if (topic.careCards[tier] && !answers.some((answer) => answer.urgency === tier)) {
      warn(`careCards.${tier}`, `no answer carries the "${tier}" urgency, so this card can never show`);
    }
  }
  topic.comparison.forEach((row, r) => {
    if (!row.evidence.length) warn(`comparison[${r}].evidence`, 'names no answers, so a followed checklist never marks this row');
  });
  return warnings;
}

/**
 * Checks unknown input (usually parsed JSON) as a topic pack: every problem at once, each with
 * its JSON path and JSON Pointer, what was expected and what was found, and a suggestion where
 * one is obvious (the nearest id for a dangling reference); plus warnings for a valid pack
 * (statements above the reading-grade target, a condition no answer can lean to, a care card
 * no answer reaches, a comparison row no answer touches). Never throws.
 */
export function checkTopic(input: unknown): TopicCheck {
  const { topic, errors } = findProblems(input);
  return { topic, errors, warnings: topic ? warningsOf(topic) : [] };
}
