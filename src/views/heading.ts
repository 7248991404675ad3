import { html, type TemplateResult } from 'lit';

/**
 * A heading at a level the host page chooses (`heading-level`), so the widget's outline fits the
 * page's. ARIA rather than six tag variants keeps the template static.
 */
export function heading(level: number, id: string, text: string, className: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} id=${id} class=${className}>${text}</div>`;
}
