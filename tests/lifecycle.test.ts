import { expect } from '@open-wc/testing';
import { delay, HttpResponse, passthrough } from 'msw';
import './helpers/element.js';
import { openPage } from './helpers/page.js';
import { abortedLatitudes, answerWith, forecastRequests, useChunk } from './helpers/provider.js';
import { click, errorShown, forecastShown, part, settled, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { sampleForecast } from './mocks/open-meteo.js';

/** Everything a removed widget might still do: events it fires, and requests it makes. */
function watch(el: Element): { events: string[] } {
  const events: string[] = [];
  for (const type of ['kreis-wetter-forecast-load', 'kreis-wetter-error', 'kreis-wetter-consent-change']) {
    el.addEventListener(type, () => events.push(type));
  }
  return { events };
}

// Absence is asserted after the time the widget would have taken to act (a second here).
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a widget removed from the page ends everything it started', () => {
  firstVisitEachTime();

  it('removed while its forecast code is on its way, it sends nothing', async () => {
    let chunkAsked = false;
    useChunk(async () => {
      chunkAsked = true;
      await delay(600);
      return passthrough();
    });
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    click(el, 'accept-button');
    const { events } = watch(el);
    await waitFor(() => chunkAsked, 'the forecast code was not asked for');
    el.remove();
    await pause(1600); // past the code's arrival
    expect(forecastRequests()).to.have.length(0);
    expect(events).to.deep.equal([]);
    // Back on the page, it asks for its forecast after all.
    page.frame.contentDocument!.body.append(el);
    await forecastShown(el);
    expect(forecastRequests()).to.have.length(1);
    await page.close();
  });

  it('removed while it waits out a 429, it does not try again', async () => {
    answerWith(() =>
      HttpResponse.json(
        { error: true, reason: 'Minutely API request limit exceeded.' },
        { status: 429, headers: { 'Retry-After': '1' } },
      ),
    );
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    click(el, 'accept-button');
    await errorShown(el);
    expect(part(el, 'error')!.textContent).to.include('Neuer Versuch in einer Sekunde');
    const { events } = watch(el);
    el.remove();
    await pause(1600); // past the time it would have tried again
    expect(forecastRequests()).to.have.length(1);
    expect(events).to.deep.equal([]);
    await page.close();
  });

  it('removed while a retry is on its way, the request is aborted and nothing follows', async () => {
    answerWith(() => new HttpResponse(null, { status: 500 }));
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    click(el, 'accept-button');
    await errorShown(el);
    answerWith(async () => {
      await delay(800);
      return HttpResponse.json(sampleForecast());
    });
    click(el, 'retry-button');
    await waitFor(() => forecastRequests().length === 2, 'the retry was not sent');
    const { events } = watch(el);
    el.remove();
    await waitFor(() => abortedLatitudes().includes('51.95'), 'the retry was not aborted');
    await pause(1000); // past the answer's time
    expect(events).to.deep.equal([]);
    await page.close();
  });

  it('removed while the visitor picks a place, that place is never asked for', async () => {
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    click(el, 'accept-button');
    await forecastShown(el);
    const select = part<HTMLSelectElement>(el, 'location-select')!;
    select.value = 'olfen';
    select.dispatchEvent(new Event('change'));
    el.remove();
    await pause(1000); // past the pick's settling time
    expect(forecastRequests().map((u) => u.searchParams.get('latitude'))).to.deep.equal(['51.95']);
    await page.close();
  });
});
