import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './helpers/page.js';
import { forecastRequests, thirdPartyRequests } from './helpers/provider.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { click, forecastShown, parts, settled } from './helpers/widget.js';

// The built bundle (dist/), as a site loads it: what arrives before and after consent.
describe('the built bundle', () => {
  // A first-time visitor: whatever an earlier test file left stored would show the forecast at once.
  firstVisitEachTime();

  it('loads no forecast code before consent, and exactly the forecast chunk after it', async () => {
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    // The one chunk this page loads before consent besides the entry: the wording of the warning
    // for its missing privacy-url. It arrives on its own time, so the snapshot waits for it.
    await waitUntil(() => page.warnings().some((w) => w.includes('privacy-url')), 'no warning named privacy-url');
    await new Promise((r) => setTimeout(r, 300)); // an absence: time for forecast code to (wrongly) start
    const before = page.scripts();
    expect(before, before.join(', ')).to.have.length(2);
    expect(before).to.include('/dist/kreis-wetter.js');
    expect(before.find((s) => s !== '/dist/kreis-wetter.js')).to.match(/^\/dist\/attribute-messages-[\w-]+\.js$/);
    expect(thirdPartyRequests()).to.have.length(0);

    click(el, 'accept-button');
    await forecastShown(el);
    // The forecast chunk, and with it the writing code it imports, unless a write fetched that before.
    const added = page.scripts().filter((s) => !before.includes(s) && !/^\/dist\/store-writes-[\w-]+\.js$/.test(s));
    expect(added, added.join(', ')).to.have.length(1);
    expect(added[0]).to.match(/^\/dist\/forecast-[\w-]+\.js$/);
    expect(forecastRequests()).to.have.length(1);
    expect(parts(el, 'day')).to.have.length(5);
    await el.resetConsent();
    await page.close();
  });
});
