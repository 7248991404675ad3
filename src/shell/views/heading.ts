import { html, nothing, type TemplateResult } from 'lit/html.js';

/**
 * A heading at a level the host page chooses (`heading-level`), so the widget's outline fits the
 * page's. ARIA rather than six tag variants keeps the template static. A `focusable` heading takes
 * focus from script (where focus goes after an action), but is no Tab stop.
 */
export function heading(level: number, id: string, text: string, className: string, focusable = false): TemplateResult {
  return html`<div role="heading" aria-level=${level} id=${id} class=${className} tabindex=${focusable ? '-1' : nothing}>${text}</div>`;
}
