/**
 * The topic pack schema: the one source of the pack's TypeScript types, its runtime shape
 * validation (see `validate.ts` for the cross-reference checks) and `dist/topic.schema.json`.
 */
import { array, boolean, number, object, oneOf, optional, record, string, type Infer } from './schema.js';

/** Size limits. A pack beyond them is refused before its items are read. */
export const LIMITS = {
  text: 2000,
  id: 64,
  sources: 50,
  conditions: 8,
  categories: 20,
  symptoms: 2000,
  patterns: 20,
  options: 12,
  comparison: 40,
  treatments: 20,
  questions: 6,
  questionOptions: 8,
  lists: 10,
  listItems: 200,
  steps: 20,
  refs: 20,
} as const;

const Id = string({
  max: LIMITS.id,
  pattern: /^[a-z0-9][a-z0-9-]*$/,
  expected: 'an id of lowercase letters, digits and hyphens',
});
const Text = string({ max: LIMITS.text });
/** Ids of the sources a statement comes from; every statement names at least one. */
const SourceRefs = array(Id, 1, LIMITS.refs);
/** How strongly an answer points to each condition, keyed by condition id. */
const Suggests = record(Id, number(-100, 100), LIMITS.conditions);

/** A sentence (or a few) of the pack and the sources it comes from. */
const StatementSchema = object({ text: Text, source: SourceRefs });

/** A background statement; an `id` lets answer weights name it as their `basis`. */
const BackgroundSchema = object({ id: optional(Id), text: Text, source: SourceRefs });

/**
 * How soon to get help when an answer carries it, as the NHS care cards put it: `emergency`
 * (call an emergency number now), `urgent` (get advice today), `soon` (book an appointment).
 */
export const URGENCIES = ['emergency', 'urgent', 'soon'] as const;
const UrgencySchema = oneOf(URGENCIES);

/** A care card: a call to act, with its heading. */
const CareCardSchema = object({ title: Text, text: Text, source: SourceRefs });

/**
 * Ids of the comparison rows or background statements an answer's weights follow, so a reviewer
 * can check each weight against the article. Required when an answer weighs anything.
 */
const Basis = array(Id, 1, LIMITS.refs);

/** BCP 47 language tag. */
const Lang = string({ max: 35, pattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, expected: 'a language tag like "en"' });

const SourceSchema = object({
  id: Id,
  title: Text,
  /** The language of the source's title, when it is not the pack's (a translated pack citing the original). */
  lang: optional(Lang),
  publisher: optional(Text),
  // Only web addresses: a pack must not be able to smuggle in a javascript: link.
  url: optional(string({ max: LIMITS.text, pattern: /^https?:\/\/[^\s]+$/i, expected: 'an http or https URL', format: 'uri' })),
});

const ConditionSchema = object({
  id: Id,
  /** Short name, e.g. for a table column. */
  label: Text,
  /** Shown when the answers look more like this condition. Never "you have". */
  leaning: StatementSchema,
  /** What to do next when the answers lean this way. */
  nextStep: StatementSchema,
});

const CategorySchema = object({ id: Id, label: Text });

const SymptomSchema = object({
  id: Id,
  /** Plain-language label. */
  label: Text,
  /** The clinical term shown beside the plain label. */
  clinicalTerm: optional(Text),
  /** A short plain explanation shown under the label. */
  detail: optional(Text),
  category: Id,
  suggests: Suggests,
  basis: optional(Basis),
  /** A sign that asks for care: its card shows as soon as it is ticked. */
  urgency: optional(UrgencySchema),
  source: SourceRefs,
});

const PatternOptionSchema = object({
  id: Id,
  label: Text,
  suggests: Suggests,
  basis: optional(Basis),
  urgency: optional(UrgencySchema),
  source: SourceRefs,
});

/** A single-choice question that separates the conditions (onset, area, trigger, relief). */
const PatternSchema = object({
  id: Id,
  question: Text,
  options: array(PatternOptionSchema, 2, LIMITS.options),
});

const ComparisonRowSchema = object({
  id: Id,
  label: Text,
  /** One cell per condition id. */
  values: record(Id, Text, LIMITS.conditions),
  /** Ids of the answers (signs or pattern options) that touch this row. */
  evidence: array(Id, 0, LIMITS.symptoms),
  source: SourceRefs,
});

const SituationOptionSchema = object({
  id: Id,
  label: Text,
  /** This option means "not known yet": nothing that needs this answer is shown as fitting. */
  unknown: optional(boolean),
});

/**
 * A single-choice question about the person's situation, asked by the treatment explainer
 * (for example how severe a deficiency is, or what caused it). Ids are the author's.
 */
const SituationQuestionSchema = object({
  id: Id,
  question: Text,
  options: array(SituationOptionSchema, 2, LIMITS.questionOptions),
  /** Shown while this question has no known answer and something in the plan depends on it. */
  ifUnknown: StatementSchema,
});

/** Option ids of a situation question, keyed by question id: every named question must match. */
const SituationRule = record(Id, array(Id, 1, LIMITS.questionOptions), LIMITS.questions);

const TreatmentSchema = object({
  id: Id,
  label: Text,
  description: StatementSchema,
  /** Why it fits the situations it applies to. */
  reason: StatementSchema,
  /** It applies when any rule matches; without `when` it always applies. */
  when: optional(array(SituationRule, 1, 10)),
  /** Something a person does themselves: never shown beside urgent or emergency advice. */
  selfCare: optional(boolean),
});

const ListItemSchema = object({
  id: Id,
  label: Text,
  /** Option ids of the list's question this item is for; without it, the item always shows. */
  when: optional(array(Id, 1, LIMITS.questionOptions)),
  source: SourceRefs,
});

/** A list that may depend on one situation answer (for example food sources by diet). */
const AdviceListSchema = object({
  id: Id,
  title: Text,
  /** Id of the situation question that picks the items. */
  question: optional(Id),
  /** A statement per option id of that question, shown above the items. */
  advice: optional(record(Id, StatementSchema, LIMITS.questionOptions)),
  items: array(ListItemSchema, 0, LIMITS.listItems),
  /** Self-care: never shown beside urgent or emergency advice. */
  selfCare: optional(boolean),
});

/** Headings and intros of the widgets for this topic; a missing one falls back to neutral UI wording. */
const LabelsSchema = object({
  checklistTitle: optional(Text),
  checklistIntro: optional(Text),
  patternsTitle: optional(Text),
  tableTitle: optional(Text),
  explainerTitle: optional(Text),
  situationTitle: optional(Text),
  treatmentsTitle: optional(Text),
  stepsTitle: optional(Text),
  /** Summary line of the collapsed "About this" block (the pack's summary and background). */
  aboutTitle: optional(Text),
});

const GuidanceSchema = object({
  /** Every result says this. */
  notDiagnosis: StatementSchema,
  /** How the condition is confirmed (for example a blood test ordered by a healthcare provider). */
  confirm: StatementSchema,
  /** Where to get help, in every widget: "if you feel very unwell, or something does not feel right, get help now". */
  safetyNet: StatementSchema,
  /** The leaning when the answers are close or missing. */
  unclear: StatementSchema,
  unclearNextStep: StatementSchema,
  /** The explainer's first paragraph (for example: treatment starts once a provider confirms the cause). */
  treatmentIntro: optional(StatementSchema),
});

export const TopicSchema = object({
  $schema: optional(string({ max: LIMITS.text })),
  id: Id,
  version: string({ max: 32, pattern: /^\d+\.\d+\.\d+$/, expected: 'a version like "1.0.0"' }),
  /** BCP 47 language of the pack's text. */
  lang: Lang,
  title: Text,
  summary: StatementSchema,
  /** The background facts, in reading order. */
  background: array(BackgroundSchema, 0, LIMITS.comparison),
  reviewed: object({
    date: string({ max: 10, pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, expected: 'a date like "2026-11-25"', format: 'date' }),
    /** Who reviewed it: a name, or an accountable role such as "Clinical reviewer". */
    by: optional(Text),
    /** What it was checked against, e.g. the source article and a national guideline. */
    against: optional(Text),
  }),
  /** Score difference below which the leaning is "unclear" (default 2). */
  unclearMargin: optional(number(0, 1000)),
  /** Answers that must point to a condition before the result leans to it (default 2). */
  minAnswers: optional(number(1, 20)),
  sources: array(SourceSchema, 1, LIMITS.sources),
  conditions: array(ConditionSchema, 2, LIMITS.conditions),
  categories: array(CategorySchema, 1, LIMITS.categories),
  symptoms: array(SymptomSchema, 1, LIMITS.symptoms),
  patterns: array(PatternSchema, 0, LIMITS.patterns),
  comparison: array(ComparisonRowSchema, 0, LIMITS.comparison),
  /** The explainer's questions about the person's situation, in the order asked. */
  situation: array(SituationQuestionSchema, 0, LIMITS.questions),
  treatments: array(TreatmentSchema, 0, LIMITS.treatments),
  /** Lists shown by the explainer, such as food sources by diet. */
  lists: array(AdviceListSchema, 0, LIMITS.lists),
  /** What to expect, in order (the explainer's last section). */
  steps: array(StatementSchema, 0, LIMITS.steps),
  labels: optional(LabelsSchema),
  /** The card for each urgency tier that an answer carries. */
  careCards: object({ emergency: optional(CareCardSchema), urgent: optional(CareCardSchema), soon: optional(CareCardSchema) }),
  guidance: GuidanceSchema,
});

/** A validated topic pack. */
export type Topic = Infer<typeof TopicSchema>;
export type Statement = Infer<typeof StatementSchema>;
export type Source = Infer<typeof SourceSchema>;
export type Condition = Infer<typeof ConditionSchema>;
export type Category = Infer<typeof CategorySchema>;
export type Symptom = Infer<typeof SymptomSchema>;
export type Pattern = Infer<typeof PatternSchema>;
export type PatternOption = Infer<typeof PatternOptionSchema>;
export type ComparisonRow = Infer<typeof ComparisonRowSchema>;
export type Treatment = Infer<typeof TreatmentSchema>;
export type SituationQuestion = Infer<typeof SituationQuestionSchema>;
export type SituationOption = Infer<typeof SituationOptionSchema>;
export type AdviceList = Infer<typeof AdviceListSchema>;
export type ListItem = Infer<typeof ListItemSchema>;
export type Labels = Infer<typeof LabelsSchema>;
export type Guidance = Infer<typeof GuidanceSchema>;
export type CareCard = Infer<typeof CareCardSchema>;
export type Urgency = (typeof URGENCIES)[number];
