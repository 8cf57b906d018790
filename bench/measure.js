// Page side of `npm run bench` (bench/run.js drives it through `window.bench`): renders the same rows
// with <factor-table>, simple-datatables and Grid.js and times every step with one method, so they compare.
import {Grid} from '/node_modules/gridjs/dist/gridjs.module.js';
import {DataTable} from '/node_modules/simple-datatables/dist/module.js';
import {gridjsOptions, peerRowsOf, SEARCHED, simpleDatatablesOptions} from './peers.js';

/**
 * The character typed into the search box. It is not in the first row ("goede coaching … De Greef"),
 * so the first row must change once the filter has run, and it matches about two thirds of the rows:
 * a big result, the expensive kind of keystroke.
 */
const KEY = 'u';
/**
 * Before each step the table must be idle: no DOM change for this long (our live region speaks
 * 600 ms after a change; Grid.js throttles its processing to once per 100 ms).
 */
const QUIET_MS = 300;

const bundled = await (await fetch('/data/landscape.json')).json();

/** A dataset of `size` rows: the real rows, copied under new ids. */
const datasetOf = (size) => ({...bundled, factors: Array.from({length: size}, (_, i) => {
  const base = bundled.factors[i % bundled.factors.length];
  return {...base, id: `${base.id}-${i}`};
})});

/** A peer's table goes into a container of its own, as on a page. */
function containerOnPage() {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

/** What differs between the tables; every measurement below goes through these alone. */
const contenders = {
  /** Ours with the rows given as `data` (validated on first use), as the peers are given theirs. */
  ours: {
    input: (size) => datasetOf(size),
    mount(data) {
      const table = document.createElement('factor-table');
      table.data = data;
      document.body.append(table);
      return table;
    },
    root: (table) => table.shadowRoot,
    search: (table) => table.shadowRoot.querySelector('input[type="search"]'),
    sortButton: (table) => table.shadowRoot.querySelector('th.col-factor button'),
  },
  /** Ours on its bundled dataset (83 rows), as the CMS snippet shows it: no input at all. */
  oursBundled: {
    input: () => null,
    mount() {
      const table = document.createElement('factor-table');
      document.body.append(table);
      return table;
    },
    root: (table) => table.shadowRoot,
    search: (table) => table.shadowRoot.querySelector('input[type="search"]'),
    sortButton: (table) => table.shadowRoot.querySelector('th.col-factor button'),
    /** An <actor-filter> above the table, in its group (the page's), as the README's CMS page has it. */
    async mountFilter(table) {
      const filter = document.createElement('actor-filter');
      table.before(filter);
      await customElements.whenDefined('actor-filter');
      await filter.updateComplete;
      return filter.shadowRoot.querySelector('button[data-value="werkgever"]');
    },
  },
  simpleDatatables: {
    input: (size) => peerRowsOf(datasetOf(size)),
    mount(rows) {
      const container = containerOnPage();
      // Given a container, it makes the <table> in it and then wraps that in its search box and frame.
      current.table = new DataTable(container, current.filterable ? withActorColumnSearchable(simpleDatatablesOptions(rows)) : simpleDatatablesOptions(rows));
      return container;
    },
    root: (container) => container,
    search: (container) => container.querySelector('.datatable-input'),
    sortButton: (container) => container.querySelectorAll('thead th')[1].querySelector('button'),
    /**
     * Its way to a filter button: one that searches the "Wie" column for the actor (multiSearch, which
     * needs that column searchable: the phone case makes it so, see prepare).
     */
    async mountFilter(container) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Werkgever';
      button.addEventListener('click', () => current.table.multiSearch([{terms: ['werkgever'], columns: [3]}], 'wie'));
      container.before(button);
      return button;
    },
  },
  gridjs: {
    input: (size) => peerRowsOf(datasetOf(size)),
    mount(rows, paged) {
      const container = containerOnPage();
      new Grid(gridjsOptions(rows, paged)).render(container);
      return container;
    },
    root: (container) => container,
    search: (container) => container.querySelector('.gridjs-search-input'),
    sortButton: (container) => container.querySelector('th[data-column-id="factor"]'),
  },
};

/** The table under test: its contender, input and element. */
let current;

/** simple-datatables' options with the "Wie" column searchable, so a filter button can search it. */
const withActorColumnSearchable = (options) =>
  ({...options, columns: [{select: [0, 5], searchable: false}, {select: 5, type: 'number'}]});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with the time at which the next frame has been rendered. rAF callbacks run at the start
 * of a frame, before its style, layout and paint; a task posted from one runs once that frame's
 * rendering work is done. Posted as user-blocking (`scheduler.postTask`, Chromium), it runs before the
 * tasks a table queued earlier, a timer or a message: their work comes after the frame the reader
 * already sees. A MessageChannel message waited behind them, so our first render counted the 58 rows
 * it adds in the task after its first frame (about 50 ms cold; 25 rows were painted 30 % sooner).
 */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
  scheduler.postTask(() => resolve(performance.now()), {priority: 'user-blocking'});
}));

/** Waits until the current table's DOM has not changed for QUIET_MS (at most 5 s), then for a frame. */
async function settle() {
  const root = current?.element && current.contender.root(current.element);
  let last = performance.now();
  const observer = new MutationObserver(() => (last = performance.now()));
  if (root) observer.observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
  const start = performance.now();
  while (performance.now() - last < QUIET_MS && performance.now() - start < 5000) await sleep(50);
  observer.disconnect();
  await nextPaint();
}

/**
 * Resolves with the time of the first painted frame in which `done()` holds. `done` is checked at
 * every DOM change under `root` (a MutationObserver: exact, no polling interval, and it sees inside a
 * shadow root), so an async renderer like Grid.js is timed until its rows are really in the DOM.
 */
function paintedWhen(root, done, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`bench: no ${what} after 60 s`));
    }, 60_000);
    const check = () => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      void nextPaint().then(resolve);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, {childList: true, subtree: true, characterData: true});
    check();
  });
}

// Every table puts the six columns in the same order: kind, factor, how, who, source, studies.
// (Not the hidden "studies" text of our last cell: search does not look there.)
// A row with fewer cells is a peer's "loading" or "nothing found" message.
const cellText = (row, index) => row.cells[index].textContent.trim().toLowerCase();
const isFactorRow = (row) => row?.cells.length === 6;
const matchesKey = (row) => isFactorRow(row) && SEARCHED.some((i) => cellText(row, i).includes(KEY));

// The first and last row a reader sees: ours keeps the rows a filter leaves out in the table, hidden.
// Searched from either end, so a check costs the same for 83 rows and for 10,000.
const bodyRows = () => current.contender.root(current.element).querySelector('tbody')?.rows ?? [];
const firstRow = () => {
  for (const row of bodyRows()) if (!row.hidden) return row;
  return undefined;
};
const lastRow = () => {
  const rows = bodyRows();
  for (let i = rows.length - 1; i >= 0; i--) if (!rows[i].hidden) return rows[i];
  return undefined;
};

window.bench = {
  key: KEY,
  settle,

  /**
   * Builds the input for one contender outside the timings; run.js reads the heap after this.
   * `filterable`: the table gets a filter button for the actor "werkgever" (the phone cases).
   */
  async prepare(name, size, paged = false, filterable = false) {
    await customElements.whenDefined('factor-table');
    const contender = contenders[name];
    current = {name, contender, paged, filterable, input: contender.input(size)};
  },

  /** First render: from creating the element until the frame that shows the first rows. */
  async render() {
    const {contender, input, paged} = current;
    const start = performance.now();
    current.element = contender.mount(input, paged);
    const painted = paintedWhen(contender.root(current.element), () => isFactorRow(firstRow()), 'first rows');
    // Ours also by its own promise: rows rendered, before style, layout and paint.
    const api = current.name.startsWith('ours') ? await current.element.updateComplete.then(() => performance.now() - start) : null;
    return {painted: (await painted) - start, api};
  },

  /** Ours only: one search by script, `query` set and `updateComplete` awaited (no paint). */
  async filterByScript() {
    const table = current.element;
    await settle();
    const start = performance.now();
    table.query = 'motivatie';
    await table.updateComplete;
    const ms = performance.now() - start;
    table.query = '';
    await table.updateComplete;
    return ms;
  },

  /**
   * A keystroke as the reader feels it, in two halves: this focuses the search box and sets up the
   * watch; then run.js types KEY with the real keyboard (CDP input events) and awaits `keystroke()`.
   * Timed from the keydown's own timestamp (when the browser got the key) until the frame that shows
   * the filtered rows is rendered: event handlers, every async step of the renderer (Grid.js filters
   * in later tasks, after a setTimeout), style, layout and paint. Not the longest task alone: that
   * would leave out Grid.js's waits and our forced layout, which the reader waits through as well.
   */
  async armKeystroke() {
    const {contender, element} = current;
    contender.search(element).focus();
    await settle();
    let start = NaN;
    addEventListener('keydown', (event) => (start = event.timeStamp), {capture: true, once: true});
    current.keystroke = paintedWhen(contender.root(element), () => matchesKey(firstRow()) && matchesKey(lastRow()), 'filtered rows')
      .then((end) => end - start);
  },
  keystroke: () => current.keystroke,

  /** Empties the search box the way typing does (an input event), and waits until all rows are back. */
  async clearSearch() {
    const {contender, element} = current;
    const input = contender.search(element);
    const back = paintedWhen(contender.root(element), () => isFactorRow(firstRow()) && !matchesKey(firstRow()), 'unfiltered rows');
    input.value = '';
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await back;
  },

  /**
   * Sort by factor as a reader does it, in two halves like the keystroke: this sets up the watch and
   * says where the column header is; run.js moves the real mouse there and clicks (CDP input events)
   * and awaits `sorted()`. Timed from the click's own timestamp until the frame that shows the sorted
   * rows. The pointer on the header first, as every click has it (a keyboard focuses the button first):
   * our sort code loads on that, as it does for a reader.
   */
  async armSort() {
    const {contender, element} = current;
    await settle();
    const before = cellText(firstRow(), 1);
    let start = NaN;
    let api = null;
    addEventListener('click', (event) => (start = event.timeStamp), {capture: true, once: true});
    // After the button's own handler (the bubbling phase, at the window): ours by its promise as well.
    if (current.name.startsWith('ours')) addEventListener('click', () => void element.updateComplete.then(() => (api = performance.now() - start)), {once: true});
    const painted = paintedWhen(contender.root(element), () => isFactorRow(firstRow()) && cellText(firstRow(), 1) !== before, 'sorted rows');
    current.sorted = painted.then((end) => ({painted: end - start, api}));
    const box = contender.sortButton(element).getBoundingClientRect();
    return {x: box.left + box.width / 2, y: box.top + box.height / 2};
  },
  sorted: () => current.sorted,

  /**
   * A filter button pressed as a reader taps it, in two halves like the sort: this adds the button (ours:
   * an <actor-filter>; simple-datatables: a button that searches the "Wie" column), sets up the watch and
   * says where the button is; run.js clicks it and awaits `filtered()`. Timed from the click's own
   * timestamp until the frame that shows only the actor's rows.
   */
  async armFilter() {
    const {contender, element} = current;
    const button = await contender.mountFilter(element);
    await settle();
    let start = NaN;
    addEventListener('click', (event) => (start = event.timeStamp), {capture: true, once: true});
    const employerOnly = (row) => isFactorRow(row) && cellText(row, 3).includes('werkgever');
    current.filtered = paintedWhen(contender.root(element), () => employerOnly(firstRow()) && employerOnly(lastRow()), 'filtered rows')
      .then((end) => end - start);
    const box = button.getBoundingClientRect();
    return {x: box.left + box.width / 2, y: box.top + box.height / 2};
  },
  filtered: () => current.filtered,

  /**
   * <barrier-heatmap> on the bundled dataset, added to a page that has only the CDN entry: its code is
   * a chunk that loads when the element appears. `chunk`: until the element is defined (fetch, parse,
   * register); `render`: from then until its first frame is rendered.
   */
  async heatmap() {
    await settle();
    const start = performance.now();
    const heatmap = document.createElement('barrier-heatmap');
    document.body.append(heatmap);
    await customElements.whenDefined('barrier-heatmap');
    const defined = performance.now();
    await heatmap.updateComplete;
    const painted = await nextPaint();
    return {chunk: defined - start, render: painted - defined, total: painted - start};
  },
};
