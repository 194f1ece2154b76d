/**
 * `health-widgets prerender page.html [-o out.html] [--pack pack.json]... [--lang tag]
 * [--no-hydration-script]`: writes the page with its health-widgets elements rendered into
 * Declarative Shadow DOM (see `../ssr/prerender.ts`), for site owners and static-site builds.
 *
 * The page is read from the file (`-` reads standard input) and written to `-o`, or to standard
 * output. Each `--pack` is checked first; the problems of one that is not valid are listed like
 * `health-widgets check` lists them, and it is left out. Warnings go to standard error as
 * `page.html:line:column: <tag>: message`.
 *
 * Exits 0 when every element was rendered, 1 when one was left as it was or a pack is not valid
 * (the page is written all the same: what is not rendered stays as it was), 2 on a usage
 * error or a file that cannot be read or written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { checkTopic } from '../model/check.js';
import type { Topic } from '../model/topic.js';
import { prerender } from '../ssr/index.js';

interface Arguments {
  input: string;
  output: string | null;
  packs: string[];
  lang: string | null;
  hydrationScript: boolean;
}

/** Reads the arguments; a string is the usage problem. */
function parseArguments(args: readonly string[]): Arguments | string {
  const parsed: Arguments = { input: '', output: null, packs: [], lang: null, hydrationScript: true };
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? args[i].split(/=(.*)/s) : [args[i], undefined];
    const value = () => inline ?? args[++i];
    if (flag === '-o' || flag === '--output') parsed.output = value() ?? '';
    else if (flag === '--pack') parsed.packs.push(value() ?? '');
    else if (flag === '--lang') parsed.lang = value() ?? '';
    else if (flag === '--no-hydration-script') parsed.hydrationScript = false;
    else if (flag.startsWith('-') && flag !== '-') return `unknown option ${flag}`;
    else inputs.push(flag);
  }
  if (inputs.length !== 1) return inputs.length ? 'one page at a time' : 'no page given';
  if ([parsed.output, parsed.lang, ...parsed.packs].some((value) => value === '')) return 'an option is missing its value';
  parsed.input = inputs[0];
  return parsed;
}

async function readStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

/** Runs `prerender`; returns the exit code. */
export async function runPrerender(
  args: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  usage: string,
): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    err(`health-widgets prerender: ${parsed}\n${usage}`);
    return 2;
  }
  const { input, output } = parsed;
  let page: string;
  try {
    page = input === '-' ? await readStdin() : await readFile(input, 'utf8');
  } catch (error) {
    err(`${input}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    return 2;
  }
  let code = 0;
  const packs: Topic[] = [];
  for (const file of parsed.packs) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      const why =
        error instanceof SyntaxError
          ? `not JSON: ${error.message}`
          : `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
      err(`${file}: ${why}`);
      return 2;
    }
    // `$schema` is for editors; a pack is checked without it.
    if (json !== null && typeof json === 'object' && !Array.isArray(json)) delete (json as { $schema?: unknown }).$schema;
    const { topic, errors } = checkTopic(json);
    if (topic) packs.push(topic);
    else {
      code = 1;
      for (const problem of errors) err(`${file}:${problem.pointer || '/'}: ${problem.message}`);
      err(`${file}: not a valid pack, so it is not used (health-widgets check lists its problems)`);
    }
  }
  const result = prerender(page, { packs, lang: parsed.lang ?? undefined, hydrationScript: parsed.hydrationScript });
  const name = input === '-' ? '<stdin>' : input;
  for (const warning of result.warnings) {
    const at = warning.line ? `${name}:${warning.line}:${warning.column}` : name;
    err(`${at}: ${warning.subject}: ${warning.message}`);
  }
  if (result.skipped) code = 1;
  const summary = `${name}: ${result.rendered} element${result.rendered === 1 ? '' : 's'} pre-rendered${result.skipped ? `, ${result.skipped} left as ${result.skipped === 1 ? 'it was' : 'they were'}` : ''}`;
  if (output) {
    try {
      await writeFile(output, result.html);
    } catch (error) {
      err(`${output}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`);
      return 2;
    }
    out(summary);
  } else {
    // `out` ends what it prints with a line break: the page keeps its own last one.
    out(result.html.replace(/\r?\n$/, ''));
    err(summary);
  }
  return code;
}
