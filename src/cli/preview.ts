/**
 * `health-widgets preview pack.json [--port N]`: a local page with the three widgets on one pack
 * file, for its author (Node only, no dependencies).
 *
 * The page shows the pack's file name, id, language, version and whether it is valid; when it is
 * valid, the checklist, the table and the explainer on it (the table and the explainer follow the
 * checklist) with a panel showing what the latest answers do, then the pack's warnings; when it is
 * not valid, or not JSON, the problem list that `health-widgets check` prints, as HTML. The page
 * reloads itself when the file changes on disk.
 *
 * Routes: `/` the page, `/pack.json` the file as it is now, `/health-widgets.js` the drop-in
 * bundle (`dist/`, beside this CLI's `lib/`), `/preview.js` and `/preview.css` the page's own
 * script and styles (no inline script or style, so the page runs under a strict CSP), `/events`
 * Server-Sent Events announcing each change of the file.
 *
 * The server listens on 127.0.0.1 only and answers only requests addressed to `localhost` or
 * `127.0.0.1` (no DNS rebinding from a web page).
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile, type FileCheck } from './check-file.js';

/** Options of {@link startPreview}. */
export interface PreviewOptions {
  /** The port to listen on; 0 or none picks a free one. */
  port?: number;
}

/** A running preview. */
export interface Preview {
  /** `http://localhost:<port>/` */
  url: string;
  /** Where the server listens: always 127.0.0.1. */
  address: AddressInfo;
  /** Stops watching, ends the open event streams and closes the server. */
  close(): Promise<void>;
}

/** The only address the preview binds to. */
export const PREVIEW_HOST = '127.0.0.1';

/** How long the file must be quiet before a change is announced (editors write in bursts). */
const DEBOUNCE_MS = 100;

/** The drop-in bundle, beside this CLI in the package: lib/cli/ (or src/cli/) → dist/. */
const bundlePath = () => fileURLToPath(new URL('../../dist/health-widgets.js', import.meta.url));

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A language tag safe and sensible for a `lang` attribute, or null. */
const languageTag = (value: unknown): string | null =>
  typeof value === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value) ? value : null;

/** Id, language and version as the file states them, even when the pack is invalid. */
function stated(result: FileCheck, json: unknown): { id?: string; lang?: string; version?: string } {
  if (result.topic) return result.topic;
  const raw = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' && value.length <= 200 ? value : undefined);
  return { id: text(raw.id), lang: text(raw.lang), version: text(raw.version) };
}

const problemList = (problems: FileCheck['errors'], kind: 'problems' | 'warnings', heading: string, lang: string): string => `
  <section class="${kind}"${lang} aria-labelledby="${kind}-heading">
    <h2 id="${kind}-heading">${escape(heading)}</h2>
    <ol>${problems
      .map(
        (problem) => `
      <li><code class="pointer">${escape(problem.pointer || '/')}</code>: <span class="message">${escape(problem.message)}</span>${
        problem.suggestion ? `; <span class="suggestion">${escape(problem.suggestion)}</span>` : ''
      }</li>`,
      )
      .join('')}
    </ol>
  </section>`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The page for the file as it is now. */
function page(file: string, result: FileCheck, json: unknown, version: string, bundleFound: boolean): string {
  const facts = stated(result, json);
  const lang = languageTag(facts.lang);
  // The page is in the pack's language; its own words (header, panel, problems) are English.
  const en = lang && lang.split('-')[0].toLowerCase() !== 'en' ? ' lang="en"' : '';
  const status =
    result.status === 'valid'
      ? 'valid'
      : result.status === 'invalid'
        ? `invalid (${plural(result.errors.length, 'problem')})`
        : 'not readable';
  const fact = (term: string, value: string | undefined) =>
    `<div><dt>${term}</dt><dd>${value ? escape(value) : '<i>none</i>'}</dd></div>`;
  const name = basename(file);
  let body: string;
  if (result.status !== 'valid') {
    body = problemList(
      result.errors,
      'problems',
      result.status === 'unreadable' ? 'The file cannot be used' : `${plural(result.errors.length, 'problem')} to fix`,
      en,
    );
  } else if (!bundleFound) {
    body = `
  <section class="problems"${en} aria-labelledby="problems-heading">
    <h2 id="problems-heading">The widgets are not built</h2>
    <p>The drop-in script was not found at <code>${escape(bundlePath())}</code>. Run <code>npm run build</code> in the health-widgets folder; this page reloads when the pack changes, or reload it yourself.</p>
  </section>`;
  } else {
    body = `
  <div class="widgets">
    <health-symptom-checklist id="checklist" src="/pack.json"></health-symptom-checklist>
    <section class="result"${en} aria-labelledby="result-heading">
      <h2 id="result-heading">What the answers do</h2>
      <p id="result-output" aria-live="polite">Tick a sign or answer a question in the checklist.</p>
      <dl id="result-facts" hidden></dl>
    </section>
    <health-comparison-table for="checklist" src="/pack.json"></health-comparison-table>
    <health-treatment-explainer for="checklist" src="/pack.json"></health-treatment-explainer>
  </div>${
    result.warnings.length
      ? problemList(result.warnings, 'warnings', `${plural(result.warnings.length, 'warning')} (they do not block the pack)`, en)
      : ''
  }`;
  }
  return `<!doctype html>
<html lang="${lang ?? 'en'}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="health-widgets-version" content="${escape(version)}">
  <title>${escape(name)}: ${result.status === 'valid' ? 'preview' : status} (health-widgets)</title>
  <link rel="stylesheet" href="/preview.css">
  ${result.status === 'valid' && bundleFound ? '<script type="module" src="/health-widgets.js"></script>' : ''}
  <script type="module" src="/preview.js"></script>
</head>
<body>
<header${en}>
  <h1>Preview of <code>${escape(name)}</code></h1>
  <dl class="facts">
    ${fact('File', file)}${fact('Id', facts.id)}${fact('Language', facts.lang)}${fact('Version', facts.version)}
    <div><dt>Status</dt><dd class="status status-${result.status}">${escape(status)}</dd></div>
  </dl>
  <p>Edit the file and save it: this page reloads by itself.</p>
</header>
<main>${body}
</main>
</body>
</html>
`;
}

/**
 * The page's script, served as /preview.js (its source, so TypeScript checks it but it runs in the
 * browser; it must use nothing outside itself). Shows the checklist's latest result and reloads
 * the page when the server says the file changed.
 */
function pageScript(): void {
  const output = document.getElementById('result-output');
  const facts = document.getElementById('result-facts');
  interface Detail {
    answers: { signs: string[]; patterns: Record<string, string> };
    assessment: {
      answered: number;
      leaning: string;
      unclearReason: string | null;
      urgency: string | null;
      counts: Record<string, number>;
      scores: Record<string, number>;
      redFlags: { id: string }[];
      touchedRows: string[];
      summary: { text: string };
    };
  }
  const show = (kind: string, detail: Detail) => {
    if (!output || !facts) return;
    const { answers, assessment } = detail;
    output.textContent = `${kind}: ${assessment.summary.text}`;
    const rows: [string, string, string][] = [
      ['leaning', 'Leaning', assessment.leaning + (assessment.unclearReason ? ` (${assessment.unclearReason})` : '')],
      ['urgency', 'Urgency', assessment.urgency ?? 'none'],
      [
        'answered',
        'Answers',
        `${assessment.answered} (signs: ${answers.signs.join(', ') || 'none'}; questions: ${
          Object.entries(answers.patterns)
            .map(([question, option]) => `${question}=${option}`)
            .join(', ') || 'none'
        })`,
      ],
      [
        'counts',
        'Answers pointing to each',
        Object.entries(assessment.counts)
          .map(([id, count]) => `${id}: ${count}`)
          .join(', '),
      ],
      [
        'scores',
        'Score of each',
        Object.entries(assessment.scores)
          .map(([id, score]) => `${id}: ${score}`)
          .join(', '),
      ],
      ['red-flags', 'Red flags', assessment.redFlags.map((sign) => sign.id).join(', ') || 'none'],
      ['rows', 'Table rows touched', assessment.touchedRows.join(', ') || 'none'],
    ];
    facts.replaceChildren(
      ...rows.map(([key, term, value]) => {
        const row = document.createElement('div');
        const dt = document.createElement('dt');
        const dd = document.createElement('dd');
        dt.textContent = term;
        dd.textContent = value;
        row.className = `fact-${key}`;
        row.append(dt, dd);
        return row;
      }),
    );
    facts.hidden = false;
  };
  document.addEventListener('health-checklist-change', (event) => show('On change', (event as CustomEvent<Detail>).detail));
  document.addEventListener('health-checklist-result', (event) => show('On result', (event as CustomEvent<Detail>).detail));
  document.addEventListener('health-error', (event) => {
    // The bundle refused what the check accepted (an older build?): say so rather than leave it in the console.
    const detail = (event as CustomEvent<{ reason: string; message: string }>).detail;
    if (output) output.textContent = `A widget could not show the pack (${detail.reason}): ${detail.message}`;
  });

  // Reload when the file changes; the version also catches a change made before this page connected.
  const version = document.querySelector<HTMLMetaElement>('meta[name="health-widgets-version"]')?.content;
  const events = new EventSource('/events');
  const check = (event: Event) => {
    if ((event as MessageEvent<string>).data !== version) {
      events.close();
      location.reload();
    }
  };
  events.addEventListener('version', check);
  events.addEventListener('change', check);
}

const STYLES = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 1px solid; margin-bottom: 1.5rem; }
h1 { font-size: 1.4rem; }
.facts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0; }
.facts div { display: flex; gap: 0.4rem; }
dt { font-weight: bold; }
dd { margin: 0; }
.status-valid { color: #1b7f3b; }
.status-invalid, .status-unreadable { color: #b3261e; font-weight: bold; }
.widgets > * { display: block; margin-block: 2rem; }
.result { border: 2px dashed; padding: 0 1rem 1rem; }
.result dl div { display: flex; gap: 0.4rem; flex-wrap: wrap; }
.problems li, .warnings li { margin-block: 0.5rem; }
.pointer { font-weight: bold; }
`;

const headers = (type: string): Record<string, string> => ({
  'Content-Type': type,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

/** The page's own policy: the widgets need nothing inline (their styles are constructed sheets). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves a live preview of one pack file on 127.0.0.1. Rejects when the file does not exist or
 * the port cannot be used.
 */
export async function startPreview(file: string, { port = 0 }: PreviewOptions = {}): Promise<Preview> {
  const path = resolve(file);
  const info = await stat(path); // throws ENOENT for a missing file
  if (!info.isFile()) throw Object.assign(new Error(`${file} is not a file`), { code: 'EISDIR' });
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`not a port: ${port}`);

  // The version changes with each change of the file that the page should see.
  const started = Date.now().toString(36);
  let changes = 0;
  const version = () => `${started}-${changes}`;
  const streams = new Set<ServerResponse>();
  const send = (event: string, data: string) => {
    for (const stream of streams) stream.write(`event: ${event}\ndata: ${data}\n\n`);
  };

  // Watch the folder, not the file: editors that save by writing a new file and renaming it
  // over the old one would leave a watch on the file itself watching nothing.
  let last = await readFile(path, 'utf8').catch(() => null);
  let timer: NodeJS.Timeout | undefined;
  let retries = 0;
  const settle = async () => {
    timer = undefined;
    const now = await readFile(path, 'utf8').catch(() => null);
    // Gone for a moment while an editor replaces it: look again before saying it is gone.
    if (now === null && last !== null && retries++ < 5) {
      timer = setTimeout(settle, DEBOUNCE_MS);
      return;
    }
    retries = 0;
    if (now === last) return; // touched or rewritten unchanged: nothing to show
    last = now;
    changes += 1;
    send('change', version());
  };
  const name = basename(path);
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(path), (_event, changed) => {
      if (changed && changed.toString() !== name) return;
      clearTimeout(timer);
      timer = setTimeout(settle, DEBOUNCE_MS);
    });
    watcher.on('error', () => watcher?.close()); // the folder went away: keep serving what is there
  } catch {
    // No watching on this file system: the page still shows the file as it is on each reload.
  }
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, 25_000);
  heartbeat.unref();

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const reply = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      response.writeHead(status, { ...headers(type), ...extra });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    // Only pages on this machine may talk to it: a name that resolves here (DNS rebinding) is refused.
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!['localhost', '127.0.0.1', '[::1]'].includes(host))
      return reply(403, 'text/plain; charset=utf-8', 'health-widgets preview: only localhost\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply(405, 'text/plain; charset=utf-8', 'method not allowed\n', { Allow: 'GET, HEAD' });
    }
    switch (pathname) {
      case '/': {
        const current = version();
        const result = await checkFile(path);
        let json: unknown;
        try {
          json = JSON.parse(await readFile(path, 'utf8'));
        } catch {
          json = undefined;
        }
        return reply(200, 'text/html; charset=utf-8', page(path, result, json, current, existsSync(bundlePath())), {
          'Content-Security-Policy': CSP,
        });
      }
      case '/pack.json':
        try {
          return reply(200, 'application/json; charset=utf-8', await readFile(path));
        } catch (error) {
          return reply(
            404,
            'text/plain; charset=utf-8',
            `cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`,
          );
        }
      case '/health-widgets.js':
        try {
          return reply(200, 'text/javascript; charset=utf-8', await readFile(bundlePath()));
        } catch {
          return reply(404, 'text/plain; charset=utf-8', 'dist/health-widgets.js is missing: run `npm run build`\n');
        }
      case '/preview.js':
        return reply(200, 'text/javascript; charset=utf-8', `(${pageScript.toString()})();\n`);
      case '/preview.css':
        return reply(200, 'text/css; charset=utf-8', STYLES);
      case '/favicon.ico': // asked for by every browser: no icon, and no 404 in the console
        return reply(204, 'image/x-icon', '');
      case '/events': {
        response.writeHead(200, { ...headers('text/event-stream; charset=utf-8'), Connection: 'keep-alive' });
        if (request.method === 'HEAD') return response.end();
        // The page compares this with the version it was made from, then waits for changes.
        response.write(`retry: 1000\nevent: version\ndata: ${version()}\n\n`);
        streams.add(response);
        response.on('close', () => streams.delete(response));
        return;
      }
      default:
        return reply(404, 'text/plain; charset=utf-8', 'not found\n');
    }
  };

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, headers('text/plain; charset=utf-8'));
      response.end(`health-widgets preview: ${(error as Error).message}\n`);
    });
  });
  const stop = () => {
    clearTimeout(timer);
    clearInterval(heartbeat);
    watcher?.close();
  };
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen({ host: PREVIEW_HOST, port }, () => {
        server.off('error', fail);
        done();
      });
    });
  } catch (error) {
    stop();
    throw error;
  }
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}/`,
    address,
    close: () =>
      new Promise<void>((done) => {
        stop();
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * `health-widgets preview pack.json [--port N]`: starts the preview, prints its URL and runs until
 * Ctrl+C. Returns the exit code: 2 for a usage error, a missing file or a port that cannot be used.
 */
export async function runPreview(
  args: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
  usage: string,
): Promise<number> {
  const files: string[] = [];
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg === '--port' ? args[++i] : arg.startsWith('--port=') ? arg.slice('--port='.length) : null;
    if (value !== null) {
      if (!/^\d{1,5}$/.test(value ?? '') || Number(value) > 65535) {
        err(
          `health-widgets preview: --port needs a number from 0 to 65535, not ${value === undefined ? 'nothing' : `"${value}"`}`,
        );
        return 2;
      }
      port = Number(value);
    } else if (arg.startsWith('-')) {
      err(usage);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    err(usage);
    return 2;
  }
  const [file] = files;
  let preview: Preview;
  try {
    preview = await startPreview(file, { port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES')
      err(`health-widgets preview: cannot listen on port ${port} (${code}); try another --port, or none for a free one`);
    else if (code) err(`health-widgets preview: cannot read ${file} (${code})`);
    else err(`health-widgets preview: ${(error as Error).message}`);
    return 2;
  }
  out(`health-widgets preview: ${preview.url}`);
  out(`Watching ${file}; the page reloads when it changes. Press Ctrl+C to stop.`);
  return new Promise<number>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void preview.close().then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
