/**
 * JSX types for React 19: `import 'health-widgets/types/react';` once in your app.
 * The element props come from the generated `jsx.d.ts`.
 */
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
