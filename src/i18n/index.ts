export { en, es, strings, registerStrings, type Strings } from './strings.js';
export { hasStrings, resolveLang, stringsFor, SUPPORTED_LANGS } from './lang.js';
