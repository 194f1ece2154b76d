import { css } from 'lit';

export const checklistStyles = css`
  .groups {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
  }
  .groups > * {
    min-inline-size: 0;
  }
  /* Packs with hundreds of signs: a long group off screen keeps its last size and is neither
     styled nor laid out when an answer elsewhere changes. It stays in the accessibility tree
     and in find-in-page. */
  .groups > .long {
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  @container health (min-width: 40rem) {
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
  .result :is(h2, h3, h4, h5, h6):focus {
    outline: none;
  }
  .result :is(h2, h3, h4, h5, h6):focus-visible {
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
  /* Very narrow (see shared.ts): the result panel gives its side padding, side bar and fill to
     the text, and keeps a top bar; the buttons stack, each a full-width target. */
  @container health (max-width: 18em) {
    .result {
      padding-inline: 0;
      border-inline-start: 0;
      border-block-start: 4px solid var(--_accent);
      background: none;
    }
    .leaning {
      font-size: 1.0625em;
    }
    .reasons {
      padding-inline-start: 0;
    }
    .actions button {
      flex: 1 1 100%;
    }
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
    .result :is(h2, h3, h4, h5, h6):focus-visible {
      box-shadow: none;
    }
  }
`;
