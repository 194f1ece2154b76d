// The one place that knows how to start the system Chromium and serve this folder, for the
// test runner, the bench and the screenshots.
import { startDevServer } from '@web/dev-server';

/** The system Chromium, or the one CHROME_PATH names. No browser is ever downloaded. */
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a quiet, headless start on a closed, sandboxless machine. */
export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium with puppeteer-core. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args });
}

/** Serves the project folder on a free localhost port; returns its origin and a stop(). */
export async function serveProject() {
  const server = await startDevServer({
    config: { rootDir: '.', port: 0, nodeResolve: false, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://localhost:${server.server.address().port}`, stop: () => server.stop() };
}
