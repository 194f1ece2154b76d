import { css } from 'lit';

/** Stacked cards: every table part becomes a block; the roles keep the semantics. */
const stacked = css`
  & table,
  & tbody,
  & tr,
  & th,
  & td {
    display: block;
  }
  & caption {
    display: block;
  }
  /* Column headers stay in the accessibility tree; each cell shows its own label instead. */
  & thead {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  & tbody tr {
    margin-block-end: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  & tbody th,
  & td {
    border: 0;
  }
  & tbody th {
    background: var(--_subtle);
  }
  & td + td {
    border-block-start: 1px solid var(--_border);
  }
  & .cell-label {
    display: block;
    font-weight: 700;
  }
  & td.highlight {
    border-inline-start: 6px solid var(--_accent);
  }
`;

export const comparisonTableStyles = css`
  :host {
    container-type: inline-size;
  }
  .frame {
    max-inline-size: 100%;
  }
  .frame.table {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Break long words only when a line has no other place to break. */
    overflow-wrap: break-word;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: 0.625em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_subtle);
  }
  thead th.highlight {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  td.highlight {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .mark {
    display: block;
    inline-size: fit-content;
    margin-block-start: 0.25em;
    padding: 0 0.375em;
    border-radius: var(--_radius);
    background: var(--_warning);
    color: var(--_warning-contrast);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .cell-label {
    display: none;
  }
  tr.touched > th {
    border-inline-start: 6px solid var(--_warning);
  }
  .table table {
    min-inline-size: 36rem;
  }
  @container (max-width: 36rem) {
    .auto {
      ${stacked}
    }
  }
  .stacked {
    ${stacked}
  }
  @media (forced-colors: active) {
    .mark,
    thead th.highlight {
      border: 2px solid CanvasText;
    }
  }
  /* Paper drops backgrounds: the highlighted header prints dark, framed in the accent. */
  @media print {
    thead th.highlight,
    .mark {
      background: none;
      color: inherit;
    }
    thead th.highlight {
      border: 3px solid var(--_accent);
    }
    .mark {
      border: 1px solid currentColor;
    }
  }
`;
