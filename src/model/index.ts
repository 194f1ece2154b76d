/** The model alone: pure, no DOM and no Lit (`health-widgets/model`). */
export * from './runtime.js';
// For pack authors and their tools; the drop-in script does not carry these.
export { checkTopic, READING_GRADE_LIMIT, type TopicCheck, type TopicProblem } from './check.js';
export { readingGrade } from './readability.js';
export { displayedStatements } from './statements.js';
export { SCHEMA_NAMES } from './topic.js';
