/** The tags this package defines (the pre-renderer and the hydration script look for them). */
export const TAGS: readonly string[] = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'];
