import { expect } from '@open-wc/testing';
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
    await new Promise((r) => setTimeout(r, 300));
    const before = page.scripts();
    expect(before).to.include('/dist/kreis-wetter.js');
    expect(before.filter((s) => s.includes('forecast'))).to.deep.equal([]);
    expect(thirdPartyRequests()).to.have.length(0);

    click(el, 'accept-button');
    await forecastShown(el);
    // The forecast chunk, and with it the writing code it imports, unless a write fetched that before.
    const added = page.scripts().filter((s) => !before.includes(s) && !/^\/dist\/store-writes-[\w-]+\.js$/.test(s));
    expect(added).to.have.length(1);
    expect(added[0]).to.match(/^\/dist\/forecast-[\w-]+\.js$/);
    expect(forecastRequests()).to.have.length(1);
    expect(parts(el, 'day')).to.have.length(5);
    await el.resetConsent();
    await page.close();
  });
});
