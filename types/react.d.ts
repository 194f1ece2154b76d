/**
 * React 19 JSX types for the three elements: `import 'health-widgets/types/react';` once in
 * your app. Attributes, writable properties and `onhealth-*` event props are checked; they come
 * from the generated `jsx.d.ts`. `ref`, `key`, `style` and `children` are React's own, so
 * `useRef<HealthSymptomChecklist>(null)` fits `ref`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomCssProperties, CustomElements } from './jsx.js';

type ElementOf<Tag> = Tag extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[Tag] : HTMLElement;

/** Each element's props: its own, then React's for any HTML element of its class. */
export type ReactCustomElements = {
  [Tag in keyof CustomElements]: Omit<CustomElements[Tag], 'ref' | 'key' | 'style' | 'children'> &
    DetailedHTMLProps<HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactCustomElements {}
  }
  interface CSSProperties extends CustomCssProperties {}
}
