// Imports a TypeScript module of src/ in Node, bundled by esbuild, for the build scripts.
import { build } from 'esbuild';

export async function loadSource(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
