export { en, es, strings, type Strings } from './strings.js';
export { resolveLang, stringsFor, SUPPORTED_LANGS } from './lang.js';
