/**
 * health-widgets: importing this module registers the built-in English B12 pack and defines
 * the elements. Other packs register themselves from `health-widgets/topics/<id>`.
 */
import { addTopic } from './model/registry.js';
import type { Topic } from './model/topic.js';
import builtInPack from './topics/b12-muscle-tightness.en.json';

export * from './model/runtime.js';

/**
 * The built-in pack (vitamin B12 deficiency and muscle tightness, English). The build validates
 * it (an invalid pack fails the build), so it is registered without checking it again.
 */
export const b12MuscleTightness: Topic = addTopic(builtInPack as unknown as Topic);

/** The id of the built-in pack, which elements show when they name no topic. */
export const DEFAULT_TOPIC_ID = b12MuscleTightness.id;

export * from './events.js';
export * from './i18n/index.js';
export { HealthElement } from './elements/health-element.js';
export { HealthSymptomChecklist } from './elements/symptom-checklist/symptom-checklist.js';
export { HealthComparisonTable, type ComparisonLayout } from './elements/comparison-table/comparison-table.js';
export { HealthTreatmentExplainer, type SituationInput } from './elements/treatment-explainer/treatment-explainer.js';
