/**
 * `<kreis-wetter>` in Vue 3 templates, typed for vue-tsc: import the types of `kreis-wetter/vue`
 * once. Tell Vue's compiler the tag is a custom element (`compilerOptions.isCustomElement`); then
 * `gemeinde="duelmen"`, `:days="3"` and `@kreis-wetter-consent-change="…"` are checked.
 */
import type { DefineComponent } from 'vue';
import type { KreisWetterAttributes, KreisWetterEventHandlers } from './widget-props.js';

export type { KreisWetterAttributes, KreisWetterEventHandlers } from './widget-props.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** The element's props in a template: its attributes and properties, and `on…` for its events (`@kreis-wetter-error`). */
export type KreisWetterVueProps = KreisWetterAttributes & {
  [E in keyof KreisWetterEventHandlers as `on${Capitalize<Camel<E>>}`]?: KreisWetterEventHandlers[E];
};

declare module 'vue' {
  interface GlobalComponents {
    'kreis-wetter': DefineComponent<KreisWetterVueProps>;
  }
}
