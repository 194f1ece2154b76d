// Mistakes the types must catch: each line after @ts-expect-error has to be a type error.
import 'health-widgets/types/react';

export function Misuse() {
  return (
    <>
      {/* @ts-expect-error: the assessment is read-only; React would throw setting it. */}
      <health-symptom-checklist assessment={null} />
      {/* @ts-expect-error: the plan is read-only. */}
      <health-treatment-explainer plan={null} />
      {/* @ts-expect-error: the pack shown is read-only. */}
      <health-comparison-table topicData={null} />
      {/* @ts-expect-error: 'grid' is not a layout. */}
      <health-comparison-table layout="grid" />
      {/* @ts-expect-error: the heading level is a number. */}
      <health-treatment-explainer heading-level={{ level: 3 }} />
      <health-symptom-checklist
        // @ts-expect-error: the detail has no `score` field.
        onhealth-checklist-change={(event) => console.log(event.detail.score)}
      />
      {/* @ts-expect-error: a situation is an object of option ids or a query string. */}
      <health-treatment-explainer situation={42} />
    </>
  );
}
