import { expect } from '@open-wc/testing';
import { createStore, get, set } from 'idb-keyval';
import './helpers/element.js';
import { forecastKept, openPage } from './helpers/page.js';
import { forecastRequests, resetProvider } from './helpers/provider.js';
import { click, forecastShown, part, parts, settled, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the decision across page loads', () => {
  firstVisitEachTime();

  it('after accepting, the next page load shows the forecast without asking', async () => {
    const first = await openPage();
    await settled(first.widget());
    click(first.widget(), 'accept-button');
    await forecastShown(first.widget());
    first.close();

    const second = await openPage();
    await forecastShown(second.widget());
    expect(part(second.widget(), 'consent')).to.equal(null);
    expect(second.widget().consentState).to.equal('granted');
    second.close();
  });

  it('revoking removes the forecast, brings the notice back and nothing is requested on the next load', async () => {
    const first = await openPage();
    await settled(first.widget());
    click(first.widget(), 'accept-button');
    await forecastShown(first.widget());
    click(first.widget(), 'revoke-button');
    await waitFor(() => part(first.widget(), 'consent') !== null, 'notice did not return');
    expect(parts(first.widget(), 'day')).to.have.length(0);
    expect(part(first.widget(), 'forecast')).to.equal(null);
    first.close();

    resetProvider();
    const second = await openPage();
    await settled(second.widget());
    await pause(300);
    expect(part(second.widget(), 'consent')).to.exist;
    expect(part(second.widget(), 'accept-button')).to.exist;
    expect(second.widget().consentState).to.equal('denied');
    expect(forecastRequests()).to.have.length(0);
    second.close();
  });

  it('rejecting requests nothing, now or on the next load, and accepting stays possible', async () => {
    const first = await openPage();
    await settled(first.widget());
    click(first.widget(), 'reject-button');
    await waitFor(() => first.widget().consentState === 'denied');
    await pause(300);
    expect(forecastRequests()).to.have.length(0);
    first.close();

    const second = await openPage();
    await settled(second.widget());
    await pause(300);
    expect(second.widget().consentState).to.equal('denied');
    expect(forecastRequests()).to.have.length(0);
    click(second.widget(), 'accept-button');
    await forecastShown(second.widget());
    expect(forecastRequests()).to.have.length(1);
    second.close();
  });

  it('a decision stored for another consent-version counts as none', async () => {
    const first = await openPage({ html: '<kreis-wetter consent-version="2026-01"></kreis-wetter>' });
    await settled(first.widget());
    click(first.widget(), 'accept-button');
    await forecastShown(first.widget());
    first.close();

    resetProvider();
    const second = await openPage({ html: '<kreis-wetter consent-version="2026-11"></kreis-wetter>' });
    await settled(second.widget());
    await pause(300);
    expect(second.widget().consentState).to.equal('unknown');
    expect(part(second.widget(), 'reject-button')).to.exist;
    expect(forecastRequests()).to.have.length(0);
    second.close();
  });

  it('a decision older than consent-max-age counts as none', async () => {
    // What a visit 200 days ago left behind.
    await set('consent', { granted: true, version: '1', decidedAt: Date.now() - 200 * 86_400_000 }, createStore('kreis-wetter', 'keyval'));

    const byDefault = await openPage();
    await settled(byDefault.widget());
    expect(byDefault.widget().consentState).to.equal('unknown');
    byDefault.close();

    const longer = await openPage({ html: '<kreis-wetter consent-max-age="365"></kreis-wetter>' });
    await forecastShown(longer.widget());
    expect(longer.widget().consentState).to.equal('granted');
    longer.close();
  });
});

describe('consent that lapses while the page is open', () => {
  firstVisitEachTime();

  it('a changed consent-version brings the notice back at once, stops the forecast and forgets the kept one', async () => {
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    click(el, 'accept-button');
    await forecastShown(el);
    await forecastKept();
    el.setAttribute('consent-version', '2026-12');
    await waitFor(() => part(el, 'consent') !== null, 'the notice did not come back');
    expect(el.consentState).to.equal('unknown');
    expect(parts(el, 'day')).to.have.length(0);
    await waitFor(async () => (await get('forecasts', createStore('kreis-wetter', 'keyval'))) === undefined, 'the kept forecast was not deleted');
    expect(forecastRequests()).to.have.length(1);
  });
});
