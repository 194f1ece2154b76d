/**
 * FHIR R4 export of a pack's checklist: the questions as a `Questionnaire`, a person's answers
 * as a `QuestionnaireResponse`, so a clinic can take a checklist result into a FHIR record.
 *
 * npm only (`health-widgets/fhir`): nothing in the drop-in script imports this module.
 *
 * The resource types below are this module's own: the subset of FHIR R4 it emits, declared here
 * so that the published `.d.ts` needs no other package. Each is assignable to its namesake in
 * `@types/fhir` (`fhir4.Questionnaire`, `fhir4.QuestionnaireResponse`, ...), which the tests check.
 */
import { cleanAnswers, type Answers } from './assess.js';
import type { Topic } from './topic.js';

/** A FHIR R4 `Coding`: a code from a code system, with its display text. */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

/** A FHIR R4 `Identifier` (the fields a reference to a patient usually needs). */
export interface Identifier {
  system?: string;
  value?: string;
}

/** A FHIR R4 `Reference`, e.g. `{ reference: 'Patient/123' }`. A `fhir4.Reference` fits. */
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

/** One permitted answer of a `choice` item (`Questionnaire.item.answerOption`). */
export interface QuestionnaireItemAnswerOption {
  valueCoding: Coding;
}

/**
 * A `Questionnaire.item`: a `group` per sign category (`category/<id>`) holding a `boolean` per
 * sign (`sign/<id>`), and a `choice` per pattern question (`pattern/<id>`).
 */
export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: 'group' | 'boolean' | 'choice';
  /** The signs of a `group`. */
  item?: QuestionnaireItem[];
  /** The options of a `choice`. */
  answerOption?: QuestionnaireItemAnswerOption[];
}

/** The FHIR R4 `Questionnaire` that {@link toQuestionnaire} makes. Assignable to `fhir4.Questionnaire`. */
export interface Questionnaire {
  resourceType: 'Questionnaire';
  /** The pack's language (BCP 47). */
  language: string;
  /** The canonical URL that responses point to (with `|version`). */
  url: string;
  /** The pack's version. */
  version: string;
  /** A machine-friendly name made from the pack id (`leg-cramps` -> `LegCramps`). */
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType: Array<'Patient'>;
  /** The pack's review date. */
  date: string;
  publisher?: string;
  /** Markdown: the pack's summary, that it is not a diagnosis, and its sources as a numbered list. */
  description: string;
  /** The pack's review date. */
  lastReviewDate: string;
  item: QuestionnaireItem[];
}

/** One answer in a response: `valueBoolean` for a sign, `valueCoding` for a pattern question. */
export interface QuestionnaireResponseItemAnswer {
  valueBoolean?: boolean;
  valueCoding?: Coding;
}

/** A `QuestionnaireResponse.item`, with the `linkId` and nesting of its Questionnaire item. */
export interface QuestionnaireResponseItem {
  linkId: string;
  text: string;
  /** A question's answer (exactly one); absent on a group. */
  answer?: QuestionnaireResponseItemAnswer[];
  /** A group's answered items; absent on a question. */
  item?: QuestionnaireResponseItem[];
}

/**
 * The FHIR R4 `QuestionnaireResponse` that {@link toQuestionnaireResponse} makes. Assignable to
 * `fhir4.QuestionnaireResponse`.
 */
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  /** The pack's language (BCP 47). */
  language: string;
  /** Canonical reference to the Questionnaire: `url|version`. */
  questionnaire: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  /** When the answers were given: a FHIR `dateTime`. */
  authored: string;
  item: QuestionnaireResponseItem[];
}

/** Options of {@link toQuestionnaire}. */
export interface QuestionnaireOptions {
  /** The Questionnaire's canonical URL; default {@link questionnaireUrl}. */
  url?: string;
  /** Who publishes the Questionnaire (the site or clinic); the pack does not say, so none by default. */
  publisher?: string;
}

/** Options of {@link toQuestionnaireResponse}. */
export interface QuestionnaireResponseOptions {
  /**
   * The canonical of the Questionnaire answered, `url|version`; default
   * {@link questionnaireCanonical} of the pack. Pass the same URL you gave {@link toQuestionnaire}.
   */
  questionnaire?: string;
  /** When the answers were given; default now. A `Date`, or a FHIR `dateTime` string. */
  authored?: string | Date;
  /** Who the answers are about, e.g. `{ reference: 'Patient/123' }`. */
  subject?: Reference;
}

/** FHIR R4 `dateTime` (from the specification's regular expression). */
const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/** The default canonical URL of a pack's Questionnaire: `urn:health-widgets:topic:<id>`. */
export const questionnaireUrl = (topic: Pick<Topic, 'id'>): string => `urn:health-widgets:topic:${topic.id}`;

/** The versioned canonical a response points to: `<url>|<pack version>`. */
export const questionnaireCanonical = (topic: Pick<Topic, 'id' | 'version'>, url = questionnaireUrl(topic)): string =>
  `${url}|${topic.version}`;

/**
 * The code system of the pattern questions' answers: `urn:health-widgets:topic:<id>:answer`;
 * the codes are the option ids, the same in every language of the topic.
 */
export const answerSystem = (topic: Pick<Topic, 'id'>): string => `urn:health-widgets:topic:${topic.id}:answer`;

/** `leg-cramps` -> `LegCramps`: FHIR wants a name that starts with a capital letter (que-0). */
const machineName = (id: string): string => {
  const name = id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Topic${name}`;
};

/** Pack text as Markdown text: the characters that would start markup are escaped. */
const markdownText = (text: string): string => text.replace(/[\\`*_[\]<>#|]/g, '\\$&');

/** A source as one line of a numbered list: title (publisher) <url>. */
const sourceLine = (source: Topic['sources'][number], index: number): string => {
  const publisher = source.publisher ? ` (${markdownText(source.publisher)})` : '';
  const url = source.url ? ` <${source.url.replace(/</g, '%3C').replace(/>/g, '%3E')}>` : '';
  return `${index + 1}. ${markdownText(source.title)}${publisher}${url}`;
};

/** The signs in the order the Questionnaire asks them: by category, in pack order; empty categories left out. */
const signGroups = (topic: Topic) =>
  topic.categories
    .map((category) => ({ category, signs: topic.symptoms.filter((symptom) => symptom.category === category.id) }))
    .filter((group) => group.signs.length > 0);

/** A sign's question text: the plain label with the clinical term beside it, as the checklist shows it. */
const signText = (sign: Topic['symptoms'][number]): string =>
  sign.clinicalTerm ? `${sign.label} (${sign.clinicalTerm})` : sign.label;

/**
 * The pack's checklist as a FHIR R4 `Questionnaire` (status `active`): a `group` item per
 * sign category (linkId `category/<id>`) with a `boolean` item per sign (`sign/<id>`, the
 * clinical term in brackets after the label), then a `choice` item per pattern question
 * (`pattern/<id>`) whose options are codings of {@link answerSystem}.
 *
 * Carried over: `language`, `version`, `title`, `date` and `lastReviewDate` (the review date),
 * and in the Markdown `description` the pack's summary, its "not a diagnosis" statement and its
 * sources as a numbered list (R4 has no element for an article's citations on a Questionnaire).
 */
export function toQuestionnaire(topic: Topic, options: QuestionnaireOptions = {}): Questionnaire {
  const system = answerSystem(topic);
  const item: QuestionnaireItem[] = [
    ...signGroups(topic).map(({ category, signs }): QuestionnaireItem => ({
      linkId: `category/${category.id}`,
      text: category.label,
      type: 'group',
      item: signs.map((sign) => ({ linkId: `sign/${sign.id}`, text: signText(sign), type: 'boolean' })),
    })),
    ...topic.patterns.map((pattern): QuestionnaireItem => ({
      linkId: `pattern/${pattern.id}`,
      text: pattern.question,
      type: 'choice',
      answerOption: pattern.options.map((option) => ({
        valueCoding: { system, code: option.id, display: option.label },
      })),
    })),
  ];
  const description = [
    markdownText(topic.summary.text),
    markdownText(topic.guidance.notDiagnosis.text),
    topic.sources.map(sourceLine).join('\n'),
  ].join('\n\n');
  return {
    resourceType: 'Questionnaire',
    language: topic.lang,
    url: options.url ?? questionnaireUrl(topic),
    version: topic.version,
    name: machineName(topic.id),
    title: topic.title,
    status: 'active',
    subjectType: ['Patient'],
    date: topic.reviewed.date,
    ...(options.publisher ? { publisher: options.publisher } : {}),
    description,
    lastReviewDate: topic.reviewed.date,
    item,
  };
}

/**
 * A person's checklist answers (for example `event.detail.answers` of `health-checklist-result`)
 * as a FHIR R4 `QuestionnaireResponse` (status `completed`) to the pack's {@link toQuestionnaire}.
 *
 * Items mirror the Questionnaire's linkIds and nesting. Every sign is answered: `valueBoolean`
 * `true` when ticked, `false` when not ticked. A pattern question is answered with the chosen
 * option's `valueCoding`, and left out when unanswered. Answer ids the pack does not know are
 * ignored. Throws a `RangeError` when `options.authored` is not a valid date and time.
 */
export function toQuestionnaireResponse(
  topic: Topic,
  answers: Answers,
  options: QuestionnaireResponseOptions = {},
): QuestionnaireResponse {
  const known = cleanAnswers(topic, answers).answers;
  const ticked = new Set(known.signs);
  const system = answerSystem(topic);
  const item: QuestionnaireResponseItem[] = signGroups(topic).map(({ category, signs }) => ({
    linkId: `category/${category.id}`,
    text: category.label,
    item: signs.map((sign) => ({
      linkId: `sign/${sign.id}`,
      text: signText(sign),
      answer: [{ valueBoolean: ticked.has(sign.id) }],
    })),
  }));
  for (const pattern of topic.patterns) {
    const option = pattern.options.find((candidate) => candidate.id === known.patterns[pattern.id]);
    if (!option) continue;
    item.push({
      linkId: `pattern/${pattern.id}`,
      text: pattern.question,
      answer: [{ valueCoding: { system, code: option.id, display: option.label } }],
    });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    language: topic.lang,
    questionnaire: options.questionnaire ?? questionnaireCanonical(topic),
    status: 'completed',
    ...(options.subject ? { subject: options.subject } : {}),
    authored: authoredAt(options.authored),
    item,
  };
}

/** `authored` as a FHIR `dateTime`: now by default; a bad `Date` or string throws. */
function authoredAt(authored: string | Date | undefined): string {
  if (authored === undefined) return new Date().toISOString();
  if (authored instanceof Date) {
    if (Number.isNaN(authored.getTime())) throw new RangeError('authored: the Date is invalid');
    return authored.toISOString();
  }
  if (typeof authored !== 'string' || !DATE_TIME.test(authored)) {
    throw new RangeError(`authored: expected a FHIR dateTime like "2026-12-10T09:30:00Z" but got ${JSON.stringify(authored)}`);
  }
  return authored;
}
