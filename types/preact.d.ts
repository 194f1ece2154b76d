/**
 * Preact JSX types for the three elements: `import 'health-widgets/types/preact';` once in
 * your app. The props come from the generated `jsx.d.ts`.
 */
import type { CustomElements } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
