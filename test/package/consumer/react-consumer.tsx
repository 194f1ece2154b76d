// A React 19 consumer: the generated JSX types check attributes and event details.
import 'health-widgets/types/react';

export function Page() {
  return (
    <main>
      <health-symptom-checklist
        id="checklist"
        heading-level={3}
        persist="intake"
        onhealth-checklist-result={(event) => console.log(event.detail.assessment.leaning)}
      />
      <health-comparison-table for="checklist" layout="stacked" highlight="fungus" />
      <health-treatment-explainer
        situation="size=small&place=indoors"
        severity="severe"
        locked
        onhealth-explainer-change={(event) => console.log(event.detail.plan.pending.length, event.detail.situation.size)}
      />
      {/* @ts-expect-error: the heading level is a number. */}
      <health-treatment-explainer heading-level={{ level: 3 }} />
      {/* @ts-expect-error: 'grid' is not a layout. */}
      <health-comparison-table layout="grid" />
      <health-symptom-checklist
        // @ts-expect-error: the detail has no `score` field.
        onhealth-checklist-change={(event) => console.log(event.detail.score.toFixed())}
      />
    </main>
  );
}
