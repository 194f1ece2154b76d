/**
 * Reading level of English text: the Flesch-Kincaid grade, for pack authors and the tests that
 * hold shipped packs to plain words. Not used by the elements, so the drop-in does not carry it.
 */

/** Syllables of one English word, by the usual vowel-group rules (a good estimate, not a dictionary). */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!letters) return 0;
  // Digits are read as numbers ("B12" is "bee twelve"): one syllable per digit group and letter run.
  if (/\d/.test(letters)) return letters.match(/\d+|[a-z]+/g)!.length;
  if (letters.length <= 3) return 1;
  const trimmed = letters
    .replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '') // silent endings: "makes", "used", "make" (not "needed")
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  // A consonant + "le" ending is its own syllable ("little", "simple").
  const le = /[^aeiouy]le$/.test(letters) ? 1 : 0;
  return Math.max(1, groups + (le && !/le$/.test(trimmed) ? 1 : 0));
}

/** The text a reader reads as prose: terms in brackets (the clinical name beside the plain words) left out. */
const prose = (text: string): string => text.replace(/\([^)]*\)/g, ' ');

/** Sentences, words and syllables of a text. */
export function textCounts(text: string): { sentences: number; words: number; syllables: number } {
  const clean = prose(text);
  const words = clean.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const sentences = Math.max(1, (clean.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  // A hyphenated word is read as its parts.
  const count = words.reduce((sum, word) => sum + word.split(/-/).reduce((n, part) => n + syllables(part), 0), 0);
  return { sentences, words: words.length, syllables: count };
}

/**
 * The Flesch-Kincaid grade of a text: 0.39 × words per sentence + 11.8 × syllables per word −
 * 15.59. Bracketed terms are left out, as they stand beside plain words.
 */
export function readingGrade(text: string): number {
  const { sentences, words, syllables: count } = textCounts(text);
  if (!words) return 0;
  return 0.39 * (words / sentences) + 11.8 * (count / words) - 15.59;
}
