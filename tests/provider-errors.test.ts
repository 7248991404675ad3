import { expect, fixtureCleanup } from '@open-wc/testing';
import { delay, HttpResponse } from 'msw';
import { html } from 'lit';
import './helpers/element.js';
import { openPage } from './helpers/page.js';
import type { KreisWetter } from '../src/kreis-wetter.js';
import { answerWith, forecastRequests, resetProvider, startProvider, useChunk } from './helpers/provider.js';
import { sampleForecast } from './mocks/open-meteo.js';
import nullsSample from './fixtures/open-meteo-forecast-coesfeld-10d-nulls.json';
import {
  click,
  errorShown,
  forecastShown,
  forgetEverything,
  mount,
  nextEvent,
  part,
  parts,
  settled,
  visibleText,
  waitFor,
} from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

type Body = ReturnType<typeof sampleForecast> & Record<string, unknown>;

/** Nothing a visitor should ever read. */
function expectCleanText(el: KreisWetter) {
  const text = el.shadowRoot!.textContent ?? '';
  expect(text).not.to.match(/NaN|undefined|\[object |null/);
}

async function acceptAndFail(template = html`<kreis-wetter></kreis-wetter>`) {
  const el = await mount(template);
  click(el, 'accept-button');
  await errorShown(el);
  expectCleanText(el);
  expect(part(el, 'retry-button')).to.exist;
  return el;
}

describe('when the provider fails', () => {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    problems.push(`unhandled rejection: ${String(e.reason)}\n${(e.reason as Error)?.stack ?? ''}`);

  before(startProvider);
  beforeEach(async () => {
    await forgetEverything();
    resetProvider();
    problems.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    fixtureCleanup();
    // No failure below may escape as an uncaught error or unhandled rejection.
    expect(problems).to.deep.equal([]);
  });

  it('HTTP 500 shows the error part, and retry loads the forecast', async () => {
    answerWith(() => HttpResponse.json({ error: true, reason: 'Something went wrong.' }, { status: 500 }));
    const el = await acceptAndFail();
    expect(part(el, 'error')!.textContent).to.include('Störung');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(parts(el, 'day')).to.have.length(0);
    resetProvider();
    click(el, 'retry-button');
    await forecastShown(el);
    expect(part(el, 'error')).to.equal(null);
    expect(parts(el, 'day')).to.have.length(5);
  });

  it('HTTP 429 waits for Retry-After, then tries again on its own', async () => {
    const times: number[] = [];
    answerWith(() => {
      times.push(performance.now());
      return times.length === 1
        ? HttpResponse.json(
            { error: true, reason: 'Minutely API request limit exceeded.' },
            { status: 429, headers: { 'Retry-After': '1' } },
          )
        : HttpResponse.json(sampleForecast());
    });
    const el = await acceptAndFail();
    expect(part(el, 'error')!.textContent).to.include('Neuer Versuch in einer Sekunde');
    await forecastShown(el, 5000);
    expect(times).to.have.length(2);
    expect(times[1]! - times[0]!).to.be.at.least(950);
  });

  it('a body that is not JSON is an error, not a crash', async () => {
    answerWith(
      () =>
        new HttpResponse('{"latitude": 51.9, "daily": {"ti Unexpected error while streaming data', {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const el = await acceptAndFail();
    expect(part(el, 'error')!.textContent).to.include('unvollständig');
  });

  it('an empty object is an error, not a crash', async () => {
    answerWith(() => HttpResponse.json({}));
    await acceptAndFail();
  });

  it('daily series of different lengths are an error', async () => {
    const body = sampleForecast();
    body.daily.temperature_2m_min = body.daily.temperature_2m_min.slice(0, 4);
    answerWith(() => HttpResponse.json(body));
    await acceptAndFail();
  });

  it('values of the wrong type are an error', async () => {
    const body = sampleForecast() as unknown as { daily: Record<string, unknown>; current: Record<string, unknown> };
    body.daily.temperature_2m_max = 'warm';
    answerWith(() => HttpResponse.json(body));
    await acceptAndFail();
  });

  it('units other than the ones asked for are an error, not a wrong number', async () => {
    const body = sampleForecast() as Body;
    (body.daily_units as Record<string, string>).temperature_2m_max = '°F';
    answerWith(() => HttpResponse.json(body));
    await acceptAndFail();
  });

  it('nulls past the model horizon give a shorter forecast that says so', async () => {
    const body = sampleForecast();
    for (const key of [
      'weather_code',
      'temperature_2m_max',
      'temperature_2m_min',
      'precipitation_probability_max',
    ] as const) {
      (body.daily[key] as (number | null)[]).splice(3, 4, null, null, null, null);
    }
    answerWith(() => HttpResponse.json(body));
    const el = await mount(html`<kreis-wetter days="7"></kreis-wetter>`);
    click(el, 'accept-button');
    await forecastShown(el);
    expect(parts(el, 'day')).to.have.length(3);
    expect(visibleText(part(el, 'forecast'))).to.include('nur für 3 Tage');
    expect(part(el, 'error')).to.equal(null);
    expectCleanText(el);
  });

  it('the recorded 10-day answer with nulls shows the complete days only', async () => {
    answerWith(() => HttpResponse.json(nullsSample));
    const el = await mount(html`<kreis-wetter days="7"></kreis-wetter>`);
    click(el, 'accept-button');
    await forecastShown(el);
    expect(parts(el, 'day')).to.have.length(7);
    expectCleanText(el);
  });

  it('a request that does not answer is aborted after the timeout', async () => {
    // Never answers (a late answer to an aborted request would only stray into later tests).
    answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json(sampleForecast());
    });
    const el = await mount(html`<kreis-wetter timeout="1"></kreis-wetter>`);
    const started = performance.now();
    click(el, 'accept-button');
    await errorShown(el, 3000);
    expect(performance.now() - started).to.be.below(2500);
    expect(part(el, 'error')!.textContent).to.include('antwortet nicht');
  });

  it('a dead network is an error with a working retry', async () => {
    answerWith(() => HttpResponse.error());
    const el = await acceptAndFail();
    expect(part(el, 'error')!.textContent).to.include('nicht erreichbar');
    resetProvider();
    click(el, 'retry-button');
    await forecastShown(el);
  });

  it('reports the failure with a kreis-wetter-error event', async () => {
    answerWith(() => new HttpResponse(null, { status: 503 }));
    const el = await mount();
    const event = nextEvent(el, 'kreis-wetter-error');
    click(el, 'accept-button');
    const { detail } = await event;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(503);
    await waitFor(() => forecastRequests().length === 1);
  });

  // Shape alone is not enough: each of these passed the old schema and then crashed the render
  // (an impossible date makes Intl throw) or showed a forecast that cannot be true.
  const meaningless: [string, (body: Body) => void][] = [
    ['a date that is no calendar date', (body) => (body.daily.time[2] = '2026-13-01')],
    ['the 30th of February', (body) => (body.daily.time[6] = '2026-02-30')],
    [
      'days out of order',
      (body) => ([body.daily.time[1], body.daily.time[2]] = [body.daily.time[2]!, body.daily.time[1]!]),
    ],
    ['a day missing in between', (body) => (body.daily.time[3] = '2026-11-28')],
    ['a current time that is no time', (body) => (body.current.time = '2026-11-24T25:15')],
    ['another time zone than asked for', (body) => (body.timezone = 'America/New_York')],
    ['an offset Berlin never has', (body) => (body.utc_offset_seconds = 5 * 3600)],
    ['a temperature no forecast can have', (body) => (body.daily.temperature_2m_max[1] = 412)],
    ['a minimum above the maximum', (body) => (body.daily.temperature_2m_min[0] = 30)],
    ['a chance of rain above 100 %', (body) => (body.daily.precipitation_probability_max[0] = 140)],
    ['a weather code that is no WMO code', (body) => (body.daily.weather_code[0] = 3.5)],
  ];
  for (const [what, spoil] of meaningless) {
    it(`${what} is an invalid answer with retry, not a crash`, async () => {
      const body = sampleForecast() as Body;
      spoil(body);
      answerWith(() => HttpResponse.json(body));
      const event = nextEvent(document, 'kreis-wetter-error');
      const el = await acceptAndFail();
      expect(part(el, 'error')!.textContent).to.include('unvollständig');
      expect((await event).detail.kind).to.equal('invalid-response');
      expect(parts(el, 'day')).to.have.length(0);
    });
  }

  it('whatever throws while the forecast is rendered ends in the error part with retry', async () => {
    // Intl throwing ("Invalid time value") while the days are formatted: the widget neither
    // freezes nor lets the error escape. The forecast's day formats are the ones with a weekday.
    const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
    const real = descriptor.get!;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        const format = real.call(this) as (date?: Date | number) => string;
        return (date?: Date | number) => {
          if (this.resolvedOptions().weekday) throw new RangeError('Invalid time value');
          return format(date);
        };
      },
    });
    try {
      const event = nextEvent(document, 'kreis-wetter-error');
      const el = await acceptAndFail();
      expect(part(el, 'error')!.textContent).to.include('unvollständig');
      expect((await event).detail.message).to.include('Invalid time value');
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', descriptor);
    }
  });

  it('provider strings are data: markup in them is never rendered', async () => {
    const body = sampleForecast() as Body;
    body.timezone_abbreviation = '<img src=x onerror="window.__pwned=1">';
    (body as Record<string, unknown>).generationtime_ms = '<b>0.75</b>';
    answerWith(() => HttpResponse.json(body));
    const el = await mount();
    click(el, 'accept-button');
    await forecastShown(el);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('messages are in English on English pages', async () => {
    answerWith(() => new HttpResponse(null, { status: 500 }));
    const el = await acceptAndFail(html`<kreis-wetter lang="en"></kreis-wetter>`);
    expect(part(el, 'error')!.textContent).to.include('The weather service has a problem');
    expect(part(el, 'retry-button')!.textContent).to.equal('Try again');
  });
});

describe('automatic retries after HTTP 429', () => {
  firstVisitEachTime();

  it('a Retry-After beyond two minutes is not waited for: no countdown, no second request', async () => {
    answerWith(() =>
      HttpResponse.json(
        { error: true, reason: 'Daily API request limit exceeded.' },
        { status: 429, headers: { 'Retry-After': '3600' } },
      ),
    );
    const el = await acceptAndFail();
    expect(part(el, 'error')!.textContent).to.include('gerade ausgelastet.');
    expect(part(el, 'error')!.textContent).not.to.include('Neuer Versuch');
    await new Promise((r) => setTimeout(r, 1500));
    expect(forecastRequests()).to.have.length(1);
  });

  it('Retry-After: 0 does not turn into a loop: a second at least between tries, three tries at most', async () => {
    answerWith(() =>
      HttpResponse.json(
        { error: true, reason: 'Too many concurrent requests' },
        { status: 429, headers: { 'Retry-After': '0' } },
      ),
    );
    await acceptAndFail();
    await new Promise((r) => setTimeout(r, 4500));
    expect(forecastRequests()).to.have.length(4);
  });
});

describe('when the forecast code cannot be downloaded', () => {
  firstVisitEachTime();

  it('shows the error part, a retry that loads it, and the revoke button', async () => {
    answerWith(() => HttpResponse.json(sampleForecast()));
    useChunk(() => HttpResponse.error());
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    click(el, 'accept-button');
    await errorShown(el);
    expect(part(el, 'error')!.textContent).to.include('nicht erreichbar');
    expect(part(el, 'revoke-button')).to.exist;
    expect(forecastRequests()).to.have.length(0);
    useChunk(undefined);
    click(el, 'retry-button');
    await forecastShown(el);
    expect(page.problems()).to.deep.equal([]);
  });
});
