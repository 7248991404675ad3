import { expect } from '@open-wc/testing';
import './helpers/element.js';
import { openPage } from './helpers/page.js';
import { forecastRequests } from './helpers/provider.js';
import { click, forecastShown, part, parts, settled, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { storeValue } from './helpers/stored.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('storage that does not work', () => {
  firstVisitEachTime();

  for (const storage of ['blocked', 'missing'] as const) {
    it(`with IndexedDB ${storage}, the widget works for the visit and nothing escapes`, async () => {
      const page = await openPage({
        storage,
        html: '<kreis-wetter></kreis-wetter><kreis-wetter gemeinde="olfen"></kreis-wetter>',
      });
      const [first, second] = [page.widget(0), page.widget(1)];
      await settled(first);
      click(first, 'accept-button');
      await forecastShown(first);
      await forecastShown(second); // the decision is shared in memory
      click(second, 'revoke-button');
      await waitFor(() => part(first, 'consent') !== null && part(second, 'consent') !== null);
      expect(page.problems()).to.deep.equal([]);
      // Nothing alarming for the visitor: no error part anywhere.
      expect(part(first, 'error')).to.equal(null);
      await page.close();
    });
  }
});

describe('the stored decision', () => {
  firstVisitEachTime();

  it('counts as none when it is not a record the widget wrote', async () => {
    for (const garbage of [
      { granted: 'yes', version: '1', decidedAt: Date.now() },
      'granted',
      { granted: true },
      { granted: true, version: '1', decidedAt: 'today' },
    ]) {
      await storeValue('consent', garbage);
      const page = await openPage();
      await settled(page.widget());
      expect(page.widget().consentState, JSON.stringify(garbage)).to.equal('unknown');
      expect(part(page.widget(), 'reject-button')).to.exist;
      await page.close();
    }
    expect(forecastRequests()).to.have.length(0);
  });

  it('other tabs follow a decision within a second', async () => {
    const [a, b] = [await openPage(), await openPage()];
    await settled(a.widget());
    await settled(b.widget());
    click(a.widget(), 'accept-button');
    const granted = performance.now();
    // The decision is followed within a second; the forecast then takes what its request takes.
    await waitFor(() => b.widget().consentState === 'granted', 'other tab did not follow', 1000);
    expect(performance.now() - granted).to.be.below(1000);
    await waitFor(() => parts(b.widget(), 'day').length > 0, 'other tab showed no forecast', 8000);

    await a.widget().resetConsent();
    await waitFor(() => part(b.widget(), 'consent') !== null, 'other tab did not forget', 1000);
    expect(b.widget().consentState).to.equal('unknown');
    await a.close();
    await b.close();
  });

  it('is not changed by a malformed message from another tab', async () => {
    const page = await openPage();
    await settled(page.widget());
    await page.widget().grantConsent();
    await forecastShown(page.widget());
    const channel = new BroadcastChannel('kreis-wetter-consent');
    channel.postMessage({ granted: false, version: 1 });
    channel.postMessage('revoke');
    channel.postMessage({ granted: false, version: '1', decidedAt: -5 });
    await pause(300);
    channel.close();
    expect(page.widget().consentState).to.equal('granted');
    expect(parts(page.widget(), 'day').length).to.be.greaterThan(0);
    await page.close();
  });
});
