#!/usr/bin/env node
/**
 * `health-widgets`: tools for pack authors and site builds (Node only).
 *
 *   health-widgets check pack.json [more.json] [--json]
 *   health-widgets preview pack.json [--port N]
 *   health-widgets prerender page.html [-o out.html] [--pack pack.json]... [--lang tag] [--no-hydration-script]
 *
 * `check` prints every problem of each pack like a compiler (`file:/json/pointer: message`),
 * then its warnings, and exits 0 when every pack is valid, 1 when one is not, 2 when a file
 * cannot be read or is not JSON.
 *
 * `preview` serves a page with the three widgets on one pack at `http://localhost:<port>/`
 * (127.0.0.1 only), shows the problem list instead when the pack is invalid, and reloads the
 * page when the file changes, until Ctrl+C (see `./preview.ts`). It exits 2 when the file is
 * missing or the port cannot be used.
 *
 * `prerender` writes the page with its widgets rendered into Declarative Shadow DOM, to `-o` or
 * to standard output, for pages that show them before any script runs (see `./prerender.ts`).
 * It exits 0 when every element was rendered, 1 when one was left as it was or a pack is not
 * valid, 2 when a file cannot be read or written.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TopicProblem } from '../model/check.js';
import { checkFile } from './check-file.js';

const line = (file: string, problem: TopicProblem, kind = '') =>
  `${file}:${problem.pointer || '/'}: ${kind}${problem.message}${problem.suggestion ? `; ${problem.suggestion}` : ''}`;

const USAGE = `usage: health-widgets check pack.json [more.json] [--json]
       health-widgets preview pack.json [--port N]
       health-widgets prerender page.html [-o out.html] [--pack pack.json]... [--lang tag] [--no-hydration-script]`;

/** Runs the command line; returns the exit code (for `preview`, once it is stopped). */
export async function main(args: readonly string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'preview') {
    // Loaded only for `preview`: `check` in CI starts no server code.
    const { runPreview } = await import('./preview.js');
    return runPreview(rest, out, err, USAGE);
  }
  if (command === 'prerender') {
    // Loaded only for `prerender`: Lit SSR and the elements load with it.
    const { runPrerender } = await import('./prerender.js');
    return runPrerender(rest, out, err, USAGE);
  }
  const asJson = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  if (command !== 'check' || !files.length) {
    err(USAGE);
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

/** Whether this file is the program Node runs (through npm's bin link or directly), not an import. */
function isProgram(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isProgram()) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
