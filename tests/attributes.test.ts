import { expect, fixtureCleanup } from '@open-wc/testing';
import { html } from 'lit';
import './helpers/element.js';
import { forecastRequests } from './helpers/provider.js';
import { accept, mount, part, parts, visibleText, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

const requested = () =>
  forecastRequests().map((u) => [u.searchParams.get('latitude'), u.searchParams.get('longitude')]);
const heading = (el: Element) => el.shadowRoot!.querySelector('#kw-forecast-heading')!.textContent;

describe('attributes change what is requested and shown', () => {
  firstVisitEachTime();

  it('gemeinde picks the municipality', async () => {
    const el = await mount(html`<kreis-wetter gemeinde="duelmen"></kreis-wetter>`);
    await accept(el);
    expect(requested()).to.deep.equal([['51.83', '7.28']]);
    expect(heading(el)).to.equal('Wetter für Dülmen');
  });

  it('latitude and longitude override the municipality', async () => {
    const el = await mount(html`<kreis-wetter gemeinde="olfen" latitude="51.9275" longitude="7.354"></kreis-wetter>`);
    await accept(el);
    expect(requested()).to.deep.equal([['51.93', '7.35']]);
    expect(heading(el)).to.equal('Wetter für 51,93° N, 7,35° O');
  });

  it('days sets the number of days shown', async () => {
    const three = await mount(html`<kreis-wetter days="3"></kreis-wetter>`);
    await accept(three);
    expect(parts(three, 'day')).to.have.length(3);
    fixtureCleanup();
    const seven = await mount(html`<kreis-wetter days="7"></kreis-wetter>`);
    await waitFor(() => parts(seven, 'day').length > 0);
    expect(parts(seven, 'day')).to.have.length(7);
  });

  it('lang="en" speaks English with English number and date formats', async () => {
    const el = await mount(html`<kreis-wetter lang="en"></kreis-wetter>`);
    const facts = visibleText(part(el, 'facts'));
    expect(facts).to.include('Population');
    expect(facts).to.include('224,692');
    expect(facts).to.include('1,112 km²');
    expect(facts).to.include('31 December 2022');
    expect(part(el, 'accept-button')!.textContent).to.equal('Agree and load');
    await accept(el);
    // Day before month, English weekday; engines' CLDR versions differ only in the comma.
    expect(visibleText(parts(el, 'day')[0]!)).to.match(/^Tue,? 24\/11 Moderate rain 7° \/ 2° 90 %$/);
    expect(heading(el)).to.equal('Weather for Coesfeld');
  });

  it('takes the language of the page around it, and marks its own when it differs', async () => {
    const inherited = await mount(html`<div lang="en-GB"><kreis-wetter></kreis-wetter></div>`);
    expect(part(inherited, 'accept-button')!.textContent).to.equal('Agree and load');
    const own = await mount(html`<div lang="de"><kreis-wetter lang="en"></kreis-wetter></div>`);
    expect(own.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('en');
    expect(part(own, 'reject-button')!.textContent).to.equal('Decline');
  });

  it('the place select changes the place for the forecast', async () => {
    const el = await mount();
    await accept(el);
    const select = part<HTMLSelectElement>(el, 'location-select')!;
    expect(select.value).to.equal('coesfeld');
    expect([...select.options].map((o) => o.textContent)).to.have.length(11);
    select.value = 'senden';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => heading(el) === 'Wetter für Senden', 'heading did not follow the select');
    await waitFor(() => forecastRequests().length === 2);
    expect(requested()[1]).to.deep.equal(['51.86', '7.48']);
  });
});
