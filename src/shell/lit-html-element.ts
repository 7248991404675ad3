import { render, type RootPart } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const sheets = new WeakMap<object, CSSStyleSheet>();

/** One constructed stylesheet per owner, shared by every widget (and allowed by a strict CSP). */
export function styleSheetFor(owner: object, cssText: string): CSSStyleSheet {
  let sheet = sheets.get(owner);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(owner, sheet);
  }
  return sheet;
}

/**
 * The base of <kreis-wetter>: a custom element that renders a lit-html template into its shadow
 * root and hosts Lit reactive controllers, with LitElement's update cycle (batched in a microtask,
 * `shouldUpdate`, `updateComplete`) but none of ReactiveElement's property machinery, which the
 * widget does not use: its properties stand for attributes. That machinery is about 2 KiB gzip of
 * the 12 KiB the page pays before consent (scripts/size.mjs measures the entry).
 */
export abstract class LitHtmlElement extends HTMLElement implements ReactiveControllerHost {
  /** The element's CSS, adopted by its shadow root. */
  static styles = '';

  readonly renderRoot: ShadowRoot;
  readonly #controllers = new Set<ReactiveController>();
  #part?: RootPart;
  #pending = false;
  #updated: Promise<boolean> = Promise.resolve(true);
  #settle?: (done: boolean) => void;

  constructor() {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    const styles = (this.constructor as typeof LitHtmlElement).styles;
    this.renderRoot.adoptedStyleSheets = [styleSheetFor(this.constructor, styles)];
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  connectedCallback(): void {
    for (const controller of this.#controllers) controller.hostConnected?.();
    this.#part?.setConnected(true);
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
    this.#part?.setConnected(false);
  }

  /** Resolves after the pending update; true when no further one was requested meanwhile. */
  get updateComplete(): Promise<boolean> {
    return this.#updated;
  }

  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#updated = new Promise<boolean>((settle) => (this.#settle = settle));
    queueMicrotask(() => this.#update());
  }

  #update(): void {
    this.#pending = false;
    const settle = this.#settle;
    try {
      if (!this.shouldUpdate()) return;
      for (const controller of this.#controllers) controller.hostUpdate?.();
      this.#part = render(this.render(), this.renderRoot, { host: this });
      for (const controller of this.#controllers) controller.hostUpdated?.();
    } finally {
      settle?.(!this.#pending);
    }
  }

  /** Whether to render now; false defers until the next `requestUpdate()`. */
  protected shouldUpdate(): boolean {
    return true;
  }

  protected abstract render(): unknown;
}
