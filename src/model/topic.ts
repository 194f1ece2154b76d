/**
 * The topic pack schema: the one source of the pack's TypeScript types, its runtime shape
 * validation (see `validate.ts` for the cross-reference checks) and `dist/topic.schema.json`.
 */
import { array, boolean, except, number, object, oneOf, optional, record, string, type Infer, type Schema } from './schema.js';

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

/** An id: lowercase letters, digits and hyphens, chosen by the author and stable across translations. */
const Id = string({
  max: LIMITS.id,
  pattern: /^[a-z0-9][a-z0-9-]*$/,
  expected: 'an id of lowercase letters, digits and hyphens',
});
/** Plain text shown to the reader: never HTML, always rendered as text. */
const Text = string({ max: LIMITS.text });
/** Ids of the sources a statement comes from; every statement names at least one. */
const SourceRefs = array(Id, 1, LIMITS.refs);
/** How strongly an answer points to each condition, keyed by condition id. */
const Suggests = record(Id, number(-100, 100), LIMITS.conditions);

/** A sentence (or a few) of the pack and the sources it comes from. */
const StatementSchema = object({
  /** The sentence (or a few), in plain words. */
  text: Text,
  /** Ids of the sources it comes from: the article for its facts, the publisher's own entry for editorial and safety wording. */
  source: SourceRefs,
});

/** A background statement; an `id` lets answer weights name it as their `basis`. */
const BackgroundSchema = object({
  /** Lets an answer's `basis` name this statement. */
  id: optional(Id),
  /** The sentence (or a few), in plain words. */
  text: Text,
  /** Ids of the sources it comes from. */
  source: SourceRefs,
});

/**
 * How soon to get help when an answer carries it, as the NHS care cards put it: `emergency`
 * (call an emergency number now), `urgent` (get advice today), `soon` (book an appointment).
 */
export const URGENCIES = ['emergency', 'urgent', 'soon'] as const;
/** How soon to get help: `emergency` (call an emergency number now), `urgent` (get advice today), `soon` (book an appointment). */
const UrgencySchema = oneOf(URGENCIES);

/** A care card: a call to act, with its heading. */
const CareCardSchema = object({
  /** The call to act, as the card's heading, e.g. "Ask for an urgent appointment". */
  title: Text,
  /** What to do and why, in a sentence or two. */
  text: Text,
  /** Ids of the sources the advice comes from. */
  source: SourceRefs,
});

/**
 * Ids of the comparison rows or background statements an answer's weights follow, so a reviewer
 * can check each weight against the article. Required when an answer weighs anything.
 */
const Basis = array(Id, 1, LIMITS.refs);

/** BCP 47 language tag. */
const Lang = string({ max: 35, pattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, expected: 'a language tag like "en"' });

/** An article or page the pack's statements come from, listed and numbered under every widget. */
const SourceSchema = object({
  /** What statements name in their `source`. */
  id: Id,
  /** The title as published. */
  title: Text,
  /** The language of the source's title, when it is not the pack's (a translated pack citing the original). */
  lang: optional(Lang),
  /** Who published it. */
  publisher: optional(Text),
  /** Where to read it: an http or https address only. */
  // Only web addresses: a pack must not be able to smuggle in a javascript: link.
  // No regex flags: JSON Schema patterns cannot carry them, and the two must agree.
  url: optional(
    string({ max: LIMITS.text, pattern: /^[hH][tT][tT][pP][sS]?:\/\/\S+$/, expected: 'an http or https URL', format: 'uri' }),
  ),
});

/** The leaning reported when the answers point nowhere; no condition may use this id. */
export const UNCLEAR = 'unclear';

/** A pattern the checklist compares the answers with, e.g. B12-related tightness, or everyday causes. */
const ConditionSchema = object({
  /** Never "unclear": that is the leaning when the answers point nowhere. */
  id: except(Id, [UNCLEAR], 'for answers that lean nowhere'),
  /** Short name, e.g. for a table column. */
  label: Text,
  /** Shown when the answers look more like this condition. Never "you have". */
  leaning: StatementSchema,
  /** What to do next when the answers lean this way. */
  nextStep: StatementSchema,
});

/** A group of signs in the checklist, shown as one fieldset. */
const CategorySchema = object({
  /** What a sign names in its `category`. */
  id: Id,
  /** The group's legend. */
  label: Text,
});

/** A sign the person can tick in the checklist. */
const SymptomSchema = object({
  /** Stable across translations; a form submits it. */
  id: Id,
  /** Plain-language label. */
  label: Text,
  /** The clinical term shown beside the plain label. */
  clinicalTerm: optional(Text),
  /** A short plain explanation shown under the label. */
  detail: optional(Text),
  /** Id of the category it is listed under. */
  category: Id,
  /** How much ticking it points to each condition (by condition id; empty when it points nowhere). */
  suggests: Suggests,
  /** What its weights follow: comparison row ids or background statement ids. */
  basis: optional(Basis),
  /** A sign that asks for care: its card shows as soon as it is ticked. */
  urgency: optional(UrgencySchema),
  /** Ids of the sources it comes from. */
  source: SourceRefs,
});

/** One answer to a pattern question. */
const PatternOptionSchema = object({
  /** Unique among all answers (signs and options share one id space). */
  id: Id,
  /** The answer as the person reads it. */
  label: Text,
  /** How much choosing it points to each condition. */
  suggests: Suggests,
  /** What its weights follow: comparison row ids or background statement ids. */
  basis: optional(Basis),
  /** Choosing it asks for care: its card shows at once. */
  urgency: optional(UrgencySchema),
  /** Ids of the sources it comes from. */
  source: SourceRefs,
});

/** A single-choice question that separates the conditions (onset, area, trigger, relief). */
const PatternSchema = object({
  /** Submitted as `<name>.<id>` by a checklist in a form. */
  id: Id,
  /** The question as the person reads it. */
  question: Text,
  /** Its answers (2 to 12), usually with one meaning "I am not sure". */
  options: array(PatternOptionSchema, 2, LIMITS.options),
});

/** A row of the comparison table: one feature, with a value for every condition. */
const ComparisonRowSchema = object({
  /** Lets `features` pick the row and an answer's `basis` name it. */
  id: Id,
  /** The feature, as the row header. */
  label: Text,
  /** One cell per condition id. */
  values: record(Id, Text, LIMITS.conditions),
  /** Ids of the answers (signs or pattern options) that touch this row. */
  evidence: array(Id, 0, LIMITS.symptoms),
  /** Ids of the sources the row comes from. */
  source: SourceRefs,
});

/** One answer to a situation question. */
const SituationOptionSchema = object({
  /** What treatment rules and lists name, and what the `situation` attribute sets. */
  id: Id,
  /** The answer as the person reads it. */
  label: Text,
  /** This option means "not known yet": nothing that needs this answer is shown as fitting. */
  unknown: optional(boolean),
});

/**
 * A single-choice question about the person's situation, asked by the treatment explainer
 * (for example how severe a deficiency is, or what caused it). Ids are the author's.
 */
const SituationQuestionSchema = object({
  /** What treatment rules and lists name, and the key in the `situation` attribute. */
  id: Id,
  /** The question as the person reads it. */
  question: Text,
  /** Its answers (2 to 8); offer one with `unknown: true` wherever "not known yet" is honest. */
  options: array(SituationOptionSchema, 2, LIMITS.questionOptions),
  /** Shown while this question has no known answer and something in the plan depends on it. */
  ifUnknown: StatementSchema,
});

/** Option ids of a situation question, keyed by question id: every named question must match. */
const SituationRule = record(Id, array(Id, 1, LIMITS.questionOptions), LIMITS.questions);

/** A treatment or self-care step the explainer can show. */
const TreatmentSchema = object({
  /** Stable across translations. */
  id: Id,
  /** Its name, as the card's heading. */
  label: Text,
  /** What it is. */
  description: StatementSchema,
  /** Why it fits the situations it applies to. */
  reason: StatementSchema,
  /** It applies when any rule matches; without `when` it always applies. */
  when: optional(array(SituationRule, 1, 10)),
  /** Something a person does themselves: never shown beside urgent or emergency advice. */
  selfCare: optional(boolean),
});

/** One item of a list. */
const ListItemSchema = object({
  /** Unique in its list. */
  id: Id,
  /** The item as the person reads it. */
  label: Text,
  /** Option ids of the list's question this item is for; without it, the item always shows. */
  when: optional(array(Id, 1, LIMITS.questionOptions)),
  /** Ids of the sources it comes from. */
  source: SourceRefs,
});

/** A list that may depend on one situation answer (for example food sources by diet). */
const AdviceListSchema = object({
  /** Stable across translations. */
  id: Id,
  /** The list's heading. */
  title: Text,
  /** Id of the situation question that picks the items. */
  question: optional(Id),
  /** A statement per option id of that question, shown above the items. */
  advice: optional(record(Id, StatementSchema, LIMITS.questionOptions)),
  /** The items, in the order shown. */
  items: array(ListItemSchema, 0, LIMITS.listItems),
  /** Self-care: never shown beside urgent or emergency advice. */
  selfCare: optional(boolean),
});

/** Headings and intros of the widgets for this topic; a missing one falls back to neutral UI wording. */
const LabelsSchema = object({
  /** The checklist's heading, e.g. "Which of these signs have you noticed?". */
  checklistTitle: optional(Text),
  /** The line under the checklist's heading. */
  checklistIntro: optional(Text),
  /** The heading above the pattern questions. */
  patternsTitle: optional(Text),
  /** The comparison table's heading and caption. */
  tableTitle: optional(Text),
  /** The explainer's heading. */
  explainerTitle: optional(Text),
  /** The heading above the situation questions. */
  situationTitle: optional(Text),
  /** The heading above the treatment options. */
  treatmentsTitle: optional(Text),
  /** The heading above the steps. */
  stepsTitle: optional(Text),
  /** Summary line of the collapsed "About this" block (the pack's summary and background). */
  aboutTitle: optional(Text),
});

/** The fixed statements every pack makes. */
const GuidanceSchema = object({
  /** Every result says this. */
  notDiagnosis: StatementSchema,
  /** How the condition is confirmed (for example a blood test ordered by a healthcare provider). */
  confirm: StatementSchema,
  /** Where to get help, in every widget: "if you feel very unwell, or something does not feel right, get help now". */
  safetyNet: StatementSchema,
  /** The leaning when the answers are close or missing. */
  unclear: StatementSchema,
  /** The next step when the answers lean nowhere. */
  unclearNextStep: StatementSchema,
  /** The explainer's first paragraph (for example: treatment starts once a provider confirms the cause). */
  treatmentIntro: optional(StatementSchema),
});

/** A topic pack: one health topic in one language. */
export const TopicSchema = object({
  /** The JSON Schema this file follows, for editors; ignored by the widgets. */
  $schema: optional(string({ max: LIMITS.text })),
  /** The topic's id, the same in every language (the `topic` attribute names it). */
  id: Id,
  /** The pack's own version (major.minor.patch): raise it whenever its content changes. */
  version: string({ max: 32, pattern: /^\d+\.\d+\.\d+$/, expected: 'a version like "1.0.0"' }),
  /** BCP 47 language of the pack's text. */
  lang: Lang,
  /** The topic's name, e.g. on a printed summary. */
  title: Text,
  /** The topic in a few plain sentences (the top of the "About" block). */
  summary: StatementSchema,
  /** The background facts, in reading order. */
  background: array(BackgroundSchema, 0, LIMITS.comparison),
  /** When and by whom the pack was reviewed, and against what. */
  reviewed: object({
    /** The day of the review (YYYY-MM-DD). */
    date: string({
      max: 10,
      pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      expected: 'a date like "2026-11-25"',
      format: 'date',
    }),
    /** Who reviewed it: a name, or an accountable role such as "Clinical reviewer". */
    by: optional(Text),
    /** What it was checked against, e.g. the source article and a national guideline. */
    against: optional(Text),
  }),
  /** Score difference below which the leaning is "unclear" (default 2). */
  unclearMargin: optional(number(0, 1000)),
  /** Answers that must point to a condition before the result leans to it (default 2). */
  minAnswers: optional(number(1, 20, { integer: true })),
  /** Everything the pack's statements come from, numbered in this order under every widget. */
  sources: array(SourceSchema, 1, LIMITS.sources),
  /** The patterns compared (2 to 8), in column order. */
  conditions: array(ConditionSchema, 2, LIMITS.conditions),
  /** The checklist's groups of signs, in order. */
  categories: array(CategorySchema, 1, LIMITS.categories),
  /** The checklist's signs, in order. */
  symptoms: array(SymptomSchema, 1, LIMITS.symptoms),
  /** Single-choice questions that separate the conditions. */
  patterns: array(PatternSchema, 0, LIMITS.patterns),
  /** The comparison table's rows, in order. */
  comparison: array(ComparisonRowSchema, 0, LIMITS.comparison),
  /** The explainer's questions about the person's situation, in the order asked. */
  situation: array(SituationQuestionSchema, 0, LIMITS.questions),
  /** Treatments and self-care the explainer shows when their rules fit. */
  treatments: array(TreatmentSchema, 0, LIMITS.treatments),
  /** Lists shown by the explainer, such as food sources by diet. */
  lists: array(AdviceListSchema, 0, LIMITS.lists),
  /** What to expect, in order (the explainer's last section). */
  steps: array(StatementSchema, 0, LIMITS.steps),
  /** The widgets' headings in the topic's words. */
  labels: optional(LabelsSchema),
  /** The card for each urgency tier that an answer carries. */
  careCards: object({
    /** Call an emergency number now. */
    emergency: optional(CareCardSchema),
    /** Get advice today: an urgent or same-day appointment. */
    urgent: optional(CareCardSchema),
    /** Book an appointment. */
    soon: optional(CareCardSchema),
  }),
  /** The fixed statements every pack makes. */
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

/**
 * The shared shapes by name, for `dist/topic.schema.json` (`$defs`); the build reads each
 * shape's and property's description from the JSDoc comments of this file.
 */
export const SCHEMA_NAMES: ReadonlyMap<Schema<unknown>, string> = new Map<Schema<unknown>, string>([
  [Id, 'Id'],
  [Text, 'Text'],
  [Lang, 'Lang'],
  [SourceRefs, 'SourceRefs'],
  [Suggests, 'Suggests'],
  [Basis, 'Basis'],
  [UrgencySchema, 'Urgency'],
  [StatementSchema, 'StatementSchema'],
  [BackgroundSchema, 'BackgroundSchema'],
  [CareCardSchema, 'CareCardSchema'],
  [SourceSchema, 'SourceSchema'],
  [ConditionSchema, 'ConditionSchema'],
  [CategorySchema, 'CategorySchema'],
  [SymptomSchema, 'SymptomSchema'],
  [PatternOptionSchema, 'PatternOptionSchema'],
  [PatternSchema, 'PatternSchema'],
  [ComparisonRowSchema, 'ComparisonRowSchema'],
  [SituationOptionSchema, 'SituationOptionSchema'],
  [SituationQuestionSchema, 'SituationQuestionSchema'],
  [SituationRule, 'SituationRule'],
  [TreatmentSchema, 'TreatmentSchema'],
  [ListItemSchema, 'ListItemSchema'],
  [AdviceListSchema, 'AdviceListSchema'],
  [LabelsSchema, 'LabelsSchema'],
  [GuidanceSchema, 'GuidanceSchema'],
]);
