// The plugin in a real WordPress (Debian's 6.1, test/wordpress/site.sh: Dutch, DISALLOW_UNFILTERED_HTML),
// in Chromium. Run by test/wordpress/run.js (npm run test:wordpress), which sets up the site and installs
// the plugin from its zip first.
//
// An author (no unfiltered_html) makes the posts the way authors do:
// - the block and a pasted Embed block in the block editor itself: inserted, set in the sidebar and
//   published with the editor's buttons, so the editor's own save request (REST) stores them;
// - the shortcode and a classic pasted address through the same REST API, from the author's session
//   (cookie and nonce), the request the editor sends. WordPress filters what an author sends with kses
//   there as everywhere: the pasted <factor-table> in the same post is removed, which the test checks,
//   so the plugin is what makes the rest work.
// A reader (not logged in) then opens each published post: the chosen rows (8 for werkgever +
// belemmerend), no request to any host but the site's, none that fails, no console error, no PHP message.
// A frame shows the page written for its choice (embed/<kind>/<actor>.html) where there is one, as the
// builder's snippets do, else embed.html with a query.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {findChrome} from '../../scripts/find-chrome.js';

const SITE = `http://localhost:${process.env.SF_WORDPRESS_PORT ?? 8089}`;
const AUTHOR = {login: 'auteur', password: 'sf-auteur-test'};
const DEBUG_LOG = '/var/log/sf-wordpress/debug.log';
/** Where screenshots go, if anywhere: SF_WORDPRESS_SCREENSHOTS=<folder>. */
const SCREENSHOTS = process.env.SF_WORDPRESS_SCREENSHOTS;
/** The rows of werkgever + belemmerend (inhiberend) in data/landscape.json. */
const EXPECTED_ROWS = JSON.parse(readFileSync('data/landscape.json', 'utf8')).factors
  .filter((factor) => factor.kind === 'inhiberend' && factor.actors.includes('werkgever')).map((factor) => factor.id).sort();
/** The plugin's copy of the CDN files on the site. */
const OWN_FILES = `${SITE}/wp-content/plugins/scholingsfactoren/cdn/0.1.0/`;
const UNPKG_ADDRESS = 'https://unpkg.com/scholingsfactoren/dist/cdn/embed.html?actor=werkgever&kind=inhiberend';
/** The page written for werkgever + belemmerend, as the builder hands it out (with a version, as in the README). */
const UNPKG_WRITTEN_ADDRESS = 'https://unpkg.com/scholingsfactoren@0.1.0/dist/cdn/embed/inhiberend/werkgever.html';
const OWN_ADDRESS = `${OWN_FILES}embed.html?kind=inhiberend&actor=werkgever`;
/** The page this site's plugin serves for werkgever + belemmerend: the frame of each address above. */
const EMPLOYER_BARRIERS_PAGE = 'embed/inhiberend/werkgever.html';

let browser;
/** The author's logged-in page. */
let author;
const published = {};
const debugLogStart = (() => {
  try {
    return readFileSync(DEBUG_LOG, 'utf8').length;
  } catch {
    return 0;
  }
})();

async function screenshot(page, name) {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, {recursive: true});
  await page.screenshot({path: join(SCREENSHOTS, `${name}.png`), fullPage: false});
}

before(async () => {
  assert.equal(EXPECTED_ROWS.length, 8, 'data/landscape.json has 8 belemmerende factoren for werkgever');
  const executablePath = findChrome();
  assert.ok(executablePath, 'Chromium is installed');
  browser = await puppeteer.launch({executablePath, headless: true, args: ['--no-sandbox', '--lang=nl-NL'],
    defaultViewport: {width: 1400, height: 1000}});
  author = await browser.newPage();
  author.setDefaultTimeout(30000);
  await author.goto(`${SITE}/wp-login.php`);
  await author.type('#user_login', AUTHOR.login);
  await author.type('#user_pass', AUTHOR.password);
  await Promise.all([author.waitForNavigation(), author.click('#wp-submit')]);
  assert.match(author.url(), /\/wp-admin\//, 'the author is logged in');
});

after(async () => {
  await browser?.close();
});

/** Opens a new post in the block editor, with `title`, ready to take blocks. */
async function newPostInEditor(title) {
  await author.goto(`${SITE}/wp-admin/post-new.php`);
  await author.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && document.querySelector('.editor-post-title__input'));
  // The welcome guide is switched off for this user (site.php); close it if this version shows it anyway.
  await author.evaluate(() => document.querySelector('.edit-post-welcome-guide .components-modal__header button')?.click());
  await author.click('.editor-post-title__input');
  await author.keyboard.type(title);
}

/** Publishes the open post with the editor's buttons; returns its address. */
async function publishInEditor() {
  await author.click('.editor-post-publish-panel__toggle');
  await author.click('.editor-post-publish-panel .editor-post-publish-button');
  await author.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished() &&
    !window.wp.data.select('core/editor').isSavingPost());
  return author.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
}

/** Creates and publishes a post through the REST API as the logged-in author, as the editor's save does. */
function publishThroughRest(title, content) {
  return author.evaluate((data) => window.wp.apiFetch({path: '/wp/v2/posts?context=edit', method: 'POST', data: {...data, status: 'publish'}}),
    {title, content});
}

/** The rows a factor-table in `frame` (a page or a frame) shows once it has rendered, sorted. */
async function rowsShown(frame, selector) {
  const handle = await frame.waitForFunction((css) => {
    const table = document.querySelector(css);
    const rows = table?.shadowRoot?.querySelectorAll('tr[data-factor-id]:not([hidden])');
    return table?.visibleFactors && rows?.length === table.visibleFactors.length ? [...rows].map((row) => row.dataset.factorId).sort() : false;
  }, {}, selector);
  return handle.jsonValue();
}

/** The text a factor-table in `frame` shows (its shadow root), e.g. its count "8 van 83 factoren". */
const tableText = (frame, selector) => frame.$eval(selector, (table) => table.shadowRoot.textContent.replace(/\s+/g, ' '));

/** Opens `url` as a reader (no login): every request and console error it causes, and the page. */
async function openAsReader(url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const requests = [];
  const failed = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  // (A request the browser itself cancels is no failure of the site.)
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url, {waitUntil: 'load'});
  return {page, requests, failed, errors, html: await response.text(), close: () => context.close()};
}

/** What a reader's page must never have: a request elsewhere, a console error, a PHP message, a notice. */
async function assertCleanForReaders({page, requests, failed, errors, html}) {
  const elsewhere = requests.filter((address) => !address.startsWith(`${SITE}/`) && !address.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'no request to any host but the site\'s');
  // The plugin serves every file its pages load: stylesheets, scripts and chunks beside them.
  assert.deepEqual(failed, [], 'no request that fails');
  assert.deepEqual(errors, [], 'no console error');
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /\b(Warning|Notice|Deprecated|Fatal error|Parse error):/, 'no PHP message on the page');
  assert.equal(await page.$('.scholingsfactoren-notice'), null, 'readers see no notice for editors');
  // Works under a strict CSP: the plugin writes no inline script and no style attribute.
  assert.deepEqual(await page.$$eval('script:not([src])', (scripts) => scripts.map((script) => script.textContent)
    .filter((code) => /scholingsfactoren/i.test(code))), [], 'no inline script of the plugin');
  // (In the page as served: embed.js sets a frame's height through the style property, which a CSP allows.)
  assert.doesNotMatch(html, /<(?:div|iframe)\b[^>]*scholingsfactoren[^>]*\sstyle=|<(?:factor-table|actor-filter|barrier-heatmap|source-citation)\b[^>]*\sstyle=/,
    'no style attribute');
}

/**
 * Waits until the embed page in `frame` (a page or a frame) is live: its script has taken over the rows
 * written in its HTML, or put the elements its address asks for in their place.
 */
const whenLive = (frame) => frame.waitForFunction(() => document.documentElement.classList.contains('sf-live-ready'));

/** The plugin's frames in `page`, once there are `count`. */
async function framesIn(page, count) {
  await page.waitForFunction((expected) => document.querySelectorAll('iframe.scholingsfactoren-frame').length === expected, {}, count);
  return page.$$('iframe.scholingsfactoren-frame');
}

/**
 * A frame in `page`, once its embed page shows the chosen rows: checks which page of this site's copy it
 * shows (`shows`, below the CDN files' folder), that embed.js sized it, and where it is.
 */
async function checkFrame(page, frameElement, {shows, rows = EXPECTED_ROWS}) {
  await frameElement.scrollIntoView();
  const frame = await frameElement.contentFrame();
  assert.equal(frame.url(), `${OWN_FILES}${shows}`, 'the frame shows this site\'s copy of the page for its choice');
  await whenLive(frame);
  assert.deepEqual(await rowsShown(frame, 'factor-table'), rows, 'the frame shows the chosen rows');
  // embed.js gives the frame its page's height: no scrolling inside, no gap (the snippet's own height is 600).
  await page.waitForFunction((element) => {
    const inner = element.contentDocument?.documentElement.scrollHeight;
    return inner && Math.abs(element.getBoundingClientRect().height - inner) <= 2;
  }, {}, frameElement);
  // In the text column, where the post's paragraphs are (a bare iframe in a block theme hangs left of it).
  const box = await frameElement.boundingBox();
  const column = await page.evaluate(() => document.querySelector('.wp-block-post-content > p, .entry-content > p')?.getBoundingClientRect().toJSON());
  assert.ok(column && Math.abs(box.x - column.x) <= 1 && Math.abs(box.width - column.width) <= 1,
    `the frame lines up with the text column (frame ${box.x}, ${box.width}; column ${column?.x}, ${column?.width})`);
  return frame;
}

/** The rows of stimulerend for werknemer: a second written page. */
const EMPLOYEE_STIMULI = JSON.parse(readFileSync('data/landscape.json', 'utf8')).factors
  .filter((factor) => factor.kind === 'stimulerend' && factor.actors.includes('werknemer')).map((factor) => factor.id).sort();

test('the block: inserted, set in the sidebar and published by an author in the block editor', async () => {
  await newPostInEditor('Belemmeringen voor werkgevers (blok)');
  // The block inserter, as an author uses it: search for the block, click it.
  await author.click('.edit-post-header-toolbar__inserter-toggle');
  await author.waitForSelector('.block-editor-inserter__search input');
  await author.type('.block-editor-inserter__search input', 'Scholingsfactoren');
  await author.click('.editor-block-list-item-scholingsfactoren-factoren');
  await author.waitForSelector('.wp-block-scholingsfactoren-factoren factor-table');
  await author.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));

  // The sidebar, in Dutch: the builder's choices.
  const sidebar = '.block-editor-block-inspector';
  await author.waitForSelector(`${sidebar} ::-p-text(Wat wil je tonen?)`);
  const labels = await author.$$eval(`${sidebar} label, ${sidebar} legend, ${sidebar} .components-panel__body-title`, (nodes) => nodes.map((node) => node.textContent.trim()));
  for (const label of ['Inhoud', 'Wat wil je tonen?', 'De tabel met factoren', 'Filters', 'Welke factoren?', 'Belemmerend', 'Voor wie?', 'Werkgever', 'Zoektekst', 'Bronnen (alle)',
    'Weergave', 'Op de pagina', 'In een kader', 'Taal van knoppen en koppen', 'De taal van de site']) {
    assert.ok(labels.includes(label), `the sidebar offers "${label}" (it has: ${labels.join(' | ')})`);
  }
  await author.click(`${sidebar} ::-p-text(Belemmerend)`);
  await author.click(`${sidebar} ::-p-text(Werkgever)`);

  // The live preview follows: the PHP's rendering, with the library's elements, in the editor.
  const preview = '.wp-block-scholingsfactoren-factoren factor-table[kind="inhiberend"][actor="werkgever"]';
  assert.deepEqual(await rowsShown(author, preview), EXPECTED_ROWS, 'the preview shows the chosen rows');
  await screenshot(author, 'editor-block-sidebar');
  await author.evaluate(() => {
    // The sidebar's scrolling box, whatever this version calls it: the rest of the choices.
    let box = document.querySelector('.block-editor-block-inspector');
    while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    box?.scrollTo(0, box.scrollHeight);
  });
  await screenshot(author, 'editor-block-sidebar-end');

  const content = await author.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
  assert.match(content, /<!-- wp:scholingsfactoren\/factoren \{"kind":"inhiberend","actors":\["werkgever"\]\} \/-->/, 'a dynamic block: only the choices are stored');
  published.block = await publishInEditor();
});

test('the block on the published page: the chosen rows, from the site alone', async () => {
  const reader = await openAsReader(published.block);
  try {
    assert.deepEqual(await rowsShown(reader.page, '.wp-block-scholingsfactoren-factoren factor-table'), EXPECTED_ROWS);
    // Without a language of its own the block follows the site's (Dutch here).
    assert.equal(await reader.page.$eval('.wp-block-scholingsfactoren-factoren', (block) => block.getAttribute('lang')), null);
    assert.match(await tableText(reader.page, '.wp-block-scholingsfactoren-factoren factor-table'), /8 van 83 factoren/);
    assert.ok(reader.requests.some((address) => address.endsWith('/cdn/0.1.0/scholingsfactoren.js')), 'the library comes from the plugin\'s folder');
    assert.equal(await reader.page.$eval('script[src$="/cdn/0.1.0/scholingsfactoren.js"]', (script) => script.type), 'module');
    assert.equal(await reader.page.$('script[src*="embed.js"]'), null, 'no embed.js on a page without frames');
    await assertCleanForReaders(reader);
    await screenshot(reader.page, 'published-block');
  } finally {
    await reader.close();
  }
});

test('the shortcode, posted by an author: on the page and in a frame; an unknown value is named for editors only', async () => {
  const post = await publishThroughRest('Belemmeringen voor werkgevers (shortcode)', [
    'Zo werkt het met de shortcode:',
    '[scholingsfactoren show="factor-table,actor-filter" kind="inhiberend" actor="werkgever,baas" lang="nl"]',
    '[scholingsfactoren mode="iframe" kind="inhiberend" actor="werkgever" lang="en"]',
    // What authors pasted before the plugin: removed by WordPress (the "everything removed").
    '<factor-table kind="stimulerend"></factor-table><script type="module" src="https://unpkg.com/scholingsfactoren/dist/cdn/scholingsfactoren.js"></script>',
  ].join('\n\n'));
  assert.doesNotMatch(post.content.raw, /<factor-table|<script/, 'WordPress removes pasted elements and scripts for an author (DISALLOW_UNFILTERED_HTML)');
  assert.match(post.content.raw, /\[scholingsfactoren mode="iframe" kind="inhiberend" actor="werkgever" lang="en"\]/, 'the shortcode is kept as written');
  published.shortcode = post.link;

  // The author sees what is wrong, in the embed page's words, and the valid rest applies.
  await author.goto(post.link);
  const notice = await author.$eval('.scholingsfactoren-notice', (element) => element.innerText);
  assert.match(notice, /Niet alles in deze shortcode klopt:/);
  assert.match(notice, /In "actor" staat een onbekende waarde: "baas"\. Kies uit werkgever, werknemer, omgeving, trainer\./);
  assert.match(notice, /De andere instellingen gelden wel\./);
  assert.deepEqual(await rowsShown(author, '.scholingsfactoren > factor-table'), EXPECTED_ROWS);
  await screenshot(author, 'shortcode-as-author');

  const reader = await openAsReader(post.link);
  try {
    assert.deepEqual(await rowsShown(reader.page, '.scholingsfactoren > factor-table'), EXPECTED_ROWS, 'the elements show the chosen rows');
    assert.equal(await reader.page.$$eval('.scholingsfactoren > actor-filter', (filters) => filters.length), 1, 'and the filter buttons');
    // Not a written page: those are Dutch.
    const [frameElement] = await framesIn(reader.page, 1);
    const frame = await checkFrame(reader.page, frameElement, {shows: 'embed.html?actor=werkgever&kind=inhiberend&lang=en'});
    assert.match(await tableText(frame, 'factor-table'), /8 of 83 factors/);
    assert.equal(await reader.page.$$eval('script[src$="/cdn/0.1.0/embed.js"]', (scripts) => scripts.length), 1, 'embed.js once, where frames are');
    await assertCleanForReaders(reader);
    await reader.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(reader.page, 'published-shortcode');
  } finally {
    await reader.close();
  }
});

/** Pastes `address` into the Embed block that still asks for one, as an author does, and waits for its preview. */
async function pasteIntoEmbedBlock(address, previews) {
  // The Embed block's own field: paste the address, press Enter. The editor asks the server for a preview.
  await author.waitForSelector('.wp-block-embed input[type="url"]');
  await author.focus('.wp-block-embed input[type="url"]');
  await author.keyboard.sendCharacter(address); // at once, as a paste inserts it
  await author.keyboard.press('Enter');
  await author.waitForFunction((count) => document.querySelectorAll('.wp-block-embed iframe').length === count, {}, previews);
}

test('unpkg embed addresses pasted into Embed blocks (embed.html and a written page): the sized frames, served from the site', async () => {
  await newPostInEditor('Belemmeringen voor werkgevers (insluiten)');
  const addBlocks = (blocks) => author.evaluate((list) => window.wp.data.dispatch('core/block-editor')
    .insertBlocks(list.map(([name, attributes]) => window.wp.blocks.createBlock(name, attributes))), blocks);
  await addBlocks([['core/paragraph', {content: 'Hieronder de belemmeringen voor werkgevers.'}], ['core/embed', {}]]);
  await pasteIntoEmbedBlock(UNPKG_ADDRESS, 1);
  await addBlocks([['core/paragraph', {content: 'En nog eens, uit het adres van de pagina voor deze keuze.'}], ['core/embed', {}]]);
  await pasteIntoEmbedBlock(UNPKG_WRITTEN_ADDRESS, 2);
  const previews = await author.evaluate(() => window.wp.data.select('core/block-editor').getBlocks()
    .filter((block) => block.name === 'core/embed').map((block) => block.attributes));
  assert.deepEqual(previews.map((attributes) => attributes.url), [UNPKG_ADDRESS, UNPKG_WRITTEN_ADDRESS], 'the Embed blocks took the addresses');
  assert.deepEqual(previews.map((attributes) => attributes.providerNameSlug), ['embed-handler', 'embed-handler'],
    'and show them through the plugin\'s embed handler');
  published.embedBlock = await publishInEditor();

  const reader = await openAsReader(published.embedBlock);
  try {
    for (const frameElement of await framesIn(reader.page, 2)) await checkFrame(reader.page, frameElement, {shows: EMPLOYER_BARRIERS_PAGE});
    assert.ok(!reader.requests.some((address) => address.includes('unpkg.com')), 'nothing from unpkg.com, though its addresses were pasted');
    await assertCleanForReaders(reader);
  } finally {
    await reader.close();
  }
});

test('embed addresses on lines of their own (classic): embed.html, a written page, a written page with a query', async () => {
  const withQuery = 'https://unpkg.com/scholingsfactoren/dist/cdn/embed/inhiberend/werkgever.html?kind=stimulerend';
  const post = await publishThroughRest('Belemmeringen voor werkgevers (adres)', [
    'Hieronder de tabel:', OWN_ADDRESS, 'Stimulerend voor werknemers:', `${OWN_FILES}embed/stimulerend/werknemer.html`,
    'Wat een adres met een vraag toont:', withQuery, 'Einde.',
  ].join('\n\n'));
  // A written page with a query shows the query on top of its own choice: the frame shows what that
  // address shows on its own (this site's copy of it).
  const alone = await openAsReader(withQuery.replace('https://unpkg.com/scholingsfactoren/dist/cdn/', OWN_FILES));
  let rowsAlone;
  try {
    await whenLive(alone.page);
    rowsAlone = await rowsShown(alone.page, 'factor-table');
    assert.ok(rowsAlone.length > 0);
  } finally {
    await alone.close();
  }
  const reader = await openAsReader(post.link);
  try {
    const frames = await framesIn(reader.page, 3);
    await checkFrame(reader.page, frames[0], {shows: EMPLOYER_BARRIERS_PAGE});
    await checkFrame(reader.page, frames[1], {shows: 'embed/stimulerend/werknemer.html', rows: EMPLOYEE_STIMULI});
    await checkFrame(reader.page, frames[2], {shows: 'embed/stimulerend/werkgever.html', rows: rowsAlone});
    await assertCleanForReaders(reader);
    await reader.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(reader.page, 'published-embed-address');
  } finally {
    await reader.close();
  }
});

test('a page without the plugin\'s content loads nothing of it', async () => {
  const reader = await openAsReader(`${SITE}/?page_id=2`);
  try {
    assert.match(await reader.page.title(), /Sample Page|Voorbeeld/);
    assert.deepEqual(reader.requests.filter((address) => address.includes('scholingsfactoren')), []);
  } finally {
    await reader.close();
  }
});

test('the settings: only for those who may manage options; the CDN when chosen; nothing left after uninstalling', async () => {
  const response = await author.goto(`${SITE}/wp-admin/options-general.php?page=scholingsfactoren`);
  assert.equal(response.status(), 403, 'an author may not open the settings');
  const result = JSON.parse(execFileSync('php', ['test/wordpress/settings.php'], {encoding: 'utf8'}));
  // The page written for belemmerend, where the files come from.
  assert.match(result.self, new RegExp(`src="${SITE}/wp-content/plugins/scholingsfactoren/cdn/0\\.1\\.0/embed/inhiberend/alle\\.html"`), 'this site by default');
  assert.match(result.cdn, /src="https:\/\/unpkg\.com\/scholingsfactoren@0\.1\.0\/dist\/cdn\/embed\/inhiberend\/alle\.html"/, 'the CDN, at this version, when chosen');
  // A lazy frame in view starts loading late on a phone; WordPress may add its own attribute to a post's frames.
  assert.doesNotMatch(result.self, /\sloading=/, 'the plugin asks for no lazy loading');
  assert.equal(result.afterUninstall, null, 'uninstall.php removes the option');
});

/** An address as the parts a browser reads: the page's address, and the query's names and values, decoded. */
const addressParts = (address) => {
  const url = new URL(address);
  return {page: `${url.origin}${url.pathname}`, query: [...url.searchParams]};
};

test('the plugin reads choices as the embed page does and frames the page the builder hands out: the same settings, messages and address', async () => {
  const {outputFiles: [bundle]} = await build({
    stdin: {contents: `export * from './src/embed/embed-query.ts'; export * from './src/embed/embed-choices.ts';
      export {frameTitle, embedPageUrl} from './src/embed/builder/snippets.ts';`, resolveDir: '.', loader: 'ts'},
    bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent',
  });
  const page = await import(`data:text/javascript;base64,${Buffer.from(bundle.text).toString('base64')}`);
  const dataset = JSON.parse(readFileSync('data/landscape.json', 'utf8'));
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  const citations = new Map(dataset.sources.map((source) => [source.id, source.citation]));
  const queries = [
    '', 'kind=inhiberend&actor=werkgever', 'actor=Werkgever,baas&kind=stimulerend', 'kind=belemmerend', 'kind=', 'kind=stimulerend&kind=inhiberend',
    'actor=baas,chef&actor=werknemer', 'source=tno-2011,tno-1999&source=roa-2017', 'show=factor-table,actor-filter,kaart', 'show=onzin',
    'show=barrier-heatmap+source-citation&source=tno-2011', 'lang=de', 'lang=en&lang=nl', 'query=tijd%20en%20geld', 'query=a&query=b',
    'foo=1&bar=2&foo=3', `actor=${'x'.repeat(60)}`, 'actor=+werkgever++omgeving,', 'show=FACTOR-TABLE&kind=Inhiberend',
    // Near the written pages' choices: another language, a second actor, a source, a second element, a search text.
    'kind=inhiberend&actor=werkgever&lang=en', 'actor=werkgever,omgeving', 'kind=stimulerend&source=tno-2011', 'show=factor-table,actor-filter&kind=inhiberend',
    'actor=trainer&query=geld', 'actor=trainer&query=%20', 'kind=stimulerend&query=%C2%A0%E2%80%83', 'show=factor-table&actor=baas,omgeving',
    // The choice of every written page, as the builder writes its query.
    ...page.WRITTEN_CHOICES.map((choice) => page.writeEmbedQuery(page.writtenSettings(choice)).slice(1)),
  ];
  // Addresses pasted on a line of their own: written pages (every one on unpkg, some on this site, with a
  // query, a bare `?`, a fragment), embed.html; and addresses that are not the plugin's to show.
  const addresses = [
    ...page.WRITTEN_CHOICES.map((choice) => `https://unpkg.com/scholingsfactoren/dist/cdn/${page.writtenPagePath(choice)}`),
    `${OWN_FILES}embed/inhiberend/werkgever.html`, `${OWN_FILES}embed/inhiberend/werkgever.html?kind=stimulerend`,
    'https://unpkg.com/scholingsfactoren@0.1.0/dist/cdn/embed/inhiberend/werkgever.html?lang=en', `${OWN_FILES}embed/alle/trainer.html?actor=baas`,
    `${OWN_FILES}embed/stimulerend/alle.html?`, `${OWN_FILES}embed/alle/omgeving.html#tabel`, OWN_ADDRESS, UNPKG_ADDRESS,
    'https://unpkg.com/scholingsfactoren/dist/cdn/embed.html?show=actor-filter,factor-table&actor=werkgever',
  ];
  const notThePlugins = [
    'https://unpkg.com/scholingsfactoren/dist/cdn/embed/belemmerend/werkgever.html', 'https://unpkg.com/scholingsfactoren/dist/cdn/embed/inhiberend/baas.html',
    'https://unpkg.com/scholingsfactoren/dist/cdn/embed/inhiberend/werkgever.htm', 'https://unpkg.com/scholingsfactoren/dist/cdn/embed/inhiberend/werkgever.html.map',
    'https://unpkg.com/ander-pakket/dist/cdn/embed/inhiberend/werkgever.html', 'https://example.org/scholingsfactoren/cdn/0.1.0/embed/inhiberend/werkgever.html',
  ];
  const shortcodes = [
    'kind="inhiberend" actor="werkgever"', 'actor="werkgever baas" kind="belemmerend"', 'mode="kader"', 'colour="rood" show="factor-table"',
  ];
  const php = JSON.parse(execFileSync('php', ['test/wordpress/choices.php'], {
    input: JSON.stringify([...queries.map((embed) => ({embed})), ...shortcodes.map((shortcode) => ({shortcode})),
      ...addresses.map((address) => ({address})), ...notThePlugins.map((address) => ({address}))]), encoding: 'utf8',
  }));
  /** What the plugin read, and what it does with it, against what the embed page reads and the builder hands out. */
  const compare = (ours, {settings, problems}, what) => {
    assert.equal(ours.matched, true, `the embed handler takes ${what}`);
    assert.deepEqual(ours.messages, problems.map(page.describeEmbedProblem), `the messages for ${what}`);
    assert.deepEqual(
      {show: ours.settings.show, kind: ours.settings.kind || null, actors: ours.settings.actors, sources: ours.settings.sources,
        query: ours.settings.query, lang: ours.settings.lang || 'nl'},
      {...settings}, `the settings for ${what}`);
    assert.deepEqual([...new URLSearchParams(ours.query)], [...new URLSearchParams(page.writeEmbedQuery(settings))], `embed.html's query for ${what}`);
    // The site is Dutch: a frame without a language of its own is Dutch, as the builder's default.
    assert.deepEqual(addressParts(ours.frame), addressParts(page.embedPageUrl(settings, new URL(ours.base))), `the frame's address for ${what}`);
    assert.equal(ours.title, page.frameTitle({...settings, lang: 'nl'}, citations), `the frame's title for ${what}`);
  };
  assert.equal(php[0].base, OWN_FILES, 'the files come from the plugin\'s folder');
  queries.forEach((query, index) => compare(php[index], page.readEmbedQuery(`?${query}`, sourceIds), `?${query}`));
  page.WRITTEN_CHOICES.forEach((choice, index) => {
    const ours = php[queries.length - page.WRITTEN_CHOICES.length + index];
    assert.equal(ours.frame, `${OWN_FILES}${page.writtenPagePath(choice)}`, `the page written for ${JSON.stringify(choice)}`);
  });

  /** What an embed page's address shows, as its script reads it (src/embed/embed-app.ts). */
  const pageReading = (address) => {
    const url = new URL(address);
    const written = page.WRITTEN_CHOICES.find((choice) => url.pathname.endsWith(`/${page.writtenPagePath(choice)}`));
    return page.readEmbedPageAddress(url.search, written && page.writtenSettings(written), sourceIds);
  };
  const pasted = php.slice(queries.length + shortcodes.length);
  addresses.forEach((address, index) => compare(pasted[index], pageReading(address), address));
  assert.deepEqual(pasted.slice(addresses.length).map((ours) => ours.matched), notThePlugins.map(() => false), 'the handler leaves other addresses alone');

  const shortcode = php.slice(queries.length);
  assert.deepEqual(shortcode[0].messages, []);
  assert.deepEqual(shortcode[1].messages, [
    'In "actor" staat een onbekende waarde: "baas". Kies uit werkgever, werknemer, omgeving, trainer.',
    'In "kind" staat een onbekende waarde: "belemmerend". Kies stimulerend of inhiberend.',
  ]);
  assert.deepEqual(shortcode[1].settings.actors, ['werkgever'], 'the valid rest applies');
  assert.deepEqual(shortcode[2].messages, ['In "mode" staat een onbekende waarde: "kader". Kies elements of iframe.']);
  assert.deepEqual(shortcode[3].messages, ['Onbekende instelling "colour". Deze shortcode kent show, actor, kind, source, query, lang en mode.']);
});

test('no PHP warning or notice from the plugin while all this ran', () => {
  let log = '';
  try {
    log = readFileSync(DEBUG_LOG, 'utf8').slice(debugLogStart);
  } catch {
    // No log: nothing was logged.
  }
  const ours = log.split('\n').filter((line) => /scholingsfactoren/i.test(line));
  assert.deepEqual(ours, [], 'the debug log names no file of the plugin');
});
