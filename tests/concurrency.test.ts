import { expect } from '@open-wc/testing';
import { delay, HttpResponse } from 'msw';
import { html } from 'lit';
import './helpers/element.js';
import { abortedLatitudes, answerWith, forecastRequests } from './helpers/provider.js';
import { sampleForecast } from './mocks/open-meteo.js';
import { mount, part, parts, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

const heading = (el: Element) => el.shadowRoot!.querySelector('#kw-forecast-heading')?.textContent;

/**
 * Answers slowly for the places in `slow` (ms by latitude), marking each answer: the first day's
 * maximum is the latitude's decimals / 10 (Lüdinghausen 51.77 → 8°, Senden 51.86 → 9°).
 */
function answerPerPlace(slow: Record<string, number>) {
  answerWith(async ({ request }) => {
    const latitude = new URL(request.url).searchParams.get('latitude')!;
    await delay(slow[latitude] ?? 20);
    const body = sampleForecast();
    body.daily.temperature_2m_max[0] = Number(latitude.split('.')[1]) / 10;
    return HttpResponse.json(body);
  });
}

describe('concurrency', () => {
  firstVisitEachTime();

  it('many widgets for the same place make one request', async () => {
    const first = await mount(
      html`<div>${Array.from({ length: 12 }, () => html`<kreis-wetter days="3"></kreis-wetter>`)}</div>`,
    );
    const all = [...first.parentElement!.querySelectorAll('kreis-wetter')];
    await first.grantConsent();
    await waitFor(
      () => all.every((el) => parts(el, 'day').length === 3),
      'not every widget showed the forecast',
      10000,
    );
    expect(forecastRequests()).to.have.length(1);
  });

  it('switching the place quickly never lets an older answer overwrite a newer one', async () => {
    // Coesfeld (51.95) answers fast, Lüdinghausen (51.77) slowly, Senden (51.86) fast.
    answerPerPlace({ '51.77': 800 });
    const el = await mount();
    await el.grantConsent();
    await waitFor(() => parts(el, 'day').length > 0);
    const select = part<HTMLSelectElement>(el, 'location-select')!;
    select.value = 'luedinghausen';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => forecastRequests().length === 2);
    part<HTMLSelectElement>(el, 'location-select')!.value = 'senden';
    part<HTMLSelectElement>(el, 'location-select')!.dispatchEvent(new Event('change'));
    await waitFor(() => heading(el) === 'Wetter für Senden' && parts(el, 'day').length > 0);
    await new Promise((r) => setTimeout(r, 1200)); // past the slow answer's time
    expect(heading(el)).to.equal('Wetter für Senden');
    expect(parts(el, 'day')[0]!.textContent).to.include('9°'); // Senden's answer, not Lüdinghausen's (8°)
    expect(abortedLatitudes()).to.deep.equal(['51.77']);
  });

  it('a disconnected widget aborts its request and fires nothing more', async () => {
    answerPerPlace({ '51.95': 800 });
    const el = await mount();
    let events = 0;
    el.addEventListener('kreis-wetter-forecast-load', () => events++);
    el.addEventListener('kreis-wetter-consent-change', () => events++);
    void el.grantConsent();
    await waitFor(() => forecastRequests().length === 1);
    el.remove();
    await waitFor(() => abortedLatitudes().includes('51.95'), 'the request was not aborted');

    // A decision made elsewhere does not reach the detached widget either.
    const other = await mount();
    await other.revokeConsent();
    await new Promise((r) => setTimeout(r, 1000));
    expect(events).to.equal(0);
  });

  it('a place picked with the arrow keys is requested only where the visitor stops', async () => {
    const el = await mount();
    await el.grantConsent();
    await waitFor(() => parts(el, 'day').length > 0);
    const select = part<HTMLSelectElement>(el, 'location-select')!;
    for (const id of ['duelmen', 'havixbeck', 'luedinghausen', 'nordkirchen']) {
      select.value = id;
      select.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 100));
    }
    await waitFor(() => heading(el) === 'Wetter für Nordkirchen' && parts(el, 'day').length > 0);
    expect(forecastRequests().map((u) => u.searchParams.get('latitude'))).to.deep.equal(['51.95', '51.74']);
  });

  it('a widget re-attached after consent was withdrawn elsewhere requests nothing', async () => {
    answerPerPlace({ '51.95': 800 });
    const el = await mount(
      html`<div><kreis-wetter></kreis-wetter><kreis-wetter gemeinde="olfen"></kreis-wetter></div>`,
    );
    const other = el.parentElement!.querySelectorAll('kreis-wetter')[1]!;
    const parent = el.parentElement!;
    void el.grantConsent();
    await waitFor(() => forecastRequests().length === 2);
    el.remove();
    await other.revokeConsent();
    const before = forecastRequests().length;
    parent.prepend(el);
    await waitFor(() => part(el, 'consent') !== null, 'the re-attached widget did not show the notice');
    await new Promise((r) => setTimeout(r, 500));
    expect(forecastRequests()).to.have.length(before);
  });
});
