import { expect } from '@open-wc/testing';
import { forecastRequests, thirdPartyRequests } from '../helpers/provider.js';
import { click, forecastShown, part, parts, visibleText } from '../helpers/widget.js';
import type { ConsentChangeDetail } from '../../src/kreis-wetter.js';
import {
  bannerSettingsButton,
  forecastGone,
  leave,
  newVisitorEachTime,
  noticeShown,
  openSite,
  pause,
  saysPageViewOnly,
  widgetStoredNothing,
  type Site,
} from './site.js';

/**
 * consent-source="external": the page tells every widget the visitor's choice on each page view
 * (grantConsent(), revokeConsent(), e.g. from a cookie banner the widget has no adapter for); the
 * widget stores nothing, and a choice in its own notice holds for this page view and is announced
 * with kreis-wetter-consent-change for the page to record where it keeps choices.
 */

const TWO = [
  '<kreis-wetter consent-source="external" warnings="off"></kreis-wetter>',
  '<kreis-wetter consent-source="external" warnings="off" gemeinde="olfen"></kreis-wetter>',
].join('');

async function twoWidgets(): Promise<Site> {
  const site = await openSite({ html: TWO });
  await noticeShown(site.widget(0));
  await noticeShown(site.widget(1));
  return site;
}

function changes(site: Site, index: number): ConsentChangeDetail[] {
  const seen: ConsentChangeDetail[] = [];
  site.widget(index).addEventListener('kreis-wetter-consent-change', (e) => seen.push(e.detail));
  return seen;
}

describe('consent-source="external"', function () {
  // Several page views a test, each settling and loading the forecast: generous on a busy machine.
  this.timeout(40000);
  newVisitorEachTime();

  it('asks until the page says, and says the site keeps the choice; nothing is requested before', async () => {
    const site = await twoWidgets();
    const el = site.widget(0);
    expect(el.consentState).to.equal('unknown');
    expect(visibleText(part(el, 'consent'))).to.include('Ihre Entscheidung verwaltet diese Website');
    expect(saysPageViewOnly(el)).to.equal(false);
    expect(bannerSettingsButton(el), 'no banner settings to open').to.equal(undefined);
    await pause(300); // an absence: what a request would take to be on its way
    expect(thirdPartyRequests()).to.have.length(0);
    expect(site.forecastScripts()).to.deep.equal([]);
  });

  it("the page's grantConsent() and revokeConsent() drive every widget; nothing is stored", async () => {
    const site = await twoWidgets();
    const events = [changes(site, 0), changes(site, 1)];
    // The page calls one widget, as its banner's callback would: every widget follows.
    await site.widget(1).grantConsent();
    await forecastShown(site.widget(0));
    await forecastShown(site.widget(1));
    expect(forecastRequests()).to.have.length(2);
    await site.widget(0).revokeConsent();
    await forecastGone(site.widget(0));
    await forecastGone(site.widget(1));
    expect(site.widget(1).consentState).to.equal('denied');
    // No event on the widget whose method the page called; the others report the change (README "Events").
    expect(events).to.deep.equal([[{ state: 'granted', source: 'storage' }], [{ state: 'denied', source: 'storage' }]]);
    await pause(300); // an absence: what a write would take, had the widget issued one
    await widgetStoredNothing(site);
  });

  it("the notice's buttons change this page view only, for every widget, and fire kreis-wetter-consent-change", async () => {
    const site = await twoWidgets();
    const [first, second] = [changes(site, 0), changes(site, 1)];
    click(site.widget(0), 'accept-button');
    await forecastShown(site.widget(0));
    await forecastShown(site.widget(1));
    expect(first).to.deep.equal([{ state: 'granted', source: 'visitor' }]);
    expect(second).to.deep.equal([{ state: 'granted', source: 'storage' }]);

    click(site.widget(1), 'revoke-button');
    await forecastGone(site.widget(0));
    await forecastGone(site.widget(1));
    expect(first.at(-1)).to.deep.equal({ state: 'denied', source: 'storage' });
    expect(second.at(-1)).to.deep.equal({ state: 'denied', source: 'visitor' });
    await pause(300); // an absence: what a write would take, had the widget issued one
    await widgetStoredNothing(site);
  });

  it('a new page view asks again, whatever was chosen on the last one', async () => {
    const site = await twoWidgets();
    click(site.widget(0), 'accept-button');
    await forecastShown(site.widget(0));
    await leave(site);

    const next = await twoWidgets();
    await pause(300); // an absence: a request would be on its way
    expect(next.widget(0).consentState).to.equal('unknown');
    expect(parts(next.widget(1), 'day')).to.have.length(0);
    expect(forecastRequests()).to.have.length(2); // the two of the first page view
    await widgetStoredNothing(site, next);
  });
});
