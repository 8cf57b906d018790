// Layout shift while our elements upgrade, on a page whose HTML holds them before our script arrives
// (bench/cls.html; run.js fills in the elements). A classic script in <head>, so the observer is
// there before the first paint. Sets `window.layoutShift`: a promise of the page's CLS once settled,
// and of what moved.
(() => {
  /** The script comes this long after the first paint: a slow CMS page, the case where a shift shows. */
  const LATE_MS = 300;
  /** Settled: no layout shift for this long after every element has rendered (late chunks included). */
  const QUIET_MS = 1000;
  /** ... or this long after the elements rendered, should something keep shifting. */
  const MAX_MS = 10_000;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  // CLS as Chrome's Web Vitals count it: shifts without recent input, in session windows (a gap
  // under 1 s, at most 5 s long); the score is the largest window.
  let cls = 0;
  let session = {value: 0, first: -Infinity, last: -Infinity};
  let lastChange = performance.now();
  const shifted = new Set();
  const describe = (node) => (node instanceof Element ? node.localName + (node.id ? `#${node.id}` : '') : node?.nodeName ?? '?');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      if (entry.startTime - session.last > 1000 || entry.startTime - session.first > 5000) {
        session = {value: 0, first: entry.startTime, last: entry.startTime};
      }
      session.value += entry.value;
      session.last = entry.startTime;
      cls = Math.max(cls, session.value);
      for (const source of entry.sources ?? []) shifted.add(describe(source.node));
      lastChange = performance.now();
    }
  }).observe({type: 'layout-shift', buffered: true});

  window.layoutShift = new Promise((resolve, reject) => addEventListener('load', async () => {
    await frame();
    await sleep(LATE_MS);
    const script = Object.assign(document.createElement('script'), {type: 'module', src: '/dist/cdn/scholingsfactoren.js'});
    const loaded = new Promise((onload, onerror) => Object.assign(script, {onload, onerror}));
    document.head.append(script);
    await loaded.catch(() => reject(new Error('bench: the CDN bundle did not load')));
    const elements = [...document.body.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    await Promise.all(elements.map(async (element) => {
      await customElements.whenDefined(element.localName);
      await element.updateComplete;
    }));
    const rendered = performance.now();
    lastChange = Math.max(lastChange, rendered);
    while (performance.now() - lastChange < QUIET_MS && performance.now() - rendered < MAX_MS) await sleep(100);
    resolve({cls, shifted: [...shifted]});
  }));
})();
