import { css } from 'lit';

export const checklistStyles = css`
  :host {
    container-type: inline-size;
  }
  .groups {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
  }
  @container (min-width: 40rem) {
    .groups {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-block: var(--_space);
  }
  .result {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }
  .result [role='heading']:focus {
    outline: none;
  }
  .result [role='heading']:focus-visible {
    box-shadow: var(--_focus-ring);
  }
  .leaning {
    font-size: 1.125em;
    font-weight: 600;
  }
  .reasons-title {
    margin-block-end: 0.25em;
  }
  .reasons {
    margin-block: 0 var(--_space);
    padding-inline-start: 1.5em;
  }
  .print-only {
    display: none;
  }
  @media print {
    .screen-only,
    .unused {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .result {
      border: 1px solid currentColor;
      background: none;
    }
    .result [role='heading']:focus-visible {
      box-shadow: none;
    }
  }
`;
