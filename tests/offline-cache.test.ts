import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import './helpers/element.js';
import { forecastKept, openPage } from './helpers/page.js';
import { answerWith, forecastRequests } from './helpers/provider.js';
import { click, errorShown, forecastShown, part, parts, settled, visibleText, waitFor } from './helpers/widget.js';
import { storedValue } from './helpers/stored.js';
import { firstVisitEachTime } from './helpers/visit.js';

const MINUTE = 60_000;

async function firstVisit() {
  const page = await openPage();
  await settled(page.widget());
  click(page.widget(), 'accept-button');
  await forecastShown(page.widget());
  await forecastKept();
  await page.close();
}

describe('the last good forecast', () => {
  firstVisitEachTime();

  it('is reused for up to 30 minutes without any request', async () => {
    await firstVisit();
    expect(forecastRequests()).to.have.length(1);
    const later = await openPage({ clock: 25 * MINUTE });
    await forecastShown(later.widget());
    expect(forecastRequests()).to.have.length(1);
    await later.close();
  });

  it('is fetched anew after 30 minutes', async () => {
    await firstVisit();
    const later = await openPage({ clock: 31 * MINUTE });
    await forecastShown(later.widget());
    expect(forecastRequests()).to.have.length(2);
    await later.close();
  });

  it('stands in, with its age, when a new request fails', async () => {
    await firstVisit();
    answerWith(() => HttpResponse.error());
    const offline = await openPage({ clock: 3 * 60 * MINUTE });
    const el = offline.widget();
    await forecastShown(el);
    await errorShown(el);
    const text = visibleText(part(el, 'forecast'));
    expect(text).to.include('Stand: 14:20.');
    expect(text).to.include('konnte nicht geladen werden');
    expect(part(el, 'retry-button')).to.exist;
    expect(offline.problems()).to.deep.equal([]);
    await offline.close();
  });

  it('stands in the next day too, naming its date, with the days that are not over', async () => {
    await firstVisit();
    answerWith(() => HttpResponse.error());
    const nextMorning = await openPage({ clock: 20 * 60 * MINUTE }); // Wednesday 10:20
    const el = nextMorning.widget();
    await forecastShown(el);
    await errorShown(el);
    const text = visibleText(part(el, 'forecast'));
    expect(text).to.include('Stand: 24.11., 14:20.');
    // Tuesday is over: the first day shown is Wednesday, and there is no "now" from yesterday.
    expect(visibleText(parts(el, 'day')[0]!)).to.match(/^Mi\., 25\.11\./);
    expect(el.shadowRoot!.querySelector('.current')).to.equal(null);
    await nextMorning.close();
  });

  it('is deleted, not shown, once it is older than a day', async () => {
    await firstVisit();
    answerWith(() => HttpResponse.error());
    const later = await openPage({ clock: 25 * 60 * MINUTE });
    const el = later.widget();
    await errorShown(el);
    expect(parts(el, 'day')).to.have.length(0);
    await waitFor(async () => (await storedValue('forecasts')) === undefined, 'the outlived forecast was not deleted');
    await later.close();
  });

  it('is deleted when consent is withdrawn', async () => {
    await firstVisit();
    const page = await openPage();
    await forecastShown(page.widget());
    click(page.widget(), 'revoke-button');
    await waitFor(() => part(page.widget(), 'consent') !== null, 'the notice did not return');
    await page.widget().grantConsent();
    await forecastShown(page.widget());
    // The kept copy is gone, so agreeing again means a new request.
    expect(forecastRequests()).to.have.length(2);
    await page.close();
  });
});
