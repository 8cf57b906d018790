/**
 * The clock of "time to table", run in each page before any of its own scripts (Playwright's init
 * script; it takes the function's source, so it uses nothing from outside its body). Sets
 * `window.timeToTable`: a promise of the time from navigation start (`performance.now()` counts from
 * there) until the first painted frame that shows all `rows` rows, whoever renders them.
 *
 * A row is a `<tr>` of a `<tbody>` with six cells, in the document or in any shadow root (ours is in
 * one): a peer's "loading" or "nothing found" row has fewer. The rows are counted after every batch of
 * DOM changes (a MutationObserver: no polling interval, nothing done while nothing changes); shadow
 * roots are found by wrapping `attachShadow`, which Lit calls when our element is created, and on the
 * hosts the parser adds (a server-rendered element's declarative shadow root). It runs in every frame;
 * a table in an iframe is timed in its frame. Once all
 * rows are there, a rAF callback runs at the start of the next frame, before its style, layout and
 * paint; a task posted from it runs once that frame's rendering work is done, and its
 * `performance.now()` is the figure. The task is user-blocking (`scheduler.postTask`), so a timer or
 * message a table queued before the frame does not run first and count in it. It includes style,
 * layout and paint on the main thread, not the raster and compositing that follow off it, the same end
 * point as the bench's other "painted" timings (bench/measure.js).
 */
export function probeTimeToTable(rows) {
  const roots = [];
  let found = false;
  let finish;
  window.timeToTable = new Promise((resolve) => (finish = resolve));
  // Said, not thrown: the page around a framed table never gets its rows, and nobody waits for it.
  const timer = setTimeout(() => finish({error: `time to table: not ${rows} rows after 60 s`}), 60_000);
  const rowsShown = () => roots.reduce((count, {root}) =>
    count + [...root.querySelectorAll('tbody > tr')].filter((row) => row.cells.length === 6).length, 0);
  // A server-rendered element brings its shadow root in the HTML (declarative shadow DOM): the parser
  // attaches it, not attachShadow, once the element's template is closed, and that is no change of the
  // page a MutationObserver sees. So an element with a dash in its name that had no shadow root when it was
  // added is looked at again at the start of every frame, until it has one.
  const hostsWithoutRoot = new Set();
  const watchDeclaredRoots = (node) => {
    if (!(node instanceof Element)) return;
    for (const element of [node, ...node.querySelectorAll('*')]) {
      if (element.shadowRoot && !roots.some(({root}) => root === element.shadowRoot)) watch(element.shadowRoot);
      else if (!element.shadowRoot && element.localName.includes('-')) hostsWithoutRoot.add(element);
    }
  };
  const allThere = () => {
    if (found || rowsShown() < rows) return;
    found = true;
    const inDom = performance.now();
    for (const {observer} of roots) observer.disconnect();
    requestAnimationFrame(() => scheduler.postTask(() => {
      clearTimeout(timer);
      // With the time origin: a table in an iframe counts from its frame's navigation, the bench from the page's.
      finish({painted: performance.now(), inDom, timeOrigin: performance.timeOrigin});
    }, {priority: 'user-blocking'}));
  };
  const check = (records) => {
    if (found || !records.some((record) => record.addedNodes.length)) return;
    for (const record of records) record.addedNodes.forEach(watchDeclaredRoots);
    allThere();
  };
  const lookAgain = () => {
    if (found) return;
    for (const host of hostsWithoutRoot) {
      if (!host.shadowRoot) continue;
      hostsWithoutRoot.delete(host);
      watch(host.shadowRoot);
      allThere();
    }
    requestAnimationFrame(lookAgain);
  };
  requestAnimationFrame(lookAgain);
  const watch = (root) => {
    const observer = new MutationObserver(check);
    observer.observe(root, {childList: true, subtree: true});
    roots.push({root, observer});
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (!found) watch(root);
    return root;
  };
  watch(document);
}
