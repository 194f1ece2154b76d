/** The base language of a BCP 47 tag, lower case: `es-MX` → `es`. */
export const baseLanguage = (tag: string): string => tag.split('-')[0].toLowerCase();
