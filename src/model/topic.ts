/**
 * The topic pack schema: the one source of the pack's TypeScript types, its runtime shape
 * validation (see `validate.ts` for the cross-reference checks) and `dist/topic.schema.json`.
 */
import * as v from 'valibot';

/** Size limits. A pack beyond them is refused before any deeper work is done. */
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
  foods: 200,
  refs: 20,
} as const;

/** The fixed situation axes of a treatment plan; they match the explainer's attributes. */
export const SEVERITIES = ['mild', 'severe'] as const;
export const CAUSES = ['diet', 'absorption', 'unknown'] as const;
export const DIETS = ['omnivore', 'vegetarian', 'vegan'] as const;

const Id = v.pipe(
  v.string(),
  v.maxLength(LIMITS.id, `an id of at most ${LIMITS.id} characters`),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and hyphens'),
);
const Text = v.pipe(
  v.string(),
  v.minLength(1, 'a non-empty text'),
  v.maxLength(LIMITS.text, `a text of at most ${LIMITS.text} characters`),
);
const list = <T extends v.GenericSchema>(item: T, max: number, min = 0) =>
  v.pipe(
    v.array(item),
    v.minLength(min, `at least ${min} item${min === 1 ? '' : 's'}`),
    v.maxLength(max, `at most ${max} items`),
  );
/** Ids of the sources a statement comes from; every statement names at least one. */
const SourceRefs = list(Id, LIMITS.refs, 1);
const Weight = v.pipe(v.number(), v.finite('a finite number'), v.minValue(-100), v.maxValue(100));
/** How strongly an answer points to each condition, keyed by condition id. */
const Suggests = v.record(Id, Weight);

/** A sentence of the pack and the sources it comes from. */
export const StatementSchema = v.strictObject({ text: Text, source: SourceRefs });

export const SourceSchema = v.strictObject({
  id: Id,
  title: Text,
  publisher: v.optional(Text),
  url: v.optional(v.pipe(Text, v.url('an absolute URL'))),
});

export const ConditionSchema = v.strictObject({
  id: Id,
  /** Short name, e.g. for a table column. */
  label: Text,
  /** Shown when the answers look more like this condition. Never "you have". */
  leaning: StatementSchema,
  /** What to do next when the answers lean this way. */
  nextStep: StatementSchema,
});

export const CategorySchema = v.strictObject({ id: Id, label: Text });

export const SymptomSchema = v.strictObject({
  id: Id,
  /** Plain-language label. */
  label: Text,
  /** The clinical term shown beside the plain label. */
  clinicalTerm: v.optional(Text),
  /** A short plain explanation shown under the label. */
  detail: v.optional(Text),
  category: Id,
  suggests: Suggests,
  /** A sign that asks for prompt care. */
  redFlag: v.optional(v.boolean()),
  source: SourceRefs,
});

export const PatternOptionSchema = v.strictObject({
  id: Id,
  label: Text,
  suggests: Suggests,
  source: SourceRefs,
});

/** A single-choice question that separates the conditions (onset, area, trigger, relief). */
export const PatternSchema = v.strictObject({
  id: Id,
  question: Text,
  options: list(PatternOptionSchema, LIMITS.options, 2),
});

export const ComparisonRowSchema = v.strictObject({
  id: Id,
  label: Text,
  /** One cell per condition id. */
  values: v.record(Id, Text),
  /** Ids of the answers (signs or pattern options) that touch this row. */
  evidence: list(Id, LIMITS.symptoms),
  source: SourceRefs,
});

const Situations = v.strictObject({
  severity: v.optional(list(v.picklist(SEVERITIES), SEVERITIES.length, 1)),
  cause: v.optional(list(v.picklist(CAUSES), CAUSES.length, 1)),
});

export const TreatmentSchema = v.strictObject({
  id: Id,
  label: Text,
  description: StatementSchema,
  /** Why it fits the situations it applies to. */
  reason: StatementSchema,
  /** It applies when any entry matches; an entry matches when each axis it names matches. */
  when: list(Situations, 10, 1),
});

export const FoodSchema = v.strictObject({
  id: Id,
  label: Text,
  diets: list(v.picklist(DIETS), DIETS.length, 1),
  source: SourceRefs,
});

export const GuidanceSchema = v.strictObject({
  /** Every result says this. */
  notDiagnosis: StatementSchema,
  /** How the levels are confirmed: a blood test ordered by a healthcare provider. */
  bloodTest: StatementSchema,
  /** Shown, as urgent advice, when a red-flag sign is present. */
  redFlag: StatementSchema,
  /** The leaning when the answers are close or missing. */
  unclear: StatementSchema,
  unclearNextStep: StatementSchema,
  /** A provider confirms the cause before treatment. */
  confirmCause: StatementSchema,
  /** When no treatment option matches the situation (e.g. the cause is not known yet). */
  dependsOnCause: StatementSchema,
  recovery: StatementSchema,
  monitoring: StatementSchema,
  earlyTreatment: StatementSchema,
  /** Diet advice, keyed by diet. */
  diet: v.strictObject({
    omnivore: StatementSchema,
    vegetarian: StatementSchema,
    vegan: StatementSchema,
  }),
});

export const TopicSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'a version like "1.0.0"')),
  /** BCP 47 language of the pack's text. */
  lang: v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag like "en"')),
  title: Text,
  summary: StatementSchema,
  /** The background facts, in reading order. */
  background: list(StatementSchema, LIMITS.comparison),
  reviewed: v.strictObject({
    date: v.pipe(v.string(), v.isoDate('a date like "2026-11-25"')),
    by: v.optional(Text),
  }),
  /** Score difference below which the leaning is "unclear". */
  unclearMargin: v.optional(v.pipe(v.number(), v.finite('a finite number'), v.minValue(0))),
  sources: list(SourceSchema, LIMITS.sources, 1),
  conditions: list(ConditionSchema, LIMITS.conditions, 2),
  categories: list(CategorySchema, LIMITS.categories, 1),
  symptoms: list(SymptomSchema, LIMITS.symptoms, 1),
  patterns: list(PatternSchema, LIMITS.patterns),
  comparison: list(ComparisonRowSchema, LIMITS.comparison),
  treatments: list(TreatmentSchema, LIMITS.treatments),
  foods: list(FoodSchema, LIMITS.foods),
  guidance: GuidanceSchema,
});

/** A validated topic pack. */
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Condition = v.InferOutput<typeof ConditionSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Symptom = v.InferOutput<typeof SymptomSchema>;
export type Pattern = v.InferOutput<typeof PatternSchema>;
export type PatternOption = v.InferOutput<typeof PatternOptionSchema>;
export type ComparisonRow = v.InferOutput<typeof ComparisonRowSchema>;
export type Treatment = v.InferOutput<typeof TreatmentSchema>;
export type Food = v.InferOutput<typeof FoodSchema>;
export type Guidance = v.InferOutput<typeof GuidanceSchema>;
export type Severity = (typeof SEVERITIES)[number];
export type Cause = (typeof CAUSES)[number];
export type Diet = (typeof DIETS)[number];
