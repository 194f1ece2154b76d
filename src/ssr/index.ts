/**
 * `health-widgets/ssr`: pre-rendering for Node (site builds, static-site generators, servers).
 *
 * `prerender(html, options)` renders the health-widgets elements of a page into Declarative
 * Shadow DOM with Lit SSR, so they show before any script runs and with JavaScript off. The
 * page then loads `dist/health-widgets-hydrate.js` before the drop-in script, and the elements
 * take over the rendered markup without rendering again. The command line does the same:
 * `health-widgets prerender in.html -o out.html`.
 */
export { prerender } from './prerender.js';
export type { PrerenderOptions, PrerenderResult, PrerenderWarning } from './prerender.js';
