import { baseLanguage } from './tags.js';

/**
 * Every UI string of the elements: topic-neutral chrome only. Anything about a topic comes from
 * its pack; the few titles here are used only when a pack leaves its own out, and name no condition.
 */
export const en = {
  loading: 'Loading health information…',
  errorTitle: 'This health information could not be shown.',
  errorUnknownTopic: 'The topic is not available.',
  errorLoad: 'The topic could not be loaded. Please try again later.',
  errorInvalid: 'The topic data has a problem.',
  source: 'Source:',
  sources: 'Sources',
  reviewed: 'Reviewed:',
  reviewedAgainst: 'Checked against:',
  // Checklist
  checklistTitle: 'Which of these symptoms have you noticed?',
  checklistIntro: 'Tick any symptoms you have noticed. Then answer the questions below.',
  patternsTitle: 'More about your symptoms',
  noneOfThese: 'None of these',
  showResult: 'See which pattern your answers look like',
  resultTitle: 'What your answers look like',
  resultUpdated: 'Result updated.',
  pointsTo: 'Answers that point to: ',
  noReasons: 'None of your answers pointed one way or the other.',
  nextSteps: 'What to do next',
  emergencyPrefix: 'Immediate action required: ',
  urgentPrefix: 'Urgent advice: ',
  soonPrefix: 'Non-urgent advice: ',
  infoPrefix: 'Information: ',
  youPicked: 'You picked:',
  urgencyShown: 'Advice about your answers is shown below them.',
  otherSigns: 'Other signs to check',
  tooFew: 'Too few of your answers point the same way to say which pattern they look like.',
  oneAnswer: '1 answer',
  manyAnswers: '{n} answers',
  aboutTitle: 'About this topic',
  print: 'Print a summary for your doctor',
  startAgain: 'Start again',
  summaryTitle: 'Summary for your doctor',
  summaryDate: 'Date:',
  yourAnswers: 'Your answers',
  noAnswers: 'No answers given.',
  clinicalTerm: 'medical term',
  // Comparison table
  tableTitle: 'How the patterns compare',
  feature: 'Feature',
  yourAnswersMark: 'Your answers',
  answersLeanTo: 'Your answers look more like this',
  highlighted: 'Highlighted',
  noComparison: 'There is nothing to compare for this topic.',
  // Treatment explainer
  explainerTitle: 'Treatment and what to expect',
  situationTitle: 'Your situation',
  lockedHint: 'Set by this website.',
  treatmentsTitle: 'Treatment options',
  whyThisFits: 'Why: ',
  noOptionFits: 'No treatment option fits the answers given.',
  selfCareHidden: 'Self-care tips are not shown while urgent advice applies. Get that advice first.',
  stepsTitle: 'What to expect',
};

/** A set of UI strings, one per language. */
export type Strings = typeof en;

export const es: Strings = {
  loading: 'Cargando información de salud…',
  errorTitle: 'No se pudo mostrar esta información de salud.',
  errorUnknownTopic: 'El tema no está disponible.',
  errorLoad: 'No se pudo cargar el tema. Inténtelo de nuevo más tarde.',
  errorInvalid: 'Los datos del tema tienen un problema.',
  source: 'Fuente:',
  sources: 'Fuentes',
  reviewed: 'Revisado:',
  reviewedAgainst: 'Comparado con:',
  checklistTitle: '¿Cuáles de estos síntomas ha notado?',
  checklistIntro: 'Marque los síntomas que haya notado. Después responda a las preguntas de abajo.',
  patternsTitle: 'Más sobre sus síntomas',
  noneOfThese: 'Ninguna de estas opciones',
  showResult: 'Ver a qué patrón se parecen sus respuestas',
  resultTitle: 'A qué se parecen sus respuestas',
  resultUpdated: 'Resultado actualizado.',
  pointsTo: 'Respuestas que apuntan a: ',
  noReasons: 'Ninguna respuesta apuntó en una dirección u otra.',
  nextSteps: 'Qué hacer ahora',
  emergencyPrefix: 'Se necesita actuar de inmediato: ',
  urgentPrefix: 'Consejo urgente: ',
  soonPrefix: 'Consejo no urgente: ',
  infoPrefix: 'Información: ',
  youPicked: 'Usted marcó:',
  urgencyShown: 'Debajo de sus respuestas hay un consejo sobre ellas.',
  otherSigns: 'Otros síntomas que conviene revisar',
  tooFew: 'Muy pocas de sus respuestas apuntan en la misma dirección como para decir a qué patrón se parecen.',
  oneAnswer: '1 respuesta',
  manyAnswers: '{n} respuestas',
  aboutTitle: 'Sobre este tema',
  print: 'Imprimir un resumen para su médico',
  startAgain: 'Empezar de nuevo',
  summaryTitle: 'Resumen para su médico',
  summaryDate: 'Fecha:',
  yourAnswers: 'Sus respuestas',
  noAnswers: 'No hay respuestas.',
  clinicalTerm: 'término médico',
  tableTitle: 'Cómo se comparan los patrones',
  feature: 'Característica',
  yourAnswersMark: 'Sus respuestas',
  answersLeanTo: 'Sus respuestas se parecen más a esto',
  highlighted: 'Destacado',
  noComparison: 'No hay nada que comparar para este tema.',
  explainerTitle: 'Tratamiento y qué esperar',
  situationTitle: 'Su situación',
  lockedHint: 'Indicado por este sitio web.',
  treatmentsTitle: 'Opciones de tratamiento',
  whyThisFits: 'Por qué: ',
  noOptionFits: 'Ninguna opción de tratamiento corresponde a las respuestas dadas.',
  selfCareHidden: 'Los consejos para cuidarse en casa no se muestran mientras haya un consejo urgente. Siga primero ese consejo.',
  stepsTitle: 'Qué esperar',
};

/** UI strings by base language (`en`, `es`, and any a site registers). */
export const strings: Record<string, Strings> = { en, es };

/**
 * Adds (or replaces) the UI strings of a language, so packs in that language render with
 * matching chrome. `lang` is a base language such as `fr`; missing keys fall back to English.
 */
export function registerStrings(lang: string, translation: Partial<Strings>): void {
  strings[baseLanguage(lang)] = { ...en, ...translation };
}
