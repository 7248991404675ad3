import { expect, fixtureCleanup } from '@open-wc/testing';
import { html } from 'lit';
import './helpers/element.js';
import type { ConsentChangeDetail } from '../src/kreis-wetter.js';
import { forecastRequests } from './helpers/provider.js';
import { click, forecastShown, mount, nextEvent, part, parts, settled, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

describe('public API: methods, state and events', () => {
  firstVisitEachTime();

  it('grantConsent() loads the forecast in every widget on the page, with one request per place', async () => {
    const first = await mount(
      html`<div><kreis-wetter></kreis-wetter><kreis-wetter days="2"></kreis-wetter><kreis-wetter gemeinde="olfen"></kreis-wetter></div>`,
    );
    const all = [...first.parentElement!.querySelectorAll('kreis-wetter')];
    for (const el of all) await settled(el);
    expect(all.map((el) => el.consentState)).to.deep.equal(['unknown', 'unknown', 'unknown']);
    await first.grantConsent();
    for (const el of all) await forecastShown(el);
    expect(all.map((el) => el.consentState)).to.deep.equal(['granted', 'granted', 'granted']);
    expect(parts(all[1]!, 'day')).to.have.length(2);
    // Coesfeld twice, Olfen once.
    expect(forecastRequests()).to.have.length(2);
  });

  it('revokeConsent() withdraws in every widget', async () => {
    const first = await mount(html`<div><kreis-wetter></kreis-wetter><kreis-wetter></kreis-wetter></div>`);
    const second = first.parentElement!.querySelectorAll('kreis-wetter')[1]!;
    await settled(second);
    await first.grantConsent();
    await forecastShown(second);
    await second.revokeConsent();
    await waitFor(() => part(first, 'consent') !== null && part(second, 'consent') !== null);
    expect(first.consentState).to.equal('denied');
  });

  it('kreis-wetter-consent-change tells the visitor from the stored decision, bubbling out of the widget', async () => {
    const el = await mount();
    const fromVisitor = nextEvent(document, 'kreis-wetter-consent-change');
    click(el, 'accept-button');
    const visitor = await fromVisitor;
    expect(visitor.detail).to.deep.equal({ state: 'granted', source: 'visitor' });
    expect(visitor.composed).to.equal(true);

    fixtureCleanup();
    const restored = new Promise<ConsentChangeDetail>((resolve) =>
      document.addEventListener('kreis-wetter-consent-change', (e) => resolve(e.detail), { once: true }),
    );
    await mount();
    expect(await restored).to.deep.equal({ state: 'granted', source: 'storage' });
  });

  it('a public method call fires no consent event on its own widget', async () => {
    const el = await mount();
    let events = 0;
    el.addEventListener('kreis-wetter-consent-change', () => events++);
    await el.grantConsent();
    await el.updateComplete;
    expect(el.consentState).to.equal('granted');
    expect(events).to.equal(0);
  });

  it('kreis-wetter-forecast-load reports place, days and source', async () => {
    const el = await mount(html`<kreis-wetter gemeinde="havixbeck" days="4"></kreis-wetter>`);
    const loaded = nextEvent(el, 'kreis-wetter-forecast-load');
    click(el, 'accept-button');
    const { detail } = await loaded;
    expect(detail.place).to.equal('Havixbeck');
    expect(detail.days).to.equal(4);
    expect(detail.source).to.equal('network');
    expect(detail.latitude).to.equal(51.9778);
    expect(Number.isNaN(Date.parse(detail.fetchedAt))).to.equal(false);
  });
});

describe('public API on a widget not yet in the page', () => {
  firstVisitEachTime();

  it('grantConsent() works before the element is connected, and the widget shows the forecast once it is', async () => {
    const el = document.createElement('kreis-wetter');
    await el.grantConsent();
    expect(el.consentState).to.equal('granted');
    document.body.append(el);
    await forecastShown(el);
    el.remove();
  });
});
