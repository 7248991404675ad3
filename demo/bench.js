// @ts-check
/**
 * Measuring hooks of bench.html, read by scripts/bench.mjs through `window.kwBench`. A classic
 * script in <head>, so it runs before the widget bundle (a module) and misses nothing. Times are
 * milliseconds since navigation start (`performance.now()`).
 */
(() => {
  /** Parts whose arrival is timed: the consent notice and the forecast days. */
  const PARTS = ['consent', 'day'];

  // Long tasks (over 50 ms by definition) of the whole page life; `buffered` also delivers those
  // that ended before the observer was registered.
  /** @type {PerformanceEntry[]} */
  const longTasks = [];
  const longTaskObserver = new PerformanceObserver((list) => void longTasks.push(...list.getEntries()));
  longTaskObserver.observe({ type: 'longtask', buffered: true });

  /** @type {Map<string, Promise<number>>} */
  const shownAt = new Map();
  /** @type {Map<string, (time: number) => void>} parts not yet shown by every widget */
  const pending = new Map();
  for (const part of PARTS) shownAt.set(part, new Promise((resolve) => pending.set(part, resolve)));

  /** @type {Element[]} */
  let widgets = [];

  /** Runs after every change in any widget's shadow root. */
  function check() {
    for (const [part, resolve] of pending) {
      if (widgets.length === 0 || !widgets.every((w) => w.shadowRoot?.querySelector(`[part~="${part}"]`))) continue;
      pending.delete(part);
      // The change is in the DOM; count it as shown once the frame with it has been rendered:
      // style, layout and paint of that frame run after the rAF callbacks, before the message.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    }
  }

  // Once the bundle has registered the element, every widget has its (open) shadow root.
  void customElements.whenDefined('kreis-wetter').then(() => {
    widgets = [...document.querySelectorAll('kreis-wetter')];
    const observer = new MutationObserver(check);
    for (const widget of widgets) {
      if (widget.shadowRoot)
        observer.observe(widget.shadowRoot, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['part'],
        });
    }
    check();
  });

  /** @type {any} */ (window).kwBench = {
    /** Number of widgets on the page (once the element is defined). */
    widgetCount: () => widgets.length,
    /**
     * When every widget first showed `part` (`consent` or `day`).
     * @param {string} part
     */
    shownAt: (part) => shownAt.get(part),
    /**
     * Long tasks that started in [from, to).
     * @param {number} from
     * @param {number} to
     */
    longTasks(from, to) {
      longTasks.push(...longTaskObserver.takeRecords());
      const inWindow = longTasks.filter((task) => task.startTime >= from && task.startTime < to);
      return { count: inWindow.length, longestMs: Math.max(0, ...inWindow.map((task) => task.duration)) };
    },
  };
})();
