import { expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { delay, HttpResponse } from 'msw';
import { html } from 'lit';
import './helpers/element.js';
import type { KreisWetter } from '../src/kreis-wetter.js';
import { canEmulateMedia } from './helpers/engine.js';
import { answerWith, resetProvider } from './helpers/provider.js';
import { sampleForecast } from './mocks/open-meteo.js';
import { click, errorShown, forecastShown, forgetEverything, mount, part, parts, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

// A page can fix the widget's colour scheme with `color-scheme` on the element (README "Colour scheme and layout");
// the tests use that to check both schemes in every engine.
const pageStyle = document.createElement('style');
pageStyle.textContent = 'kreis-wetter.dark { color-scheme: dark; } kreis-wetter.light { color-scheme: light; }';
document.head.append(pageStyle);

type State = 'before consent' | 'after rejecting' | 'loading' | 'forecast' | 'error';

async function widgetIn(state: State, lang: 'de' | 'en', scheme: 'light' | 'dark'): Promise<KreisWetter> {
  if (state === 'loading')
    answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
  if (state === 'error') answerWith(() => new HttpResponse(null, { status: 503 }));
  const el = await mount(html`<kreis-wetter class=${scheme} lang=${lang} days="7"></kreis-wetter>`);
  if (state === 'after rejecting') {
    click(el, 'reject-button');
    await waitFor(() => el.consentState === 'denied');
  } else if (state !== 'before consent') {
    click(el, 'accept-button');
    if (state === 'loading')
      await waitFor(
        () => el.shadowRoot!.querySelector('[aria-busy="true"]'),
        `not loading: ${
          el
            .shadowRoot!.querySelector('.weather')
            ?.innerHTML.replace(/<!--[^>]*-->/g, '')
            .slice(0, 600) ?? ''
        }`,
      );
    if (state === 'forecast') await forecastShown(el);
    if (state === 'error') await errorShown(el);
  }
  await el.updateComplete;
  return el;
}

/** Contrast ratio of two CSS colours, as WCAG defines it. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The element focused inside the widget, if any. */
const focused = (el: KreisWetter) => el.shadowRoot!.activeElement as HTMLElement | null;

async function tabUntil(
  el: KreisWetter,
  matches: (node: HTMLElement) => boolean,
  visited: string[] = [],
): Promise<HTMLElement> {
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node) visited.push(node.getAttribute('part') ?? node.localName + (node.id ? `#${node.id}` : ''));
    if (node && matches(node)) return node;
  }
  throw new Error(`not reached by Tab; focus went through ${visited.join(', ')}`);
}

describe('accessibility: axe finds no violation', () => {
  firstVisitEachTime();

  for (const state of ['before consent', 'after rejecting', 'loading', 'forecast', 'error'] as const) {
    for (const lang of ['de', 'en'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${state}, ${lang}, ${scheme}`, async () => {
          const el = await widgetIn(state, lang, scheme);
          await expect(el).to.be.accessible();
        });
      }
    }
  }
});

describe('accessibility: keyboard, focus and screen readers', () => {
  firstVisitEachTime();

  it('works with the keyboard alone: accept, then revoke, focus following each step', async () => {
    const el = await mount(html`<div><button id="before">before</button><kreis-wetter></kreis-wetter></div>`);
    document.getElementById('before')!.focus();
    const order: string[] = [];
    await tabUntil(el, (n) => n.getAttribute('part') === 'accept-button', order);
    // Municipality links first, then the notice's disclosure, then the choice.
    expect(order.slice(0, 11).every((p) => p === 'a')).to.equal(true, order.join(', '));
    expect(order).to.include('summary');
    await sendKeys({ press: 'Enter' });
    await forecastShown(el);
    await waitFor(() => focused(el)?.id === 'kw-forecast-heading', 'focus did not move to the forecast heading');

    await tabUntil(el, (n) => n.getAttribute('part') === 'revoke-button');
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => focused(el)?.getAttribute('part') === 'accept-button',
      'focus did not move to the accept button',
    );
    expect(document.activeElement).to.equal(el);
  });

  it('rejecting keeps focus on the remaining accept button, never on the page body', async () => {
    const el = await mount();
    part(el, 'reject-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused(el)?.getAttribute('part') === 'accept-button');
    expect(document.activeElement).to.equal(el);
  });

  it('shows a focus outline of at least 3:1 against its background, in light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      fixtureCleanup();
      const el = await mount(
        html`<div><button id="before">before</button><kreis-wetter class=${scheme}></kreis-wetter></div>`,
      );
      document.getElementById('before')!.focus();
      const accept = await tabUntil(el, (n) => n.getAttribute('part') === 'accept-button');
      const style = getComputedStyle(accept);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      const background = getComputedStyle(part(el, 'consent')!).backgroundColor;
      expect(
        contrast(style.outlineColor, background),
        `${scheme}: ${style.outlineColor} on ${background}`,
      ).to.be.at.least(3);
    }
  });

  it('is a labelled region whose headings follow heading-level', async () => {
    const el = await mount(html`<kreis-wetter heading-level="3"></kreis-wetter>`);
    const region = el.shadowRoot!.querySelector('section')!;
    const title = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Kreis Coesfeld');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['3', '4', '4', '4']);
    await el.grantConsent();
    await forecastShown(el);
    expect(el.shadowRoot!.getElementById('kw-forecast-heading')!.getAttribute('aria-level')).to.equal('4');
  });

  it('gives the facts as a description list', async () => {
    const el = await mount();
    const dl = part(el, 'facts')!.querySelector('dl')!;
    expect([...dl.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Fläche', 'Einwohnerzahl']);
    // The unit is spoken, not spelled: "Quadratkilometer", with the visual "km²" hidden from screen readers.
    const area = dl.querySelector('dd')!;
    expect(area.querySelector('[aria-hidden="true"]')!.textContent).to.include('km²');
    expect(area.querySelector('.visually-hidden')!.textContent).to.equal('1.112 Quadratkilometer');
  });

  it('reads each forecast day as one sentence in words, with decorative icons', async () => {
    const el = await mount();
    await el.grantConsent();
    await forecastShown(el);
    const list = parts(el, 'day')[0]!.parentElement!;
    expect(list.localName).to.equal('ul');
    const day = parts(el, 'day')[0]!;
    expect(day.querySelector('.visually-hidden')!.textContent).to.equal(
      'Dienstag, 24. November: Mäßiger Regen, höchstens 7 Grad, tiefstens 2 Grad, Regenwahrscheinlichkeit 90 Prozent.',
    );
    for (const icon of el.shadowRoot!.querySelectorAll('svg')) expect(icon.closest('[aria-hidden="true"]')).to.exist;
  });

  it('announces loading and the arrival of the forecast politely, errors as alerts', async () => {
    // The answer is held until the test has heard "loading"; `release` exists once the request has arrived.
    let release: (() => void) | undefined;
    answerWith(async () => {
      await new Promise<void>((r) => (release = r));
      return HttpResponse.json(sampleForecast());
    });
    const el = await mount();
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    click(el, 'accept-button');
    await waitFor(
      () => status.textContent === 'Die Wettervorhersage wird geladen.',
      `status said "${status.textContent}"`,
    );
    await waitFor(() => release, 'the request did not arrive');
    release!();
    await forecastShown(el);
    await waitFor(
      () => status.textContent === 'Die Wettervorhersage für Coesfeld ist geladen.',
      `status said "${status.textContent}"`,
    );

    resetProvider();
    answerWith(() => new HttpResponse(null, { status: 500 }));
    const select = part<HTMLSelectElement>(el, 'location-select')!;
    select.value = 'olfen';
    select.dispatchEvent(new Event('change'));
    await errorShown(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
  });
});

describe('accessibility: nothing is announced that nobody asked for', () => {
  firstVisitEachTime();

  it('a forecast shown on page load, or after another widget accepted, is not announced', async () => {
    const first = await mount(
      html`<div><kreis-wetter></kreis-wetter><kreis-wetter gemeinde="olfen"></kreis-wetter></div>`,
    );
    const second = first.parentElement!.querySelectorAll('kreis-wetter')[1]!;
    click(first, 'accept-button');
    await forecastShown(first);
    await forecastShown(second);
    await waitFor(() => first.shadowRoot!.querySelector('[role="status"]')!.textContent.includes('geladen'));
    expect(second.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');

    fixtureCleanup();
    const returning = await mount();
    await forecastShown(returning);
    expect(returning.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
  });
});

describe('accessibility: layout', () => {
  firstVisitEachTime();

  /** Every box in the widget stays within its width: nothing to scroll sideways. */
  function expectNoHorizontalOverflow(el: KreisWetter) {
    const box = el.getBoundingClientRect();
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      if (node.closest('.visually-hidden')) continue;
      const rect = node.getBoundingClientRect();
      if (rect.width === 0) continue;
      expect(rect.right, `${node.localName}.${node.className} reaches past the widget`).to.be.at.most(box.right + 0.5);
    }
  }

  it('accept and reject are the same size', async () => {
    const el = await mount();
    const [a, r] = [
      part(el, 'accept-button')!.getBoundingClientRect(),
      part(el, 'reject-button')!.getBoundingClientRect(),
    ];
    expect(Math.abs(a.width - r.width)).to.be.below(0.5);
    expect(Math.abs(a.height - r.height)).to.be.below(0.5);
  });

  it('reflows at 320 CSS px with seven days, without horizontal scrolling', async () => {
    const el = await mount(html`<div style="width: 320px"><kreis-wetter days="7"></kreis-wetter></div>`);
    expectNoHorizontalOverflow(el);
    await el.grantConsent();
    await forecastShown(el);
    expect(parts(el, 'day')).to.have.length(7);
    expectNoHorizontalOverflow(el);
  });

  it('survives 200 % text size', async () => {
    const el = await mount(
      html`<div style="width: 480px; font-size: 200%"><kreis-wetter days="7"></kreis-wetter></div>`,
    );
    expectNoHorizontalOverflow(el);
    await el.grantConsent();
    await forecastShown(el);
    expectNoHorizontalOverflow(el);
  });

  it('makes every control a target of at least 24 × 24 px (buttons, select, links outside sentences: 44 px high)', async () => {
    const el = await mount();
    part(el, 'consent')!.querySelector('details')!.open = true;
    await el.grantConsent().then(() => undefined);
    await forecastShown(el);
    await el.revokeConsent();
    await waitFor(() => part(el, 'consent'));
    part(el, 'consent')!.querySelector('details')!.open = true;
    const check = () => {
      for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('a, button, select, summary')) {
        const inSentence =
          target.localName === 'a' && target.parentElement!.textContent.trim() !== target.textContent.trim();
        if (inSentence) continue;
        const { width, height } = target.getBoundingClientRect();
        expect(
          width >= 24 && height >= 24,
          `${target.localName} "${target.textContent?.trim()}" is ${width}×${height}`,
        ).to.equal(true);
        if (target.localName !== 'a' && target.localName !== 'summary') expect(height).to.be.at.least(44);
      }
    };
    check();
    await el.grantConsent();
    await forecastShown(el);
    check();
  });
});

if (canEmulateMedia) {
  describe('accessibility: media preferences (only where the automation can emulate media features: Chromium)', () => {
    firstVisitEachTime();
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

    it('runs no animation under prefers-reduced-motion: reduce', async () => {
      answerWith(async () => {
        await delay('infinite');
        return HttpResponse.json({});
      });
      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await widgetIn('loading', 'de', 'light');
      expect(moving.shadowRoot!.getAnimations().length).to.be.greaterThan(0);
      fixtureCleanup();
      await forgetEverything();
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await widgetIn('loading', 'de', 'light');
      expect(still.shadowRoot!.getAnimations()).to.have.length(0);
    });

    it('follows prefers-color-scheme unless the page fixes it', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount();
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });
}
