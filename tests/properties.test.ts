import { expect } from '@open-wc/testing';
import './helpers/element.js';
import { openPage } from './helpers/page.js';
import { forecastRequests } from './helpers/provider.js';
import { accept, forecastShown, mount, part, parts, settled, visibleText, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

type Settable = Record<string, unknown>;

/** Each property with a value to set and the attribute text it stands for. */
const PROPERTIES: [property: string, attribute: string, value: unknown, text: string][] = [
  ['gemeinde', 'gemeinde', 'olfen', 'olfen'],
  ['latitude', 'latitude', 51.9275, '51.9275'],
  ['longitude', 'longitude', 7.354, '7.354'],
  ['days', 'days', 3, '3'],
  ['privacyUrl', 'privacy-url', '/datenschutz', '/datenschutz'],
  ['consentVersion', 'consent-version', '2026-11', '2026-11'],
  ['consentMaxAge', 'consent-max-age', 30, '30'],
  ['headingLevel', 'heading-level', 4, '4'],
  ['timeout', 'timeout', 20, '20'],
];

describe('properties, as frameworks set them', () => {
  firstVisitEachTime();

  it('every attribute has a property that sets it and reads back the value in use', async () => {
    const el = await mount();
    for (const [property, attribute, value, text] of PROPERTIES) {
      (el as unknown as Settable)[property] = value;
      expect(el.getAttribute(attribute), property).to.equal(text);
    }
    for (const [property, , value, text] of PROPERTIES) {
      const read = (el as unknown as Settable)[property];
      expect(read, property).to.equal(property === 'privacyUrl' ? new URL(text, location.href).href : value);
    }
    // null removes the attribute, and the property reads the default again.
    el.days = null as unknown as number;
    expect(el.hasAttribute('days')).to.equal(false);
    expect(el.days).to.equal(5);
  });

  it('a property has the same effect as its attribute: days, place and heading level', async () => {
    const el = await mount();
    el.days = 3;
    el.gemeinde = 'duelmen';
    el.headingLevel = 4;
    await accept(el);
    expect(parts(el, 'day')).to.have.length(3);
    expect(forecastRequests()[0]!.searchParams.get('latitude')).to.equal('51.83');
    expect(el.shadowRoot!.querySelector('#kw-title')!.getAttribute('aria-level')).to.equal('4');
    // A later update from the framework is not dropped (the trap of an attribute-only element).
    el.days = 7;
    await waitFor(() => parts(el, 'day').length === 7, 'the later days were not shown');
  });

  it('a bad value set as a property is warned about by name and the default is used', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await mount();
      el.days = 99;
      expect(el.days).to.equal(5);
      await waitFor(() => warnings.some((w) => w.includes('days="99"')), 'no warning named days');
    } finally {
      console.warn = warn;
    }
  });

  it('a consent property that is not valid fails closed, read back as null', async () => {
    const el = await mount();
    el.consentVersion = '2026/11 neu';
    expect(el.consentVersion).to.equal(null);
    await el.updateComplete;
    expect(el.consentState).to.equal('unknown');
  });

  it('properties set before the element is defined are taken over, as a framework may do', async () => {
    // The page sets properties on the tag before the widget's script has defined it.
    const page = await openPage({ html: '<div id="slot"></div>', bundle: 'later' });
    const doc = page.frame.contentDocument!;
    const el = doc.createElement('kreis-wetter');
    (el as unknown as Settable).days = 2;
    (el as unknown as Settable).gemeinde = 'nottuln';
    doc.getElementById('slot')!.append(el);
    await (page.window as unknown as { loadWidget: () => Promise<void> }).loadWidget();
    await settled(el);
    expect(el.getAttribute('days')).to.equal('2');
    expect(el.gemeinde).to.equal('nottuln');
    await el.grantConsent();
    await forecastShown(el);
    expect(parts(el, 'day')).to.have.length(2);
    expect(visibleText(part(el, 'forecast'))).to.include('Nottuln');
    await page.close();
  });
});
