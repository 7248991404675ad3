import { expect } from '@open-wc/testing';
import { forecastRequests } from './helpers/provider.js';
import { leave } from './helpers/leave.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { click, forecastShown, parts, settled, waitFor } from './helpers/widget.js';
import type { KreisWetter } from '../src/kreis-wetter.js';

describe('a page with a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  // A first-time visitor: the page starts before consent, as the policy must hold there too.
  firstVisitEachTime();
  afterEach(async () => {
    if (frame) await leave(frame);
  });

  it('is served with the policy', async () => {
    const response = await fetch('/tests/pages/csp.html');
    expect(response.headers.get('Content-Security-Policy')).to.include("require-trusted-types-for 'script'");
  });

  it('runs the widget, before and after consent, without a single violation', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
    frame.src = '/tests/pages/csp.html';
    document.body.append(frame);
    await waitFor(
      () => frame!.contentDocument?.documentElement?.dataset.ready !== undefined,
      'page did not load',
      8000,
    );
    const win = frame.contentWindow as Window & { violations: string[] };
    const [first, second] = [...frame.contentDocument!.querySelectorAll('kreis-wetter')] as KreisWetter[];
    await settled(first!);
    await settled(second!);
    click(first!, 'accept-button');
    await forecastShown(first!);
    await forecastShown(second!);
    expect(parts(second!, 'day')).to.have.length(7);
    expect(forecastRequests()).to.have.length(2);
    await new Promise((r) => setTimeout(r, 200)); // violation events are queued
    expect(win.violations).to.deep.equal([]);
    await first!.resetConsent();
  });

  async function openCspPage(query: string): Promise<Window & { violations: string[]; problems: string[] }> {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 1800px; border: 0';
    frame.src = `/tests/pages/csp.html?${query}`;
    document.body.append(frame);
    await waitFor(
      () => frame!.contentDocument?.documentElement?.dataset.ready !== undefined,
      'page did not load',
      8000,
    );
    return frame.contentWindow as Window & { violations: string[]; problems: string[] };
  }

  it('with Lit twice on the page, the advised policy lets both copies run', async () => {
    const win = await openCspPage('lit=2');
    const own = frame!.contentDocument!.querySelector<KreisWetter>('mein-kreis-wetter')!;
    await settled(own);
    await settled(frame!.contentDocument!.querySelector('kreis-wetter')!);
    await new Promise((r) => setTimeout(r, 200)); // violation events are queued
    expect(win.problems).to.deep.equal([]);
    expect(win.violations).to.deep.equal([]);
  });

  // What 'allow-duplicates' is for; only where the engine enforces Trusted Types.
  if ('trustedTypes' in window) {
    it('without allow-duplicates, a second Lit cannot start (what the advice is for)', async () => {
      const win = await openCspPage('lit=2&policy=no-duplicates');
      await waitFor(
        () => win.problems.length > 0 || win.violations.length > 0,
        'the second copy of Lit started anyway',
      );
      expect(customElementsOf(win).get('mein-kreis-wetter')).to.equal(undefined);
    });
  }
});

function customElementsOf(win: Window): CustomElementRegistry {
  return (win as unknown as typeof globalThis).customElements;
}
