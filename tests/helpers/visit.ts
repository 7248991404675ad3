import { fixtureCleanup } from '@open-wc/testing';
import { closePages } from './page.js';
import { resetProvider, startProvider } from './provider.js';
import { forgetEverything } from './widget.js';

/**
 * Every test of the calling `describe` starts as a first-time visitor: msw answering with the
 * sample, no stored decision, no kept forecast, an empty request log; and ends with its widgets
 * and test pages removed.
 */
export function firstVisitEachTime(): void {
  before(startProvider);
  beforeEach(async () => {
    await forgetEverything();
    resetProvider();
  });
  afterEach(() => {
    fixtureCleanup();
    closePages();
  });
}
