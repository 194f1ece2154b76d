// Serves the demo (built on dist/) on localhost and prints its address.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.config;
console.log(`health-widgets demo: http://localhost:${actual}/demo/`);
console.log(`pre-rendered copy: http://localhost:${actual}/dist/demo/prerendered.html`);
console.log('Press Ctrl+C to stop.');
