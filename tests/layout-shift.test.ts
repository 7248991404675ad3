import { expect } from '@open-wc/testing';
import './helpers/element.js';
import { forecastKept, openPage } from './helpers/page.js';
import { click, forecastShown, settled } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';

type PageWindow = Window & {
  heights: { height: number; at: number }[];
  layoutShifts: (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
};

const withTextBelow = (days: number) =>
  `<kreis-wetter days="${days}"></kreis-wetter><p>Text of the page below the widget.</p>`;

describe('no layout shift when the forecast arrives for a returning visitor', () => {
  firstVisitEachTime();

  for (const days of [1, 5, 7]) {
    it(`the widget keeps the height it reserved from its first frame on (${days} days)`, async () => {
      const first = await openPage({ html: withTextBelow(days) });
      await settled(first.widget());
      click(first.widget(), 'accept-button');
      await forecastShown(first.widget());
      await forecastKept();
      await first.close();

      const returning = await openPage({ html: withTextBelow(days) });
      await forecastShown(returning.widget());
      await new Promise((r) => setTimeout(r, 300));
      const { heights, layoutShifts } = returning.window as PageWindow;
      // From the widget's first rendered frame on; before it the element is not defined yet, and
      // the space it takes then is the page's to reserve (README "Layout").
      const rendered = heights.filter((h) => h.height > 0);
      expect(
        new Set(rendered.map((h) => h.height)).size,
        `heights: ${rendered.map((h) => h.height).join(', ')}`,
      ).to.equal(1);

      // Chromium also reports the shift score itself (Layout Instability API): 0, where ≤ 0.1 is "good".
      const firstFrame = rendered[0]!.at;
      const score = layoutShifts
        .filter((s) => !s.hadRecentInput && s.startTime > firstFrame)
        .reduce((sum, s) => sum + s.value, 0);
      expect(score).to.equal(0);
    });
  }
});
