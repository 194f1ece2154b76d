import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { args, executablePath } from './scripts/chromium.mjs';
import { testRoutes } from './test/server/routes.mjs';

const isSourceJson = (path) => path.startsWith('/src/') && path.endsWith('.json');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [testRoutes],
  plugins: [
    // Packs are JSON files that the sources import; as modules only under src/, so a test that
    // fetches a pack from dist/ still gets JSON.
    {
      name: 'json-modules',
      resolveMimeType: (context) => (isSourceJson(context.path) ? 'js' : undefined),
      transform(context) {
        if (isSourceJson(context.path)) return { body: `export default ${context.body};` };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args,
      },
    }),
  ],
};
