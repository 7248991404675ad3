// The tests' visits happen on the day of the recorded sample answer (Tuesday 24 November 2026, the
// sample fetched at 14:15): the widget's clock (Date.now) runs from 14:20 that day, Berlin time.
// The test pages load this before the bundle, and a page in an iframe takes the test window's
// clock, so every realm of a test agrees on the time (plus a page's own `offset`: a later visit).
export const SAMPLE_NOW = Date.parse('2026-11-24T14:20:00+01:00');

type Clocked = Window & { kwClockShift?: number };

/** Sets this window's Date.now to the sample day, `offset` ms later; returns the shift applied. */
export function liveOnSampleDay(offset = 0): number {
  const real = Date.now.bind(Date);
  const top = window.parent as Clocked;
  const base =
    (window as Clocked).kwClockShift ??
    (top !== (window as Window) ? top.kwClockShift : undefined) ??
    SAMPLE_NOW - real();
  (window as Clocked).kwClockShift = base;
  Date.now = () => real() + base + offset;
  return base + offset;
}
