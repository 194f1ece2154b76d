import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * Design tokens and base styles shared by every element. Sites theme with the public
 * `--health-*` custom properties; the private `--_*` ones hold the resolved values.
 *
 * Every host is a size container named `health`. The narrow layouts query it in `em`, the
 * host's own text size, so 200% text reaches them at twice the pixel width: what counts is how
 * many characters fit on a line, not how many pixels the phone has.
 */
export const sharedStyles = css`
  ${tokenStyles}
  :host {
    --_focus-ring: 0 0 0 3px var(--_focus), 0 0 0 6px var(--_warning-contrast);
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    /* Not "anywhere", which lets flex and grid items shrink below their longest word and then
       breaks inside words ("deficien|cy"): only a word longer than the whole line breaks. */
    overflow-wrap: break-word;
    container: health / inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :is(h2, h3, h4, h5, h6) {
    font-weight: 700;
    line-height: 1.3;
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  .title {
    font-size: 1.375em;
  }
  .subtitle {
    font-size: 1.125em;
  }
  p {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .muted,
  .source {
    color: var(--_muted);
  }
  .source {
    display: block;
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
  /* Template whitespace is minified away: the space before inline extras comes from CSS. A
     real space, not a margin, so a line may break there instead of inside the word before. */
  .cite {
    color: var(--_muted);
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .cite::before {
    content: ' ';
    white-space: normal;
  }
  .sources {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .sources ol {
    margin-block: 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.5em;
  }
  .small-heading {
    font-size: 1em;
  }
  :focus-visible {
    outline: 3px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .status {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_border);
    background: var(--_subtle);
  }
  .status.error {
    border-inline-start-color: var(--_danger);
  }
  .care-card {
    border: 1px solid var(--_border);
    border-block-start: 0.5rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-block: var(--_space);
  }
  .care-card > .care-head {
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_accent);
    color: var(--_accent-contrast);
    margin: 0;
  }
  .care-card > .care-body {
    padding: var(--_space);
  }
  /* The tiers, as NHS care cards: emergency all in red, urgent with a red heading, soon
     (book an appointment) with the accent heading, information as a plain outlined panel. */
  .care-card.urgent,
  .care-card.emergency {
    border-color: var(--_danger);
    border-block-start-color: var(--_danger);
  }
  .care-card.urgent > .care-head,
  .care-card.emergency > .care-head {
    background: var(--_danger);
    color: var(--_danger-contrast);
  }
  .care-card.emergency > .care-body {
    background: var(--_danger);
    color: var(--_danger-contrast);
    border-block-end: 0.5rem solid currentColor;
  }
  .care-card.emergency a,
  .care-card.emergency .cite {
    color: inherit;
  }
  .care-card.info {
    border-block-start-width: 4px;
  }
  .care-card.info > .care-head {
    background: none;
    color: inherit;
    padding-block-end: 0;
  }
  .care-card ul {
    margin-block: 0;
    padding-inline-start: 1.5em;
  }
  /* The safety frame: always there, quiet. */
  .safety {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 4px solid var(--_border);
    font-size: 0.9375em;
  }
  .safety p:last-child {
    margin-block-end: 0;
  }
  .about {
    margin-block: 0 var(--_space);
  }
  .about > summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    min-block-size: 24px;
  }
  .about[open] > summary {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  /* A narrow column (about 30 characters: a phone, a sidebar, large text): a little less room
     around everything. */
  @container health (max-width: 30em) {
    [part~='base'] {
      --_space: calc(var(--health-space, 1rem) * 0.75);
    }
    ul,
    ol,
    .care-card ul {
      padding-inline-start: 1.25em;
    }
  }
  /* A very narrow column (18em: 288 px at 100% text, 576 px at 200%): every side decoration
     and side padding goes, so text keeps the full width (a 320 px phone at 200% text leaves
     a host about 190-300 px wide). Panels mark their edges with a top border instead; filled
     bands (the care-card heading, the emergency body) keep a sliver of padding. */
  @container health (max-width: 18em) {
    [part~='base'] {
      --_space: calc(var(--health-space, 1rem) * 0.625);
    }
    /* Headings keep their weight but not their size, so a long word still fits a line. */
    .title {
      font-size: 1.125em;
    }
    .subtitle {
      font-size: 1.0625em;
    }
    /* Markers inside the text column, and narrower than a disc's, so a first word fits after
       them; a plain space after the marker, so a word that does not fit moves to the next
       line whole instead of breaking. */
    ul,
    ol,
    .care-card ul,
    .sources ol {
      padding-inline-start: 0;
      list-style-position: inside;
    }
    ul {
      list-style-type: '\\2022\\20';
    }
    button {
      padding-inline: 0.25em;
    }
    .status {
      padding-inline: calc(var(--_space) * 0.5);
    }
    .care-card {
      border-inline-width: 0;
      border-radius: 0;
    }
    .care-card > .care-head,
    .care-card.emergency > .care-body {
      padding-inline: calc(var(--_space) * 0.5);
    }
    .care-card > .care-body,
    .care-card.info > .care-head {
      padding-inline: 0;
    }
    .safety {
      padding-inline: 0;
      border-inline-start: 0;
      border-block-start: 4px solid var(--_border);
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    .care-card,
    .care-card.urgent,
    .care-card.emergency {
      border: 3px solid CanvasText;
    }
    .care-card.emergency > .care-body {
      forced-color-adjust: auto;
    }
    .care-card > .care-head {
      forced-color-adjust: auto;
    }
  }
  @media print {
    button {
      display: none;
    }
    /* Paper drops backgrounds: headings print dark on white, the tier shows in the border. */
    .care-card,
    .care-card > .care-head,
    .care-card > .care-body {
      background: none !important;
      color: inherit !important;
    }
    .care-card {
      border: 3px solid var(--_accent);
      break-inside: avoid;
    }
    .care-card.urgent,
    .care-card.emergency {
      border: 4px solid var(--_danger);
    }
    .care-card > .care-head {
      border-block-end: 1px solid var(--_border);
    }
    .about {
      display: none;
    }
    :focus-visible {
      box-shadow: none;
    }
    /* On paper a link is only useful with its address. */
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;

/** Checkbox and radio rows with targets of at least 24 x 24 CSS px. */
export const choiceStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    /* A legend shrinks to fit its text: without a cap a long word would widen it past the box. */
    max-inline-size: 100%;
    font-weight: 700;
    font-size: 1.0625em;
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    padding-block: 0.25em;
  }
  .choice > * {
    min-inline-size: 0;
  }
  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice label {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .term,
  .hint {
    color: var(--_muted);
  }
  .term::before {
    content: ' ';
  }
  .hint {
    display: block;
    font-size: 0.875em;
  }
  .choice.none {
    border-block-start: 1px solid var(--_border);
    margin-block-start: 0.25em;
    padding-block-start: 0.5em;
  }
  /* Very narrow: the box starts the label's first line and the later lines run under it,
     instead of a column beside it that loses the box's width on every line. Inline, not a
     float: beside a float a first word too long for the shortened line is broken in two;
     after an inline box the line breaks before the word instead. */
  @container health (max-width: 18em) {
    .choice {
      display: block;
    }
    .choice input {
      display: inline-block;
      vertical-align: top;
      margin-inline-end: 0.5em;
    }
    .choice > div {
      display: inline;
    }
  }
`;
