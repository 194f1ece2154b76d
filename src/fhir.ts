/**
 * health-widgets/fhir: FHIR R4 export of a pack's checklist (`toQuestionnaire`) and of a
 * person's answers (`toQuestionnaireResponse`), for clinics that keep FHIR records.
 * npm only: the drop-in script does not carry it. Importing it defines no element.
 */
export * from './model/fhir.js';
