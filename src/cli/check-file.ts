/** Checking one pack file from disk, for `health-widgets check` and `preview` (Node only). */
import { readFile } from 'node:fs/promises';
import { checkTopic, type TopicProblem } from '../model/check.js';

/** The outcome of checking one file. */
export interface FileCheck {
  file: string;
  /** `invalid` has errors; `unreadable` could not be read or parsed as JSON. */
  status: 'valid' | 'invalid' | 'unreadable';
  /** The pack's id and language, when it is valid. */
  topic?: { id: string; lang: string; version: string };
  errors: TopicProblem[];
  warnings: TopicProblem[];
}

/** Checks one pack file. Never throws. */
export async function checkFile(file: string): Promise<FileCheck> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return {
      file,
      status: 'unreadable',
      errors: [{ path: '', pointer: '', message: `cannot read the file (${reason})` }],
      warnings: [],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      file,
      status: 'unreadable',
      errors: [{ path: '', pointer: '', message: `not JSON: ${(error as Error).message}` }],
      warnings: [],
    };
  }
  // `$schema` is for editors; a pack is checked without it.
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) delete (json as { $schema?: unknown }).$schema;
  const { topic, errors, warnings } = checkTopic(json);
  return {
    file,
    status: topic ? 'valid' : 'invalid',
    ...(topic ? { topic: { id: topic.id, lang: topic.lang, version: topic.version } } : {}),
    errors,
    warnings,
  };
}
