import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../src/kreis-wetter.js';
import { answerWith, forecastRequests, resetProvider, startProvider } from './helpers/provider.js';
import { sampleForecast } from './mocks/open-meteo.js';
import { click, errorShown, forecastShown, forgetEverything, mount, nextEvent, part, parts } from './helpers/widget.js';

async function acceptAndFail() {
  const el = await mount();
  click(el, 'accept-button');
  await errorShown(el);
  return el;
}

describe('when the provider fails', () => {
  before(startProvider);
  beforeEach(async () => {
    await forgetEverything();
    resetProvider();
  });
  afterEach(fixtureCleanup);

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

  it('a body that is not JSON is an error, not a crash', async () => {
    answerWith(() => new HttpResponse('{"latitude": 51.9, "daily": {"ti Unexpected error while streaming data', { headers: { 'Content-Type': 'application/json' } }));
    const el = await acceptAndFail();
    expect(part(el, 'error')!.textContent).to.include('unvollständig');
    expect(part(el, 'retry-button')).to.exist;
  });

  it('JSON of the wrong shape is an error, not a crash', async () => {
    const body = sampleForecast() as unknown as { daily: Record<string, unknown> };
    body.daily.temperature_2m_max = 'warm';
    answerWith(() => HttpResponse.json(body));
    const el = await acceptAndFail();
    expect(part(el, 'error')!.textContent).to.include('unvollständig');
  });

  it('reports the failure with a kreis-wetter-error event', async () => {
    answerWith(() => new HttpResponse(null, { status: 503 }));
    const el = await mount();
    const event = nextEvent<CustomEvent>(el, 'kreis-wetter-error');
    click(el, 'accept-button');
    const { detail } = await event;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(503);
    await waitUntil(() => forecastRequests().length === 1);
  });
});
