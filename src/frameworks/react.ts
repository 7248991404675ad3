/**
 * `<kreis-wetter>` in React 19 JSX, typed: import the types of `kreis-wetter/react` once (or add
 * `kreis-wetter/react` to `compilerOptions.types`). React 19 sets what the element has as a
 * property as a property, everything else as an attribute, and listens to `on` + event name.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KreisWetter } from '../kreis-wetter-element.js';
import type { KreisWetterAttributes, KreisWetterEventHandlers } from './widget-props.js';

export type { KreisWetterAttributes, KreisWetterEventHandlers } from './widget-props.js';

/** The element's props in JSX: its attributes and properties, and `on<event name>` for its events. */
export type KreisWetterJsxProps = DetailedHTMLProps<HTMLAttributes<KreisWetter>, KreisWetter> &
  KreisWetterAttributes & { [E in keyof KreisWetterEventHandlers as `on${E}`]?: KreisWetterEventHandlers[E] };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'kreis-wetter': KreisWetterJsxProps;
    }
  }
}
