/**
 * The clock of "time to table", run in each page before any of its own scripts (Playwright's init
 * script; it takes the function's source, so it uses nothing from outside its body). Sets
 * `window.timeToTable`: a promise of the time from navigation start (`performance.now()` counts from
 * there) until the first painted frame that shows all `rows` rows, whoever renders them.
 *
 * A row is a `<tr>` of a `<tbody>` with six cells, in the document or in any shadow root (ours is in
 * one): a peer's "loading" or "nothing found" row has fewer. The rows are counted after every batch of
 * DOM changes (a MutationObserver: no polling interval, nothing done while nothing changes); shadow
 * roots are found by wrapping `attachShadow`, which Lit calls when our element is created. Once all
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
  let fail;
  window.timeToTable = new Promise((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const timer = setTimeout(() => fail(new Error(`time to table: not ${rows} rows after 60 s`)), 60_000);
  const rowsShown = () => roots.reduce((count, {root}) =>
    count + [...root.querySelectorAll('tbody > tr')].filter((row) => row.cells.length === 6).length, 0);
  const check = (records) => {
    if (found || !records.some((record) => record.addedNodes.length) || rowsShown() < rows) return;
    found = true;
    const inDom = performance.now();
    for (const {observer} of roots) observer.disconnect();
    requestAnimationFrame(() => scheduler.postTask(() => {
      clearTimeout(timer);
      finish({painted: performance.now(), inDom});
    }, {priority: 'user-blocking'}));
  };
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
