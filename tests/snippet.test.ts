import { expect, waitUntil } from '@open-wc/testing';
import './helpers/element.js';
import type { KreisWetter } from '../src/kreis-wetter.js';
import { forecastKept, openPage } from './helpers/page.js';
import { recordFetches, thirdPartyRequests } from './helpers/provider.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { click, forecastShown, part, parts, settled, visibleText } from './helpers/widget.js';

type SnippetWindow = Window & {
  heights: { height: number; at: number }[];
  layoutShifts: (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
  loadWidget(): Promise<unknown>;
};

const frames = new Set<HTMLIFrameElement>();
afterEach(() => {
  frames.forEach((f) => f.remove());
  frames.clear();
});

/** A host page with the snippet in its HTML; `scripts: false` is a browser with JavaScript off. */
async function openSnippetPage(
  attrs: Record<string, string> = { 'privacy-url': '/datenschutz' },
  { scripts = true, bundle = 'now' }: { scripts?: boolean; bundle?: 'now' | 'later' } = {},
) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1400px; border: 0';
  // Without allow-scripts a frame runs no script at all, as a browser with JavaScript disabled.
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.src = `/tests/pages/snippet.html?${new URLSearchParams({ attrs: JSON.stringify(attrs), bundle })}`;
  document.body.append(frame);
  frames.add(frame);
  await waitUntil(
    () =>
      scripts
        ? frame.contentDocument?.documentElement?.dataset.ready !== undefined
        : frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('kreis-wetter'),
    'the snippet page did not load',
    { timeout: 8000 },
  );
  const win = frame.contentWindow as SnippetWindow;
  if (scripts) recordFetches(win);
  const widget = frame.contentDocument!.querySelector<KreisWetter>('kreis-wetter')!;
  return { frame, win, widget };
}

/** The widget's own render has replaced the snippet's (whose styles came in a <style>). */
const takenOver = (el: KreisWetter) => el.shadowRoot !== null && el.shadowRoot.querySelector('style') === null;

const visible = (node: Element | null) => node !== null && (node as HTMLElement).checkVisibility();

const shiftScore = (win: SnippetWindow) =>
  win.layoutShifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);

describe('the pre-rendered snippet', () => {
  firstVisitEachTime();

  it('without JavaScript shows the facts, the 11 links and a line with a link instead of the buttons', async () => {
    const { widget } = await openSnippetPage(undefined, { scripts: false });
    const root = widget.shadowRoot!;
    expect(root, 'the declarative shadow root').to.exist;
    expect(visibleText(part(widget, 'facts'))).to.include('224.692');
    expect(visibleText(part(widget, 'facts'))).to.include('Stand 31. Dezember 2022');
    const links = [...part(widget, 'municipalities')!.querySelectorAll('a')];
    expect(links).to.have.length(11);
    expect(links.every(visible)).to.equal(true);
    // The buttons would do nothing: the line says why, with a page the visitor may choose to open.
    expect(visible(part(widget, 'accept-button'))).to.equal(false);
    const line = root.querySelector('.without-script');
    expect(visible(line)).to.equal(true);
    expect(visibleText(line)).to.include('braucht Ihr Browser JavaScript');
    expect(line!.querySelector('a')!.href).to.match(/^https:\/\/www\.dwd\.de\//);
    // Who, what and why are there as text too: the details need no script to open.
    expect(visibleText(part(widget, 'consent'))).to.include('Open-Meteo');
  });

  it('without JavaScript passes axe, in German and English', async () => {
    for (const lang of ['de', 'en']) {
      const attrs = JSON.stringify({ lang, 'privacy-url': '/datenschutz' });
      const snippet = await (
        await fetch(`/tests/pages/snippet.html?${new URLSearchParams({ attrs, part: 'snippet' })}`)
      ).text();
      const host = document.createElement('div');
      // Another tag name, so this page's <kreis-wetter> does not take it over; the rules of
      // `@media (scripting: none)` applied as a browser without JavaScript applies them.
      host.setHTMLUnsafe(snippet.replace(/<(\/?)kreis-wetter\b/g, '<$1kreis-wetter-preview'));
      document.body.append(host);
      try {
        const preview = host.firstElementChild!;
        const noScript = new CSSStyleSheet();
        noScript.replaceSync('.without-script { display: block } .choices { display: none }');
        preview.shadowRoot!.adoptedStyleSheets = [noScript];
        expect(visible(preview.shadowRoot!.querySelector('.without-script'))).to.equal(true);
        await expect(preview).to.be.accessible();
      } finally {
        host.remove();
      }
    }
  });

  it('with JavaScript is taken over without a visible change, nothing doubled, nothing requested', async () => {
    const { win, widget } = await openSnippetPage(undefined, { bundle: 'later' });
    const boxes = () =>
      ['facts', 'municipalities', 'consent', 'accept-button', 'reject-button'].map((name) => {
        const { x, y, width, height } = part(widget, name)!.getBoundingClientRect();
        return `${name} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
      });
    const before = boxes();
    const shown = () => widget.shadowRoot!.querySelector('section')!.innerText.replace(/\s+/g, ' ');
    const textBefore = shown();
    await win.loadWidget();
    await waitUntil(() => takenOver(widget), 'the widget did not take the snippet over', { timeout: 8000 });
    await settled(widget);
    expect(boxes()).to.deep.equal(before);
    expect(shown()).to.equal(textBefore);
    expect(widget.shadowRoot!.querySelectorAll('section')).to.have.length(1);
    expect(parts(widget, 'accept-button')).to.have.length(1);
    expect(widget.children).to.have.length(0); // no template or copy left in the page's own DOM
    expect(thirdPartyRequests()).to.have.length(0);
    // Then it is the widget as ever: a yes loads the forecast.
    click(widget, 'accept-button');
    await forecastShown(widget);
  });

  it('a first visit moves nothing: one box height from first paint on, no layout shift', async () => {
    const { win, widget } = await openSnippetPage();
    await waitUntil(() => takenOver(widget), 'the widget did not take the snippet over', { timeout: 8000 });
    await settled(widget);
    await new Promise((r) => setTimeout(r, 300)); // an absence: what a late change would take
    const heights = new Set(win.heights.map((h) => h.height));
    expect(heights.size, `heights: ${[...heights].join(', ')}`).to.equal(1);
    expect(shiftScore(win)).to.equal(0); // reported by Chromium; 0 where it is not
    expect(thirdPartyRequests()).to.have.length(0);
  });

  it('keeps focus where the visitor put it while the script was on its way', async () => {
    const { win, widget } = await openSnippetPage(undefined, { bundle: 'later' });
    const link = part(widget, 'municipalities')!.querySelectorAll('a')[3]!;
    link.focus();
    expect(widget.shadowRoot!.activeElement).to.equal(link);
    await win.loadWidget();
    await waitUntil(() => takenOver(widget), 'the widget did not take the snippet over', { timeout: 8000 });
    const focused = widget.shadowRoot!.activeElement as HTMLAnchorElement | null;
    expect(focused).not.to.equal(link); // a new element …
    expect(focused?.href).to.equal(link.href); // … in the same place
  });

  it('a returning visitor with consent: the forecast takes the snippet’s place, moving nothing', async () => {
    const first = await openPage();
    await settled(first.widget());
    click(first.widget(), 'accept-button');
    await forecastShown(first.widget());
    await forecastKept();
    await first.close();

    const { win, widget } = await openSnippetPage();
    await forecastShown(widget);
    await new Promise((r) => setTimeout(r, 300)); // an absence: what a late change would take
    const heights = new Set(win.heights.map((h) => h.height));
    expect(heights.size, `heights: ${[...heights].join(', ')}`).to.equal(1);
    expect(shiftScore(win)).to.equal(0);
  });
});
