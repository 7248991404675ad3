import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTranslation, resolveLang, toLang, type Lang } from './index.js';

/**
 * The widget's language: its own `lang`, else the page's around it, else German. Until that
 * language's strings are loaded (English is a chunk) `ready` is false, so the widget renders in
 * the page's language from its first frame, never German first; German if English cannot be loaded.
 */
export class LanguageController implements ReactiveController {
  lang: Lang = 'de';
  ready = false;
  #wanted: Lang | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #warn: (message: string) => void;

  constructor(host: ReactiveControllerHost & HTMLElement, warn: (message: string) => void) {
    this.#host = host;
    this.#warn = warn;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  /** Follows the element's `lang` and the page around it; called on connect and when `lang` changes. */
  resolve(): void {
    const own = this.#host.getAttribute('lang');
    if (own !== null && !toLang(own))
      this.#warn(`<kreis-wetter>: ignoring lang="${own}" (expected de or en); using the page's language.`);
    const wanted = toLang(own) ?? resolveLang(this.#host.parentElement ?? this.#host);
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    void loadTranslation(wanted).then((ok) => {
      if (this.#wanted !== wanted) return;
      this.lang = ok ? wanted : 'de';
      this.ready = true;
      this.#host.requestUpdate();
    });
  }
}
