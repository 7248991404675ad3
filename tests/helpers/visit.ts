import { fixtureCleanup } from '@open-wc/testing';
import { closePages } from './page.js';
import { expect } from '@open-wc/testing';
import {
  PROVIDERS,
  resetProvider,
  startProvider,
  thirdPartyRequests,
  thirdPartyResources,
  useRoute,
  type ApiRoute,
} from './provider.js';
import { forgetEverything } from './widget.js';

/**
 * Every test of the calling `describe` starts as a first-time visitor: msw answering with the
 * sample, no stored decision, no kept forecast, an empty request log; and ends with its widgets
 * and test pages removed. The request helpers count the requests on `route`, the one the test's
 * widgets are configured for; where that is the site's own origin, every test also ends with a
 * check that the page (and its test pages) asked no other origin for anything.
 */
export function firstVisitEachTime(route: ApiRoute = PROVIDERS): void {
  before(startProvider);
  beforeEach(async () => {
    useRoute(route);
    await forgetEverything();
    resetProvider();
  });
  afterEach(async () => {
    fixtureCleanup();
    await closePages();
  });
  if (route.ownOrigin) {
    afterEach('only the page’s own origin was asked', () => {
      expect(thirdPartyRequests().map((r) => r.url)).to.deep.equal([]);
      expect(thirdPartyResources()).to.deep.equal([]);
    });
  }
}
