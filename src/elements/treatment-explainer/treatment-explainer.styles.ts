import { css } from 'lit';

export const explainerStyles = css`
  .situation {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    margin-block-end: var(--_space);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .situation > * {
    min-inline-size: 0;
  }
  @container health (min-width: 40rem) {
    /* As many columns as fit, whatever number of questions the pack asks. */
    .situation {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .situation > :is(h2, h3, h4, h5, h6) {
      grid-column: 1 / -1;
    }
  }
  .situation fieldset {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .situation fieldset:disabled .choice {
    opacity: 0.8;
  }
  .options {
    display: grid;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .option {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
  }
  ul {
    margin-block: 0 var(--_space);
    padding-inline-start: 1.5em;
  }
  section {
    margin-block-end: var(--_space);
  }
  /* Very narrow (see shared.ts): the question panel and the option cards give their side
     padding, fill and side bar to the text; a top rule or bar marks where each starts. */
  @container health (max-width: 18em) {
    .situation {
      padding-inline: 0;
      background: none;
      border-radius: 0;
      border-block: 1px solid var(--_border);
    }
    .option {
      padding-inline: 0;
      border-inline-width: 0;
      border-block-start: 4px solid var(--_accent);
      border-radius: 0;
    }
    ul {
      padding-inline-start: 0;
    }
  }
  @media print {
    .situation {
      display: none;
    }
  }
`;
