export { en, es, strings, registerStrings, type Strings } from './strings.js';
export { resolveLang, stringsFor, SUPPORTED_LANGS } from './lang.js';
