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

/** The elements in `parent` as the templates make them (the snippet's <style> is not theirs). */
const elementsIn = (parent: ParentNode): Element[] => [...parent.children].filter((e) => e.localName !== 'style');

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
  /** The shadow root came with the HTML (a pre-rendered snippet) and still shows what it brought. */
  #prerendered: boolean;
  #pending = false;
  #updated: Promise<boolean> = Promise.resolve(true);
  #settle?: (done: boolean) => void;

  constructor() {
    super();
    // A declarative shadow root stays as it is until the first render replaces it, in one step.
    this.#prerendered = this.shadowRoot !== null;
    this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
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
      const template = this.render();
      if (this.#prerendered) this.#takeOver(template);
      else this.#part = render(template, this.renderRoot, { host: this });
      for (const controller of this.#controllers) controller.hostUpdated?.();
    } finally {
      settle?.(!this.#pending);
    }
  }

  /**
   * Replaces the pre-rendered content with the first render within one task, so no frame shows
   * neither; focus stays on the element at the same place (the templates are the same).
   */
  #takeOver(template: unknown): void {
    const root = this.renderRoot;
    const focused = root.activeElement;
    const path: number[] = [];
    for (let node = focused; node; node = node.parentElement)
      path.unshift(elementsIn(node.parentElement ?? root).indexOf(node));
    const finish = this.takeOver();
    root.replaceChildren();
    this.#part = render(template, root, { host: this });
    this.#prerendered = false;
    finish?.();
    let target: Element | ShadowRoot | undefined = root;
    for (const index of path) target = target && elementsIn(target)[index];
    if (focused && target instanceof HTMLElement && target.localName === focused.localName) target.focus();
  }

  /** Called before the pre-rendered content is replaced; what it returns runs after the first render. */
  protected takeOver(): (() => void) | undefined {
    return undefined;
  }

  /** The shadow root still shows the pre-rendered content (nothing rendered yet). */
  protected get prerendered(): boolean {
    return this.#prerendered;
  }

  /** Whether to render now; false defers until the next `requestUpdate()`. */
  protected shouldUpdate(): boolean {
    return true;
  }

  protected abstract render(): unknown;
}
