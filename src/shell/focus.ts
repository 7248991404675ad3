import type { ReactiveControllerHost } from 'lit';

/**
 * Focus follows what the visitor asked for, once `action` is done and rendered, and never falls
 * back to <body>: the first match of `selector` in the widget (e.g. the forecast heading, else
 * the retry button that replaced it).
 */
export async function focusAfter(
  host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
  action: Promise<unknown>,
  selector: string,
): Promise<void> {
  await action;
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
