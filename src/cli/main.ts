#!/usr/bin/env node
/**
 * `health-widgets`: tools for pack authors and site builds (Node only).
 *
 *   health-widgets check pack.json [more.json] [--json]
 *
 * `check` prints every problem of each pack like a compiler (`file:/json/pointer: message`),
 * then its warnings, and exits 0 when every pack is valid, 1 when one is not, 2 when a file
 * cannot be read or is not JSON.
 */
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
    return { file, status: 'unreadable', errors: [{ path: '', pointer: '', message: `cannot read the file (${reason})` }], warnings: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { file, status: 'unreadable', errors: [{ path: '', pointer: '', message: `not JSON: ${(error as Error).message}` }], warnings: [] };
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

const line = (file: string, problem: TopicProblem, kind = '') =>
  `${file}:${problem.pointer || '/'}: ${kind}${problem.message}${problem.suggestion ? `; ${problem.suggestion}` : ''}`;

/** Runs the command line; returns the exit code. */
export async function main(args: readonly string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = args;
  const asJson = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  if (command !== 'check' || !files.length) {
    err('usage: health-widgets check pack.json [more.json] [--json]');
    return 2;
  }
  const results = await Promise.all(files.map(checkFile));
  if (asJson) out(JSON.stringify(results, null, 2));
  else {
    for (const result of results) {
      for (const problem of result.errors) err(line(result.file, problem));
      for (const problem of result.warnings) err(line(result.file, problem, 'warning: '));
      if (result.topic) out(`${result.file}: valid (${result.topic.id}, ${result.topic.lang}, ${result.topic.version})`);
      else out(`${result.file}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
    }
  }
  if (results.some((result) => result.status === 'unreadable')) return 2;
  return results.some((result) => result.status === 'invalid') ? 1 : 0;
}

// Run when executed (the bin), not when imported (tests).
const invoked = process.argv[1] ?? '';
if (/health-widgets$|cli[\\/]main\.(js|ts)$/.test(invoked)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
