import {
  CAUSES,
  DIETS,
  SEVERITIES,
  type Cause,
  type Diet,
  type Food,
  type Severity,
  type Statement,
  type Topic,
  type Treatment,
} from './topic.js';

/** The person's situation, as a provider has described it or as they pick it. */
export interface Situation {
  severity: Severity;
  cause: Cause;
  diet: Diet;
}

/** The result of {@link planTreatment}: what applies, and what always holds. */
export interface TreatmentPlan {
  topicId: string;
  situation: Situation;
  /** Treatment options that fit the situation, each with why. */
  options: Treatment[];
  /** Set when no option fits until the cause is known. */
  dependsOnCause: Statement | null;
  /** Food sources for the diet, with the pack's advice for that diet. */
  foods: Food[];
  dietAdvice: Statement;
  /** A provider confirms the cause; recovery takes time; monitoring; act early. */
  steps: Statement[];
  notDiagnosis: Statement;
}

/** Thrown by {@link planTreatment} for a situation value outside the known ones. */
export class SituationError extends Error {
  override name = 'SituationError';
  constructor(
    readonly field: keyof Situation,
    readonly value: unknown,
    readonly allowed: readonly string[],
  ) {
    super(`${field}: expected one of ${allowed.map((a) => `"${a}"`).join(', ')} but got ${JSON.stringify(value)}`);
  }
}

function checked<T extends string>(field: keyof Situation, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new SituationError(field, value, allowed);
}

/** Validates a situation from untyped input (attributes, user code). */
export function parseSituation(input: { severity?: unknown; cause?: unknown; diet?: unknown }): Situation {
  return {
    severity: checked('severity', input.severity, SEVERITIES),
    cause: checked('cause', input.cause, CAUSES),
    diet: checked('diet', input.diet, DIETS),
  };
}

function applies(treatment: Treatment, { severity, cause }: Situation): boolean {
  return treatment.when.some(
    (rule) => (!rule.severity || rule.severity.includes(severity)) && (!rule.cause || rule.cause.includes(cause)),
  );
}

/**
 * The treatment explanation for a situation. Pure; all wording comes from the pack.
 * @throws {SituationError} when a situation value is unknown.
 */
export function planTreatment(topic: Topic, situation: Situation): TreatmentPlan {
  const checkedSituation = parseSituation(situation);
  const options = topic.treatments.filter((treatment) => applies(treatment, checkedSituation));
  const { guidance } = topic;
  return {
    topicId: topic.id,
    situation: checkedSituation,
    options,
    dependsOnCause: options.length ? null : guidance.dependsOnCause,
    foods: topic.foods.filter((food) => food.diets.includes(checkedSituation.diet)),
    dietAdvice: guidance.diet[checkedSituation.diet],
    steps: [guidance.confirmCause, guidance.earlyTreatment, guidance.recovery, guidance.monitoring],
    notDiagnosis: guidance.notDiagnosis,
  };
}
