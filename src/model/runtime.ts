/** What the widgets need at run time: the drop-in script exposes exactly this. */
export { LIMITS, TopicSchema, URGENCIES } from './topic.js';
export type {
  AdviceList,
  CareCard,
  Category,
  ComparisonRow,
  Condition,
  Guidance,
  Labels,
  ListItem,
  Pattern,
  PatternOption,
  SituationOption,
  SituationQuestion,
  Source,
  Statement,
  Symptom,
  Topic,
  Treatment,
  Urgency,
} from './topic.js';
export { parseTopic, TopicError, formatPath } from './validate.js';
export { assess, noAnswers, UNCLEAR } from './assess.js';
export type { Answers, Assessment, FlaggedAnswer, Leaning, NextStep, Reason, UnclearReason } from './assess.js';
export { planTreatment, parseSituation, SituationError } from './plan.js';
export type { Situation, TreatmentPlan, PendingQuestion, PlannedList } from './plan.js';
export {
  registerTopic,
  getTopic,
  topicLanguages,
  defaultTopicId,
  PACK_FORMAT,
  onTopicRegistered,
  loadTopic,
  TopicLoadError,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
} from './registry.js';
export type { LoadTopicOptions, TopicLoadReason } from './registry.js';
