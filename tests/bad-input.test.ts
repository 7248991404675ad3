import { expect, fixtureCleanup } from '@open-wc/testing';
import { html } from 'lit';
import './helpers/element.js';
import { forecastRequests, resetProvider, startProvider } from './helpers/provider.js';
import { accept, forgetEverything, mount, part, parts, waitFor } from './helpers/widget.js';

describe('bad attribute values', () => {
  const warnings: string[] = [];
  const pageErrors: unknown[] = [];
  const originalWarn = console.warn;
  const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(e.reason);

  before(startProvider);
  beforeEach(async () => {
    await forgetEverything();
    resetProvider();
    warnings.length = 0;
    pageErrors.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    console.warn = originalWarn;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    fixtureCleanup();
  });

  it('are named in a warning, replaced by the defaults, and break nothing', async () => {
    const el = await mount(
      html`<kreis-wetter days="abc" gemeinde="atlantis" privacy-url="javascript:alert(1)"></kreis-wetter>`,
    );
    // The wording is a chunk of its own, fetched when a page has a bad value.
    await waitFor(() => warnings.some((w) => w.includes('days="abc"')), 'no warning named days');
    expect(warnings.some((w) => w.includes('gemeinde="atlantis"'))).to.equal(true, warnings.join('\n'));
    expect(warnings.some((w) => w.includes('privacy-url="javascript:alert(1)"'))).to.equal(true, warnings.join('\n'));
    // No link for a javascript: URL, anywhere.
    expect([...el.shadowRoot!.querySelectorAll('a')].some((a) => a.href.startsWith('javascript:'))).to.equal(false);
    await accept(el);
    expect(parts(el, 'day')).to.have.length(5);
    expect(forecastRequests()[0]!.searchParams.get('latitude')).to.equal('51.95');
    expect(pageErrors).to.deep.equal([]);
  });

  it('warns once per bad value, also when the value is changed later', async () => {
    const el = await mount(html`<kreis-wetter days="9"></kreis-wetter>`);
    el.setAttribute('gemeinde', 'nottuln');
    el.setAttribute('days', '0');
    await el.updateComplete;
    await waitFor(() => warnings.some((w) => w.includes('days="0"')), 'no warning for the later value');
    expect(warnings.filter((w) => w.includes('days="9"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('days="0"'))).to.have.length(1);
  });

  it('a lone latitude is reported and the municipality is used', async () => {
    const el = await mount(html`<kreis-wetter latitude="51.9"></kreis-wetter>`);
    await waitFor(
      () => warnings.some((w) => w.includes('latitude="51.9"') && w.includes('longitude')),
      'the lone latitude was not reported',
    );
    await accept(el);
    expect(forecastRequests()[0]!.searchParams.get('longitude')).to.equal('7.17');
  });

  it('a widget without privacy-url says so, naming the attribute', async () => {
    await mount(html`<kreis-wetter></kreis-wetter>`);
    await waitFor(
      () => warnings.some((w) => w.includes('privacy-url is missing')),
      'no word about the missing privacy-url',
    );
  });

  it('an unsupported lang falls back to the page language with a warning', async () => {
    const el = await mount(html`<div lang="en"><kreis-wetter lang="fr"></kreis-wetter></div>`);
    expect(warnings.some((w) => w.includes('lang="fr"'))).to.equal(true);
    await waitFor(() => part(el, 'accept-button')?.textContent === 'Agree and load');
  });
});
