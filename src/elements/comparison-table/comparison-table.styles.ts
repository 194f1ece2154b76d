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
  /* The touched-row bar, which the reset of the cell borders above would otherwise remove. */
  & tr.touched > th {
    border-inline-start: 6px solid var(--_warning);
  }
`;

/**
 * Very narrow stacked cards (see shared.ts): no side borders, bars or side padding; the bars
 * move to the top of the cell, and the highlighted column keeps its bar and its mark.
 */
const flatStacked = css`
  & tbody tr {
    border-inline-width: 0;
    border-radius: 0;
  }
  /* The row header keeps its fill and a sliver of padding; the cells give theirs to the text. */
  & tbody th {
    padding-inline: calc(var(--_space) * 0.5);
  }
  & td {
    padding-inline: 0;
  }
  & td.highlight {
    border-inline-start: 0;
    border-block-start: 4px solid var(--_accent);
    background: none;
  }
  & tr.touched > th {
    border-inline-start: 0;
    border-block-start: 4px solid var(--_warning);
  }
`;

export const comparisonTableStyles = css`
  .frame {
    max-inline-size: 100%;
  }
  /* layout="table" scrolls inside this labelled, focusable region, never the page. The frame is
     the containing block of the visually hidden (absolutely positioned) texts in the cells:
     else they escape its scrolling and widen the page by the table's width. */
  .frame.table {
    position: relative;
    overflow-x: auto;
    overscroll-behavior-inline: contain;
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
    max-inline-size: 100%;
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
  @container health (max-width: 36rem) {
    .auto {
      ${stacked}
    }
  }
  .stacked {
    ${stacked}
  }
  @container health (max-width: 18em) {
    .auto,
    .stacked {
      ${flatStacked}
    }
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
