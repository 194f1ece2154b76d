/**
 * What a pre-rendered widget says, in place, when JavaScript is off: the signs, the table and
 * the advice can all be read without it, but a result for the person's answers cannot be given.
 *
 * The note is static markup inside the shadow root, in a `<noscript>`: browsers running scripts
 * read its content as text and show nothing, and hydration skips it (it holds no part markers).
 * Only pre-rendered pages carry it, so the drop-in script stays as it is.
 */
import { baseLanguage } from '../i18n/tags.js';
import { escapeHtml } from './html.js';

interface Notes {
  /** Where the checklist's result button would be (the button is hidden: it needs a script). */
  checklist: string;
  /** Between the explainer's situation questions and the advice that follows them. */
  explainer: string;
}

const notes: Record<string, Notes> = {
  en: {
    checklist:
      'To see which pattern your answers look like, turn on JavaScript in your browser. You can still read every sign and question here, and go through them with a healthcare provider.',
    explainer: 'To fit the advice below to your answers, turn on JavaScript in your browser. You can still read all of it.',
  },
  es: {
    checklist:
      'Para ver a qué patrón se parecen sus respuestas, active JavaScript en su navegador. Aun así puede leer aquí todos los síntomas y preguntas, y revisarlos con un profesional de la salud.',
    explainer:
      'Para ajustar los consejos de abajo a sus respuestas, active JavaScript en su navegador. Aun así puede leerlos todos.',
  },
};

/** A note's look: the result panel's, so it sits where the result would. */
const NOTE_STYLE =
  '.needs-script{margin-block:var(--_space,1rem);padding:var(--_space,1rem);border-inline-start:4px solid var(--_accent,#005eb8);background:var(--_subtle,#f0f4f5)}';

/** Where each element's note goes, and what it hides while scripts are off. */
const placements: Record<string, { key: keyof Notes; before: RegExp[]; hide?: string }> = {
  'health-symptom-checklist': { key: 'checklist', before: [/<div class="?actions\b/, /<div class="?safety\b/], hide: '.actions' },
  'health-treatment-explainer': { key: 'explainer', before: [/part="?situation\b[\s\S]*?(<section\b)/, /<div class="?safety\b/] },
};

/** A part marker names the element right after it: nothing may come between them. */
const NODE_MARKER = /<!--lit-node \d+-->$/;

/**
 * The element's pre-rendered shadow content with its no-script note, in the pack's language
 * (English, marked as such, when there is no note in it). Elements without a note, or whose
 * markup has no place for one, are returned as they are.
 */
export function withNoScriptNote(tag: string, shadow: string, packLang: string): string {
  const placement = placements[tag];
  if (!placement) return shadow;
  for (const pattern of placement.before) {
    const match = pattern.exec(shadow);
    if (!match) continue;
    // With a capture group, the note goes before the captured text.
    let at = match.index + (match[1] ? match[0].length - match[1].length : 0);
    const marker = NODE_MARKER.exec(shadow.slice(0, at));
    if (marker) at -= marker[0].length;
    const lang = baseLanguage(packLang);
    const text = notes[lang]?.[placement.key] ?? notes.en[placement.key];
    const langAttribute = notes[lang] ? '' : ' lang="en"';
    const hide = placement.hide ? `${placement.hide}{display:none}` : '';
    const note = `<noscript><style>${NOTE_STYLE}${hide}</style><p class="needs-script"${langAttribute}>${escapeHtml(text)}</p></noscript>`;
    return shadow.slice(0, at) + note + shadow.slice(at);
  }
  return shadow;
}
