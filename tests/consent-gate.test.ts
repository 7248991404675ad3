import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import './helpers/element.js';
import {
  forecastRequests,
  OWN_PROXY,
  PROVIDERS,
  ROUTES,
  thirdPartyRequests,
  thirdPartyResources,
  type ApiRoute,
} from './helpers/provider.js';
import { openPage, type TestPage } from './helpers/page.js';
import { accept, click, mount, part, parts, settled, visibleText, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

/** The forecast chunk, if a page (a fresh one: a realm that has not loaded it yet) loaded it. */
const forecastScripts = (page: TestPage) => page.scripts().filter((path) => /\/dist\/forecast-[\w-]+\.js$/.test(path));

/**
 * Who the notice names as receiving the visitor's IP address: the services, or the site's server,
 * which asks them in its own name.
 */
const RECIPIENTS = new Map<ApiRoute, { intro: string; withWarnings: string[]; forecastOnly: string }>([
  [
    PROVIDERS,
    {
      intro: 'Dabei erhält jeder der beiden Dienste Ihre IP-Adresse',
      withWarnings: ['OpenMeteo GmbH, Schweiz (Vorhersage)', 'Bright Sky, ein freier Dienst von Jakob de Maeyer'],
      forecastOnly: 'Empfänger: OpenMeteo GmbH, Schweiz.',
    },
  ],
  [
    OWN_PROXY,
    {
      intro: 'Dabei erhält der Server dieser Website Ihre IP-Adresse',
      withWarnings: ['Empfänger: der Server dieser Website, der die Wetterdienste in eigenem Namen fragt'],
      forecastOnly: 'Empfänger: der Server dieser Website, der die Wetterdienste in eigenem Namen fragt',
    },
  ],
]);

// The gate holds whichever route the site chose: every test runs with the providers asked
// directly, and with both services behind the site's own proxy (relative forecast-api and
// warnings-api), where moreover nothing but the page's own origin may be asked.
for (const route of ROUTES) {
  const api = unsafeStatic(route.attributes);
  const recipients = RECIPIENTS.get(route)!;

  describe(`before consent, through ${route.name}`, () => {
    firstVisitEachTime(route);

    it('shows the district facts with date and source, and links to all 11 municipalities', async () => {
      const el = await mount(html`<kreis-wetter ${api}></kreis-wetter>`);
      const facts = visibleText(part(el, 'facts'));
      expect(facts).to.include('1.112 km²');
      expect(facts).to.include('224.692');
      expect(facts).to.include('31. Dezember 2022');
      expect(facts).to.include('IT.NRW');
      const links = [...part(el, 'municipalities')!.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Ascheberg',
        'Billerbeck',
        'Coesfeld',
        'Dülmen',
        'Havixbeck',
        'Lüdinghausen',
        'Nordkirchen',
        'Nottuln',
        'Olfen',
        'Rosendahl',
        'Senden',
      ]);
      for (const a of links) expect(new URL(a.href).protocol).to.equal('https:');
    });

    it('asks for consent, naming Open-Meteo, who receives what and where the choice is kept', async () => {
      const el = await mount(html`<kreis-wetter ${api}></kreis-wetter>`);
      const notice = visibleText(part(el, 'consent'));
      expect(notice).to.include('Open-Meteo');
      expect(notice).to.include(recipients.intro);
      expect(notice).to.include('Deutschen Wetterdienstes');
      expect(notice).to.include('nur in diesem Browser');
      expect(part(el, 'accept-button')).to.exist;
      expect(part(el, 'reject-button')).to.exist;
    });

    it('informs completely before consent: every datum sent, for what, kept how long, how to withdraw, who is responsible', async () => {
      const el = await mount(html`<kreis-wetter ${api} privacy-url="/datenschutz"></kreis-wetter>`);
      // The first layer already says that a yes can be withdrawn at any time, and where.
      expect(visibleText(part(el, 'consent'))).to.include('jederzeit unter der Vorhersage widerrufen');
      const details = part(el, 'consent')!.querySelector('details')!;
      details.open = true;
      // The second layer comes from the widget's own origin when opened: still no third party.
      await waitFor(() => details.querySelectorAll('li').length > 0, 'the details did not arrive');
      const text = visibleText(details);
      for (const said of [
        ...recipients.withWarnings,
        'Ihnen die Vorhersage und die amtlichen Unwetterwarnungen für den gewählten Ort zu liefern', // purpose
        'Ihre IP-Adresse',
        'auf etwa 1 km gerundet',
        'die Adresse dieser Website',
        'Sprache und Typ Ihres Browsers', // what is sent
        'höchstens 182 Tage',
        'für bis zu 20 Orte, je höchstens 24 Stunden', // what is kept, how long
        '„Zustimmung widerrufen“', // how to withdraw
        'Verantwortlich ist der Betreiber dieser Website', // who is responsible
      ]) {
        expect(text).to.include(said);
      }
      expect([...part(el, 'consent')!.querySelectorAll('a')].map((a) => a.textContent)).to.include.members([
        'Datenschutzhinweise von Open-Meteo',
        'Datenschutzerklärung dieser Website',
      ]);
      expect(thirdPartyRequests()).to.have.length(0);
    });

    it('names only the recipients the site configured: without warnings, Open-Meteo alone', async () => {
      const el = await mount(html`<kreis-wetter ${api} warnings="off"></kreis-wetter>`);
      expect(visibleText(part(el, 'consent'))).not.to.include('Bright Sky');
      const details = part(el, 'consent')!.querySelector('details')!;
      details.open = true;
      await waitFor(() => details.querySelectorAll('li').length > 0, 'the details did not arrive');
      const text = visibleText(details);
      expect(text).to.include(recipients.forecastOnly);
      expect(text).to.include('Zweck: Ihnen die Vorhersage für den gewählten Ort zu liefern.');
      expect(text).not.to.include('Bright Sky');
    });

    it('informs as completely in English', async () => {
      const el = await mount(html`<kreis-wetter ${api} lang="en" consent-max-age="30"></kreis-wetter>`);
      expect(visibleText(part(el, 'consent'))).to.include('you can withdraw it at any time below the forecast');
      const details = part(el, 'consent')!.querySelector('details')!;
      details.open = true;
      await waitFor(() => details.querySelectorAll('li').length > 0, 'the details did not arrive');
      const text = visibleText(details);
      for (const said of [
        'your IP address',
        'rounded to about 1 km',
        "this website's address",
        "your browser's language and type",
        'for at most 30 days',
        'Withdraw consent',
      ]) {
        expect(text).to.include(said);
      }
    });

    it('makes no third-party request and does not load the forecast code', async () => {
      const page = await openPage({ html: `<kreis-wetter ${route.attributes}></kreis-wetter>` });
      await settled(page.widget());
      await new Promise((r) => setTimeout(r, 300));
      expect(part(page.widget(), 'consent')).to.exist;
      expect(thirdPartyRequests()).to.have.length(0);
      expect(page.otherOrigins()).to.deep.equal([]);
      expect(thirdPartyResources()).to.deep.equal([]);
      expect(forecastScripts(page)).to.deep.equal([]);
    });
  });

  describe(`accepting, through ${route.name}`, () => {
    firstVisitEachTime(route);

    it('loads the forecast code, makes one request for the place and shows five days of the mocked data', async () => {
      const page = await openPage({ html: `<kreis-wetter ${route.attributes}></kreis-wetter>` });
      const el = page.widget();
      await settled(el);
      await accept(el);
      expect(forecastScripts(page).length).to.be.greaterThan(0);
      const requests = forecastRequests();
      expect(requests).to.have.length(1);
      const params = requests[0]!.searchParams;
      expect(params.get('latitude')).to.equal('51.95');
      expect(params.get('longitude')).to.equal('7.17');
      expect(params.get('models')).to.equal('icon_seamless');
      expect(params.get('timezone')).to.equal('Europe/Berlin');
      const days = parts(el, 'day');
      expect(days).to.have.length(5);
      // Sample data: Tuesday 24 November, moderate rain, 7.4 °C / 1.6 °C, 90 % chance of rain.
      expect(visibleText(days[0]!)).to.equal('Di., 24.11. Mäßiger Regen 7° / 2° 90 %');
      expect(visibleText(part(el, 'forecast'))).to.include('Open-Meteo.com');
    });

    it('offers reject as the same kind of control, and reject requests nothing', async () => {
      const el = await mount(html`<kreis-wetter ${api}></kreis-wetter>`);
      const accept = part(el, 'accept-button')!;
      const reject = part(el, 'reject-button')!;
      expect(reject.tagName).to.equal(accept.tagName);
      expect(getComputedStyle(reject).fontWeight).to.equal(getComputedStyle(accept).fontWeight);
      click(el, 'reject-button');
      await new Promise((r) => setTimeout(r, 300));
      expect(el.consentState).to.equal('denied');
      expect(part(el, 'accept-button')).to.exist;
      expect(thirdPartyRequests()).to.have.length(0);
    });

    it('shows a link to the site privacy policy when privacy-url is set', async () => {
      const el = await mount(html`<kreis-wetter ${api} privacy-url="/datenschutz"></kreis-wetter>`);
      const link = [...part(el, 'consent')!.querySelectorAll('a')].find((a) =>
        a.textContent?.includes('Datenschutzerklärung'),
      );
      expect(link?.getAttribute('href')).to.equal(new URL('/datenschutz', location.href).href);
    });
  });
}
