/**
 * The self-registering bundle: importing it defines `<kreis-wetter>`.
 * To register under another name, import `KreisWetter` from `kreis-wetter/element` instead.
 */
import { KreisWetter } from './kreis-wetter-element.js';

export * from './kreis-wetter-element.js';

if (!customElements.get('kreis-wetter')) customElements.define('kreis-wetter', KreisWetter);

declare global {
  interface HTMLElementTagNameMap {
    'kreis-wetter': KreisWetter;
  }
}
