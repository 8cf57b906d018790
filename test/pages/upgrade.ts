import {bundledDataset} from '../../src/data/index.js';
import {allUpdated, openPage, waitForRows, type Page} from './page.js';

const frames = (win: Window, count: number) => new Promise<void>((resolve) => {
  const next = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => next(left - 1)));
  next(count);
});

/**
 * Opens a page without its script line, lets it paint, as a CMS page is painted before a slow script
 * arrives, then adds the CDN script line and waits for the tables (#alles with every row, #trainer with
 * `trainerRows`). Says where the text after the table was and is, and (in Chromium) the layout shift.
 */
export async function upgrade(path: string, trainerRows: number): Promise<{page: Page; before: {below: number; screen: number; filteredReserve: string};
  after: {below: number; tableReserve: string; shift: number | undefined}}> {
  const page = await openPage(path, {width: 1280, height: 900});
  const {window: win, document: doc} = page;
  let shift: number | undefined;
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    shift = 0;
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift! += (entry as PerformanceEntry & {value: number}).value;
    }).observe({type: 'layout-shift', buffered: true});
  }
  await frames(win, 2);
  const before = {
    below: doc.querySelector('#onder')!.getBoundingClientRect().top,
    screen: win.innerHeight,
    filteredReserve: win.getComputedStyle(doc.querySelector('#trainer')!).minHeight,
  };
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/scholingsfactoren.js';
  doc.head.append(script);
  await allUpdated(page);
  await waitForRows(doc.querySelector('#alles'), bundledDataset.factors.length);
  await waitForRows(doc.querySelector('#trainer'), trainerRows);
  await frames(win, 3);
  return {page, before, after: {
    below: doc.querySelector('#onder')!.getBoundingClientRect().top,
    tableReserve: win.getComputedStyle(doc.querySelector('#alles')!).minHeight,
    shift,
  }};
}
