import type { ReactiveControllerHost } from 'lit';

/**
 * What the widget's polite live region says. It speaks only about what the visitor asked for in
 * this widget (accept, retry, a place picked), never on page load or for another widget's or
 * tab's change: an action opens a turn, and the turn ends with its outcome.
 */
export class Announcer {
  /** What the live region says now. */
  text = '';
  #listening = false;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The visitor acted here: what comes of it is worth saying. */
  visitorActed(): void {
    this.#listening = true;
  }

  /** Says `text` if the visitor is waiting for news; `final` ends their turn. */
  report(text: string, final: boolean): void {
    if (!this.#listening) return;
    this.#listening = !final;
    if (text === this.text) return;
    this.text = text;
    this.#host.requestUpdate();
  }
}
