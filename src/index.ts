/**
 * health-widgets: importing this module registers the built-in B12 pack and defines the elements.
 */
import { registerTopic } from './model/registry.js';
import { b12MuscleTightness } from './topics/b12-muscle-tightness.js';

export * from './model/index.js';
export { b12MuscleTightness };

registerTopic(b12MuscleTightness);
export * from './events.js';
export { HealthElement, DEFAULT_TOPIC_ID } from './elements/health-element.js';
export { HealthSymptomChecklist } from './elements/symptom-checklist/symptom-checklist.js';
export { HealthComparisonTable, type ComparisonLayout } from './elements/comparison-table/comparison-table.js';
export { HealthTreatmentExplainer } from './elements/treatment-explainer/treatment-explainer.js';
