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
      <health-comparison-table for="checklist" layout="stacked" highlight="b12" />
      <health-treatment-explainer
        severity="severe"
        cause="absorption"
        diet="vegan"
        locked
        onhealth-explainer-change={(event) => console.log(event.detail.plan.foods.length)}
      />
      {/* @ts-expect-error: 'medium' is not a severity. */}
      <health-treatment-explainer severity="medium" />
      {/* @ts-expect-error: 'grid' is not a layout. */}
      <health-comparison-table layout="grid" />
      <health-symptom-checklist
        // @ts-expect-error: the detail has no `score` field.
        onhealth-checklist-change={(event) => console.log(event.detail.score.toFixed())}
      />
    </main>
  );
}
