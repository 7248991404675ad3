import { expect } from '@open-wc/testing';
import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import { html } from 'lit';
import './helpers/element.js';
import type { ErrorDetail } from '../src/events.js';
import type { KreisWetter } from '../src/kreis-wetter.js';
import { decisionStored, openPage } from './helpers/page.js';
import {
  abortedWarnings,
  answerWarningsWith,
  answerWith,
  forecastRequests,
  interceptFiles,
  thirdPartyRequests,
  warningsRequests,
} from './helpers/provider.js';
import { storedValue } from './helpers/stored.js';
import {
  visibleText,
  click,
  errorShown,
  forecastShown,
  mount,
  part,
  parts,
  settled,
  waitFor,
} from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { noAlerts, sampleAlerts, type AlertBody, type AlertsBody } from './mocks/bright-sky.js';
import { sampleForecast } from './mocks/open-meteo.js';

const DWD_PAGE = 'https://www.dwd.de/DE/wetter/warnungen_gemeinden/warnWetter_node.html';

// A page can fix the widget's colour scheme with `color-scheme` on the element (see accessibility.test.ts).
const pageStyle = document.createElement('style');
pageStyle.textContent = 'kreis-wetter.dark { color-scheme: dark; } kreis-wetter.light { color-scheme: light; }';
document.head.append(pageStyle);

/**
 * The sample's two warnings, the second (frost) made severe: Bright Sky sorts by severity, this
 * answer does not, so the widget's own order is what shows. The frost warning carries an
 * instruction with the DWD's line breaks.
 */
function twoWarnings(): AlertsBody {
  const body = sampleAlerts();
  const frost = body.alerts[1]!;
  frost.severity = 'severe';
  frost.instruction_de = 'ACHTUNG! Hinweis auf mögliche Gefahren:\nGlätte auf Brücken und in Senken.';
  frost.instruction_en = 'NOTE: Be aware of the following possible dangers:\nSlippery bridges and hollows.';
  return body;
}

const json =
  (body: () => object): HttpResponseResolver =>
  () =>
    HttpResponse.json(body());

/** An alert in force from an hour ago until `expires` (ISO), with texts of its own. */
function alertUntil(expires: string | null, name: string, severity = 'minor'): AlertBody {
  const alert = sampleAlerts().alerts[0]!;
  return {
    ...alert,
    alert_id: `test-${name}`,
    severity,
    onset: new Date(Date.now() - 3_600_000).toISOString(),
    expires,
    headline_de: `Amtliche WARNUNG vor ${name}`,
    headline_en: `Official WARNING of ${name}`,
  };
}

async function warningsShown(el: KreisWetter, count = 1): Promise<void> {
  try {
    await waitFor(() => parts(el, 'warning').length >= count);
  } catch {
    throw new Error(`${count} warnings did not appear; the warnings area says "${visibleText(part(el, 'warnings'))}"`);
  }
}

const quietLine = (el: KreisWetter) =>
  waitFor(() => part(el, 'warnings')?.querySelector('.warnings-none'), 'no "no warnings" line appeared');

const unavailable = (el: KreisWetter) =>
  waitFor(() => part(el, 'warnings-retry-button'), 'the warnings were not said to be unavailable');

const liveRegion = (el: KreisWetter) => el.shadowRoot!.querySelector('[role="status"]')!.textContent ?? '';

function errorsOf(el: KreisWetter): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  el.addEventListener('kreis-wetter-error', (e) => details.push(e.detail));
  return details;
}

/** The fetch calls of this window from now on, with their options; `stop` puts fetch back. */
function recordFetchOptions(): { calls: { url: string; init: RequestInit | undefined }[]; stop: () => void } {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const previous = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    return previous.call(this, input, init);
  };
  return { calls, stop: () => (window.fetch = previous) };
}

describe('official warnings beside the forecast', () => {
  firstVisitEachTime();

  it('shows the warnings above the forecast, most severe first, with level, event, validity, texts and source', async () => {
    answerWarningsWith(json(twoWarnings));
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    await warningsShown(el, 2);

    const [first, second] = parts(el, 'warning') as [HTMLElement, HTMLElement];
    // Frost is level 3 now: first, though the answer lists it second.
    expect(visibleText(first)).to.equal(
      'Amtliche WARNUNG vor FROST Unwetterwarnung (Stufe 3 von 4) FROST Mi., 25.11., 00:00 – 09:00 Uhr ' +
        'Es tritt leichter Frost zwischen 0 °C und -2 °C auf. In Bodennähe wird leichter Frost um -4 °C erwartet. ' +
        'ACHTUNG! Hinweis auf mögliche Gefahren: Glätte auf Brücken und in Senken.',
    );
    expect(visibleText(second)).to.equal(
      'Amtliche WARNUNG vor GLÄTTE Wetterwarnung (Stufe 1 von 4) GLÄTTE Di., 24.11., 22:00 – Mi., 10:00 Uhr ' +
        'Es tritt leichte Glätte durch überfrierende Nässe auf. Vor allem auf Brücken und in Senken ist mit Glätte zu rechnen.',
    );
    // Each headline is a heading below the forecast's (level 3 by default).
    const headline = first.querySelector('[role="heading"]')!;
    expect(headline.textContent).to.equal('Amtliche WARNUNG vor FROST');
    expect(headline.getAttribute('aria-level')).to.equal('4');
    // The level in colour too, never in colour alone: the word is in the coloured badge.
    const badge = first.querySelector('.warning-level')!;
    expect(badge.textContent).to.equal('Unwetterwarnung (Stufe 3 von 4)');
    expect(getComputedStyle(badge).backgroundColor).not.to.equal(
      getComputedStyle(second.querySelector('.warning-level')!).backgroundColor,
    );
    // The DWD's line breaks stay visible.
    const instruction = [...first.querySelectorAll('.warning-text')].at(-1)!;
    expect(instruction.textContent).to.equal(
      'ACHTUNG! Hinweis auf mögliche Gefahren:\nGlätte auf Brücken und in Senken.',
    );
    expect(getComputedStyle(instruction).whiteSpace).to.equal('pre-line');

    const area = part(el, 'warnings')!;
    expect(visibleText(area)).to.match(/Quelle: Deutscher Wetterdienst$/);
    const link = area.querySelector<HTMLAnchorElement>('.warnings-source a')!;
    expect(link.href).to.equal(DWD_PAGE);
    expect(link.textContent).to.equal('Deutscher Wetterdienst');
    // Above the forecast.
    expect(area.compareDocumentPosition(parts(el, 'day')[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('asks Bright Sky once, for the rounded place, without cookies or referrer', async () => {
    const fetches = recordFetchOptions();
    try {
      const el = await mount();
      click(el, 'accept-button');
      await forecastShown(el);
      await quietLine(el);
      const asked = warningsRequests();
      expect(asked.map((r) => r.url)).to.deep.equal([
        'https://api.brightsky.dev/alerts?lat=51.95&lon=7.17&tz=Europe%2FBerlin',
      ]);
      const call = fetches.calls.find((c) => c.url.startsWith('https://api.brightsky.dev/'))!;
      expect(call.init?.credentials).to.equal('omit');
      expect(call.init?.referrerPolicy).to.equal('no-referrer');
      expect(call.init?.signal).to.be.an.instanceOf(AbortSignal);
    } finally {
      fetches.stop();
    }
  });

  it('says in one quiet line that there is no warning, for the place shown', async () => {
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    await quietLine(el);
    expect(visibleText(part(el, 'warnings'))).to.equal('Keine amtlichen Warnungen für Coesfeld');
    expect(parts(el, 'warning')).to.have.length(0);

    const select = part<HTMLSelectElement>(el, 'location-select')!;
    select.value = 'duelmen';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => visibleText(part(el, 'warnings')) === 'Keine amtlichen Warnungen für Dülmen');
    expect(warningsRequests().map((r) => new URL(r.url).searchParams.get('lat'))).to.deep.equal(['51.95', '51.83']);
  });

  it('keeps the forecast where it is when the warnings arrive after it', async () => {
    answerWarningsWith(async () => {
      await delay(1500);
      return HttpResponse.json(noAlerts());
    });
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    expect(part(el, 'warnings')!.querySelector('.warnings-none')).to.equal(null);
    const reserved = part(el, 'warnings')!.getBoundingClientRect().height;
    const top = parts(el, 'day')[0]!.getBoundingClientRect().top;
    const region = part(el, 'forecast')!.getBoundingClientRect().height;
    await quietLine(el);
    expect(reserved).to.be.greaterThan(0);
    expect(part(el, 'warnings')!.getBoundingClientRect().height).to.equal(reserved);
    expect(parts(el, 'day')[0]!.getBoundingClientRect().top).to.equal(top);
    expect(part(el, 'forecast')!.getBoundingClientRect().height).to.equal(region);
  });

  it("shows the DWD's English texts on English pages", async () => {
    answerWarningsWith(json(twoWarnings));
    const el = await mount(html`<kreis-wetter lang="en"></kreis-wetter>`);
    click(el, 'accept-button');
    await forecastShown(el);
    await warningsShown(el, 2);
    const [first, second] = parts(el, 'warning') as [HTMLElement, HTMLElement];
    // Engines' locale data differ by a comma after the weekday ("Wed 25/11" or "Wed, 25/11"), as
    // in the forecast's own days: the text is what Intl gives for en-GB.
    const text = (warning: HTMLElement) => visibleText(warning).replace(/^(.*?[A-Z][a-z]{2}),( \d)/, '$1$2');
    expect(text(first)).to.equal(
      'Official WARNING of FROST Severe weather warning (level 3 of 4) frost Wed 25/11, 00:00 – 09:00 ' +
        'There is a risk of frost (level 1 of 4). Minimum temperature: 0 - -2 °C; near surface: ~ -4 °C ' +
        'NOTE: Be aware of the following possible dangers: Slippery bridges and hollows.',
    );
    expect(text(second)).to.equal(
      'Official WARNING of SLIPPERY ROADS Weather warning (level 1 of 4) slippery roads Tue 24/11, 22:00 – Wed 10:00 ' +
        'There is a risk of slippery roads (level 1 of 4). Cause: frozen moisture on roads and paths',
    );
    expect(visibleText(part(el, 'warnings'))).to.match(/Source: Deutscher Wetterdienst$/);
    expect(visibleText(part(el, 'warnings'))).not.to.match(/GLÄTTE|Amtliche|Uhr/);
  });

  it('says "no official warnings" in English', async () => {
    const el = await mount(html`<kreis-wetter lang="en"></kreis-wetter>`);
    click(el, 'accept-button');
    await quietLine(el);
    expect(visibleText(part(el, 'warnings'))).to.equal('No official warnings for Coesfeld');
  });

  it('never shows an expired warning, and one that expires while shown disappears', async () => {
    const soon = new Date(Date.now() + 2500).toISOString();
    answerWarningsWith(
      json(() => ({
        ...noAlerts(),
        alerts: [
          alertUntil(new Date(Date.now() - 60_000).toISOString(), 'GESTERN'),
          alertUntil(soon, 'BALD'),
          alertUntil(null, 'WEITER'),
        ],
      })),
    );
    const el = await mount();
    click(el, 'accept-button');
    await warningsShown(el, 2);
    const headlines = () => parts(el, 'warning').map((w) => w.querySelector('[role="heading"]')!.textContent);
    expect(headlines()).to.deep.equal(['Amtliche WARNUNG vor BALD', 'Amtliche WARNUNG vor WEITER']);
    // Until further notice: "ab …".
    expect(visibleText(parts(el, 'warning')[1]!)).to.match(/ ab Di\., 24\.11\., \d\d:\d\d Uhr /);
    await waitFor(() => parts(el, 'warning').length === 1, 'the expired warning stayed', 8000);
    expect(headlines()).to.deep.equal(['Amtliche WARNUNG vor WEITER']);
    expect(Date.now()).to.be.at.least(Date.parse(soon));
  });

  it('ignores test messages of the DWD', async () => {
    answerWarningsWith(
      json(() => {
        const body = sampleAlerts();
        body.alerts[0]!.status = 'test';
        return body;
      }),
    );
    const el = await mount();
    click(el, 'accept-button');
    await warningsShown(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(parts(el, 'warning').map((w) => visibleText(w))).to.have.length(1);
    expect(visibleText(part(el, 'warnings')))
      .to.include('FROST')
      .and.not.include('GLÄTTE');
  });

  it('shows provider strings with markup as text', async () => {
    answerWarningsWith(
      json(() => {
        const body = sampleAlerts();
        const alert = body.alerts[0]!;
        alert.headline_de = '<img src="x" alt="headline">Amtliche WARNUNG';
        alert.event_de = '<b>GLÄTTE</b>';
        alert.description_de = '<script>window.kwInjected = true</script><a href="https://example.com">Link</a>';
        alert.instruction_de = '<i>Vorsicht</i>';
        return body;
      }),
    );
    const el = await mount();
    click(el, 'accept-button');
    await warningsShown(el, 2);
    const warning = parts(el, 'warning').find((w) => w.textContent?.includes('<img'))!;
    expect(warning.querySelectorAll('img, b, script, i, a')).to.have.length(0);
    expect(visibleText(warning)).to.include('<img src="x" alt="headline">Amtliche WARNUNG');
    expect(visibleText(warning)).to.include('<b>GLÄTTE</b>');
    expect(visibleText(warning)).to.include('<a href="https://example.com">Link</a>');
    expect((window as { kwInjected?: boolean }).kwInjected).to.equal(undefined);
  });
});

describe('when the warnings fail, the forecast stays, and the other way round', () => {
  firstVisitEachTime();

  const cases: [string, HttpResponseResolver, ErrorDetail['kind'], number?][] = [
    ['503', () => new HttpResponse('Service Unavailable', { status: 503 }), 'http', 503],
    ['429', () => new HttpResponse('Too Many Requests', { status: 429 }), 'rate-limited', 429],
    [
      '404',
      () => HttpResponse.json({ detail: 'Requested position is not covered by the DWD' }, { status: 404 }),
      'http',
      404,
    ],
    [
      '422',
      () => HttpResponse.json({ detail: [{ type: 'missing', loc: ['query', 'lat'] }] }, { status: 422 }),
      'http',
      422,
    ],
    ['network error', () => HttpResponse.error(), 'network'],
    [
      'not JSON',
      () => new HttpResponse('<html>Bad Gateway</html>', { headers: { 'Content-Type': 'text/html' } }),
      'invalid-response',
      200,
    ],
    ['wrong shape', () => HttpResponse.json({ warnings: [] }), 'invalid-response'],
    [
      'a severity the DWD does not have',
      json(() => {
        const body = sampleAlerts();
        body.alerts[1]!.severity = 'catastrophic';
        return body;
      }),
      'invalid-response',
    ],
    [
      'a time that is no time',
      json(() => {
        const body = sampleAlerts();
        body.alerts[0]!.expires = '2026-02-30T10:00:00+01:00';
        return body;
      }),
      'invalid-response',
    ],
  ];
  for (const [name, resolver, kind, status] of cases) {
    it(`Bright Sky: ${name}`, async () => {
      answerWarningsWith(resolver);
      const el = await mount();
      const errors = errorsOf(el);
      click(el, 'accept-button');
      await forecastShown(el);
      await unavailable(el);
      expect(parts(el, 'day')).to.have.length(5);
      expect(part(el, 'error')).to.equal(null);
      expect(visibleText(part(el, 'warnings'))).to.equal(
        'Die amtlichen Warnungen sind gerade nicht abrufbar. Aktuelle Warnungen beim Deutschen Wetterdienst Warnungen erneut laden',
      );
      expect(part(el, 'warnings')!.querySelector('a')!.href).to.equal(DWD_PAGE);
      await waitFor(() => errors.length > 0);
      expect(errors.map((e) => [e.service, e.kind, e.status])).to.deep.equal([['warnings', kind, status]]);
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|\[object |null/);
    });
  }

  it('Bright Sky too slow: the request is aborted after the timeout', async () => {
    answerWarningsWith(async () => {
      await delay('infinite');
      return HttpResponse.json(noAlerts());
    });
    const el = await mount(html`<kreis-wetter timeout="1"></kreis-wetter>`);
    const errors = errorsOf(el);
    click(el, 'accept-button');
    await forecastShown(el);
    await unavailable(el);
    expect(parts(el, 'day')).to.have.length(5);
    expect(errors.map((e) => [e.service, e.kind])).to.deep.equal([['warnings', 'timeout']]);
    expect(abortedWarnings()).to.deep.equal(['51.95']);
  });

  it('the warnings retry asks again and shows them; the forecast is not asked again', async () => {
    answerWarningsWith(() => new HttpResponse('Service Unavailable', { status: 503 }));
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    await unavailable(el);
    answerWarningsWith(json(twoWarnings));
    part(el, 'warnings-retry-button')!.focus();
    click(el, 'warnings-retry-button');
    // Focus does not fall back to the page with the button gone: it goes to the forecast's heading.
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'kw-forecast-heading', 'focus was lost');
    await warningsShown(el, 2);
    expect(warningsRequests()).to.have.length(2);
    expect(forecastRequests()).to.have.length(1);
    expect(parts(el, 'day')).to.have.length(5);
  });

  it('Open-Meteo failing leaves the warnings shown', async () => {
    answerWith(() => new HttpResponse(null, { status: 503 }));
    answerWarningsWith(json(twoWarnings));
    const el = await mount();
    const errors = errorsOf(el);
    click(el, 'accept-button');
    await errorShown(el);
    await warningsShown(el, 2);
    expect(parts(el, 'day')).to.have.length(0);
    expect(part(el, 'warnings-retry-button')).to.equal(null);
    expect(errors.map((e) => e.service)).to.deep.equal(['forecast']);
    // The forecast's retry is the forecast's own: the warnings are not asked for again.
    answerWith(json(() => ({})));
    click(el, 'retry-button');
    await errorShown(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(warningsRequests()).to.have.length(1);
    expect(parts(el, 'warning')).to.have.length(2);
  });
});

describe('what is sent to Bright Sky, and when', () => {
  firstVisitEachTime();

  it('nothing before consent or after "no", and its address is not in what loads before consent', async () => {
    const el = await mount();
    await new Promise((r) => setTimeout(r, 300));
    expect(part(el, 'consent')).to.exist;
    expect(part(el, 'warnings')).to.equal(null);
    click(el, 'reject-button');
    await waitFor(() => el.consentState === 'denied');
    await new Promise((r) => setTimeout(r, 300));
    expect(warningsRequests()).to.have.length(0);
    expect(thirdPartyRequests()).to.have.length(0);
    const entry = await (await fetch('/dist/kreis-wetter.js')).text();
    expect(entry).not.to.include('brightsky');
    // Only a yes asks, once.
    click(el, 'accept-button');
    await quietLine(el);
    expect(warningsRequests()).to.have.length(1);
  });

  it('nothing with warnings="off", and nothing of them is shown', async () => {
    const el = await mount(html`<div>
      <kreis-wetter warnings="off" gemeinde="olfen"></kreis-wetter><kreis-wetter></kreis-wetter>
    </div>`);
    const [off, on] = [...el.parentElement!.querySelectorAll('kreis-wetter')] as [KreisWetter, KreisWetter];
    await settled(on);
    click(off, 'accept-button');
    await forecastShown(off);
    await quietLine(on);
    await new Promise((r) => setTimeout(r, 300));
    expect(forecastRequests()).to.have.length(2);
    // Only the other widget's place: Coesfeld, not Olfen.
    expect(warningsRequests().map((r) => new URL(r.url).searchParams.get('lat'))).to.deep.equal(['51.95']);
    expect(part(off, 'warnings')).to.equal(null);
    expect(visibleText(part(off, 'forecast'))).not.to.match(/Warnung|Wetterdienst:/);
  });

  it("the site's own proxy instead of Bright Sky (warnings-api), with the query it can check exactly", async () => {
    const asked: string[] = [];
    interceptFiles(/\/wetter-api\/brightsky\/alerts/, ({ request }) => {
      asked.push(request.url);
      return HttpResponse.json(noAlerts());
    });
    const el = await mount(html`<kreis-wetter warnings-api="/wetter-api/brightsky"></kreis-wetter>`);
    click(el, 'accept-button');
    await quietLine(el);
    expect(asked).to.deep.equal([
      `${location.origin}/wetter-api/brightsky/alerts?lat=51.95&lon=7.17&tz=Europe%2FBerlin`,
    ]);
    expect(warningsRequests()).to.have.length(0);
  });

  it('one request per place for all widgets, reused for five minutes, never stored on the device', async () => {
    answerWarningsWith(json(twoWarnings));
    const el = await mount(html`<div>
      <kreis-wetter></kreis-wetter><kreis-wetter days="3"></kreis-wetter><kreis-wetter gemeinde="olfen"></kreis-wetter>
    </div>`);
    const widgets = [...el.parentElement!.querySelectorAll('kreis-wetter')];
    await el.grantConsent();
    for (const widget of widgets) await forecastShown(widget);
    await warningsShown(widgets[0]!, 2);
    await warningsShown(widgets[1]!, 2);
    await warningsShown(widgets[2]!, 2);
    const lats = () => warningsRequests().map((r) => new URL(r.url).searchParams.get('lat'));
    expect(lats()).to.have.members(['51.95', '51.71']);

    // A widget added within five minutes shows the same answer without asking.
    const clock = Date.now;
    let ahead = 4 * 60_000;
    Date.now = () => clock() + ahead;
    try {
      const later = await mount();
      await warningsShown(later, 2);
      expect(lats()).to.have.length(2);
      // After five minutes, the warnings are asked for again.
      ahead = 5 * 60_000 + 1000;
      const latest = await mount();
      await warningsShown(latest, 2);
      expect(lats()).to.have.length(3);
    } finally {
      Date.now = clock;
    }
    // Forecasts are kept; nothing of the warnings is.
    await waitFor(async () => (await storedValue('forecasts')) !== undefined);
    expect(JSON.stringify(await storedValue('forecasts'))).not.to.match(/WARNUNG|FROST|alert/i);
  });

  it('warnings shown longer than five minutes are asked for again when the page is looked at, the shown ones staying meanwhile', async () => {
    answerWarningsWith(json(twoWarnings));
    const el = await mount();
    await el.grantConsent();
    await warningsShown(el, 2);
    expect(warningsRequests()).to.have.length(1);
    // Looked at again within five minutes: nothing asked.
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 200)); // an absence: what a request would take to start
    expect(warningsRequests()).to.have.length(1);

    // The DWD lifted both warnings meanwhile; the answer takes a moment.
    answerWarningsWith(async () => {
      await delay(400);
      return HttpResponse.json(noAlerts());
    });
    const clock = Date.now;
    Date.now = () => clock() + 5 * 60_000 + 1000;
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => warningsRequests().length === 2, 'the warnings were not asked for again');
      expect(parts(el, 'warning'), 'the warnings shown stay while asked for again').to.have.length(2);
      await quietLine(el);
      expect(parts(el, 'warning')).to.have.length(0);
    } finally {
      Date.now = clock;
    }
  });

  it('a new place aborts the request for the old one; the newest answer wins', async () => {
    answerWarningsWith(async ({ request }) => {
      if (new URL(request.url).searchParams.get('lat') === '51.95') await delay(1500);
      return HttpResponse.json(new URL(request.url).searchParams.get('lat') === '51.95' ? twoWarnings() : noAlerts());
    });
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    const select = part<HTMLSelectElement>(el, 'location-select')!;
    select.value = 'duelmen';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => abortedWarnings().includes('51.95'), 'the request for the old place was not aborted');
    await waitFor(() => visibleText(part(el, 'warnings')) === 'Keine amtlichen Warnungen für Dülmen');
    await new Promise((r) => setTimeout(r, 1700)); // past the old answer's time
    expect(parts(el, 'warning')).to.have.length(0);
  });

  it('a widget leaving the page aborts its request', async () => {
    answerWarningsWith(async () => {
      await delay(1500);
      return HttpResponse.json(twoWarnings());
    });
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    await waitFor(() => warningsRequests().length === 1);
    el.remove();
    await waitFor(() => abortedWarnings().includes('51.95'), 'the request was not aborted');
  });
});

describe('withdrawing consent ends the warnings', () => {
  firstVisitEachTime();

  it('removes them, and forgets them: consent given again asks Bright Sky again', async () => {
    answerWarningsWith(json(twoWarnings));
    const el = await mount();
    click(el, 'accept-button');
    await warningsShown(el, 2);
    click(el, 'revoke-button');
    await waitFor(() => part(el, 'consent'));
    expect(part(el, 'warnings')).to.equal(null);
    expect(parts(el, 'warning')).to.have.length(0);
    // Within five minutes, but the answer was dropped with the withdrawal.
    await el.grantConsent();
    await warningsShown(el, 2);
    expect(warningsRequests()).to.have.length(2);
  });

  it('aborts a request on its way, and nothing of it comes back', async () => {
    answerWarningsWith(async () => {
      await delay(1000);
      return HttpResponse.json(twoWarnings());
    });
    const page = await openPage({ html: '<kreis-wetter></kreis-wetter><kreis-wetter days="3"></kreis-wetter>' });
    const [first, second] = [page.widget(0), page.widget(1)];
    await settled(first);
    click(first, 'accept-button');
    await forecastShown(first);
    await forecastShown(second);
    await waitFor(() => warningsRequests().length === 1);
    click(first, 'revoke-button');
    await waitFor(() => abortedWarnings().includes('51.95'), 'the request on its way was not aborted');
    await decisionStored(false);
    await new Promise((r) => setTimeout(r, 1200)); // past the answer's time
    expect(part(first, 'warnings')).to.equal(null);
    expect(part(second, 'warnings')).to.equal(null);
    // Given again at once: asked again, not taken from before the withdrawal.
    answerWarningsWith(json(noAlerts));
    await first.grantConsent();
    await quietLine(first);
    await quietLine(second);
    expect(warningsRequests()).to.have.length(2);
    await page.close();
  });
});

describe('severe warnings are announced, when the visitor acted', () => {
  firstVisitEachTime();

  it('a level-3 warning that arrives after the forecast is announced after accepting', async () => {
    answerWarningsWith(async () => {
      await delay(500);
      return HttpResponse.json(twoWarnings());
    });
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    await waitFor(() => liveRegion(el).includes('Unwetterwarnung'), `not announced: "${liveRegion(el)}"`);
    expect(liveRegion(el)).to.equal('Unwetterwarnung für Coesfeld: Amtliche WARNUNG vor FROST.');
  });

  it('a level-3 warning that arrives before the forecast is announced with it', async () => {
    answerWarningsWith(json(twoWarnings));
    answerWith(async ({ request }) => {
      await delay(500);
      const body = sampleForecast();
      body.latitude = Number(new URL(request.url).searchParams.get('latitude'));
      return HttpResponse.json(body);
    });
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    await waitFor(() => liveRegion(el).includes('Unwetterwarnung'), `not announced: "${liveRegion(el)}"`);
    expect(liveRegion(el)).to.equal(
      'Die Wettervorhersage für Coesfeld ist geladen. Unwetterwarnung für Coesfeld: Amtliche WARNUNG vor FROST.',
    );
  });

  it('level 1 and 2 are not announced', async () => {
    answerWarningsWith(
      json(() => {
        const body = sampleAlerts();
        body.alerts[1]!.severity = 'moderate';
        return body;
      }),
    );
    const el = await mount();
    click(el, 'accept-button');
    await warningsShown(el, 2);
    await forecastShown(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(liveRegion(el)).to.equal('Die Wettervorhersage für Coesfeld ist geladen.');
  });

  it('a level-4 warning that comes of a place picked is announced', async () => {
    answerWarningsWith(({ request }) => {
      if (new URL(request.url).searchParams.get('lat') !== '51.83') return HttpResponse.json(noAlerts());
      const body = sampleAlerts();
      body.alerts[0]!.severity = 'extreme';
      return HttpResponse.json(body);
    });
    const el = await mount();
    click(el, 'accept-button');
    await quietLine(el);
    const select = part<HTMLSelectElement>(el, 'location-select')!;
    select.value = 'duelmen';
    select.dispatchEvent(new Event('change'));
    await warningsShown(el, 2);
    await waitFor(() => liveRegion(el).includes('Extremes Unwetter'), `not announced: "${liveRegion(el)}"`);
    expect(liveRegion(el)).to.include('Extremes Unwetter für Dülmen: Amtliche WARNUNG vor GLÄTTE.');
  });

  it('the same warning on page load is not announced', async () => {
    answerWarningsWith(json(twoWarnings));
    const first = await openPage();
    await settled(first.widget());
    click(first.widget(), 'accept-button');
    await forecastShown(first.widget());
    await decisionStored(true);
    await first.close();

    const returning = await openPage();
    const el = returning.widget();
    await forecastShown(el);
    await warningsShown(el, 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(liveRegion(el)).to.equal('');
    await returning.close();
  });
});

describe('accessibility of the warnings: axe finds no violation', () => {
  firstVisitEachTime();

  /** One warning of each level, so that every colour is checked. */
  function everyLevel(): AlertsBody {
    const body = twoWarnings();
    const more = sampleAlerts().alerts.map((alert, i) => ({
      ...alert,
      alert_id: `${alert.alert_id}-more`,
      severity: i === 0 ? 'moderate' : 'extreme',
    }));
    body.alerts.push(...more);
    return body;
  }

  for (const lang of ['de', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`warnings of every level, ${lang}, ${scheme}`, async () => {
        answerWarningsWith(json(everyLevel));
        const el = await mount(html`<kreis-wetter class=${scheme} lang=${lang}></kreis-wetter>`);
        click(el, 'accept-button');
        await forecastShown(el);
        await warningsShown(el, 4);
        expect(parts(el, 'warning').map((w) => w.className)).to.deep.equal([
          'warning level-4',
          'warning level-3',
          'warning level-2',
          'warning level-1',
        ]);
        await expect(el).to.be.accessible();
      });
    }
    it(`warnings unavailable, ${lang}`, async () => {
      answerWarningsWith(() => new HttpResponse(null, { status: 503 }));
      const el = await mount(html`<kreis-wetter class="dark" lang=${lang}></kreis-wetter>`);
      click(el, 'accept-button');
      await forecastShown(el);
      await unavailable(el);
      await expect(el).to.be.accessible();
    });
  }
});
