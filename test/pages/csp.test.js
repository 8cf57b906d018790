// A CMS page with the strictest Content-Security-Policy the API promises to work with: no inline
// script or style, no eval, and Trusted Types with only Lit's `lit-html` policy. Every element on one
// page, loaded from the CDN bundle with one external module script, used the way a reader uses it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {ROOT, ROWS, STRICT_CSP, allUpdated, report, settle, useSite, waitForRows} from './harness.js';

const dataset = JSON.parse(readFileSync(`${ROOT}data/landscape.json`, 'utf8'));
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const site = useSite();

test('the fixture is served with the strict policy', async () => {
  const response = await fetch(new URL('test/pages/fixtures/csp-all.html', site.url));
  assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
  const html = await response.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'the page itself has no inline script');
  assert.doesNotMatch(html, /\sstyle=|<style/, 'the page itself has no inline style');
});

test('a page with a strict CSP and Trusted Types', {timeout: 60000}, async (t) => {
  const {page, problems, violations, guard, close} = await site.open('test/pages/fixtures/csp-all.html');
  t.after(close);
  const main = page.locator('#hoofd factor-table');
  const isolated = page.locator('#apart factor-table');
  const trainerIds = dataset.factors.filter((factor) => factor.actors.includes('trainer')).map((factor) => factor.id);

  await t.test('every element renders', async () => {
    await guard(allUpdated(page));
    assert.equal(await guard(waitForRows(page, '#hoofd factor-table', dataset.factors.length)), dataset.factors.length);
    assert.equal(await guard(waitForRows(page, '#apart factor-table', dataset.factors.length)), dataset.factors.length);
    assert.equal(await main.locator('th[scope=row]').first().textContent(), dataset.factors[0].factor);

    const cells = page.locator('barrier-heatmap [role=gridcell]');
    await guard(cells.first().waitFor());
    const cellMarkers = await cells.evaluateAll((all) => all.map((cell) => [cell.dataset.actor, cell.dataset.source]));
    assert.ok(cellMarkers.length >= 4, `heatmap cells: ${cellMarkers.length}`);
    const sourceIds = new Set(dataset.sources.map((source) => source.id));
    for (const [actor, source] of cellMarkers) {
      assert.ok(['werkgever', 'werknemer', 'omgeving', 'trainer'].includes(actor), `data-actor=${actor}`);
      assert.ok(sourceIds.has(source), `data-source=${source}`);
    }

    // The card, with the study texts that arrive in a chunk of their own.
    const tno = dataset.sources.find((source) => source.id === 'tno-2011');
    const card = page.locator('#bron source-citation');
    await guard(card.locator('.summary').waitFor());
    const text = await card.locator('article').innerText();
    assert.match(text, /TNO/);
    assert.ok(text.includes(tno.title), 'the reference names the title');
    assert.ok(text.includes(tno.summary.slice(0, 40)), 'the summary is there');

    const options = await page.locator('#zijbalk actor-filter button[data-value]').evaluateAll((all) => all.map((b) => b.dataset.value));
    assert.deepEqual(options, ['werkgever', 'werknemer', 'omgeving', 'trainer']);
  });

  await t.test('choosing an actor filters the table in another block, not the isolated one', async () => {
    await page.locator('#zijbalk actor-filter button[data-value=trainer]').click();
    assert.equal(await waitForRows(page, '#hoofd factor-table', trainerIds.length), trainerIds.length);
    assert.deepEqual(await main.locator(ROWS).evaluateAll((rows) => rows.map((row) => row.dataset.factorId)), trainerIds);
    assert.equal(await page.locator('#zijbalk actor-filter button[data-value=trainer]').getAttribute('aria-pressed'), 'true');
    // <factor-landscape> keeps its own group.
    assert.equal(await isolated.locator(ROWS).count(), dataset.factors.length);

    await page.locator('#apart actor-filter button[data-value=werkgever]').click();
    const employer = dataset.factors.filter((factor) => factor.actors.includes('werkgever')).length;
    assert.equal(await waitForRows(page, '#apart factor-table', employer), employer);
    assert.equal(await main.locator(ROWS).count(), trainerIds.length, 'the page-wide group is untouched');

    await page.locator('#zijbalk actor-filter button[part=all]').last().click();
    assert.equal(await waitForRows(page, '#hoofd factor-table', dataset.factors.length), dataset.factors.length);
  });

  await t.test('typing in the search box leaves only matching rows', async () => {
    const search = main.locator('input[type=search]');
    await search.click();
    await search.pressSequentially('tijd');
    const count = await waitForRows(page, '#hoofd factor-table', {below: dataset.factors.length});
    const matching = new Set(dataset.factors.filter((factor) => {
      const citations = factor.sources.map((id) => dataset.sources.find((source) => source.id === id).citation);
      return fold([factor.factor, factor.how, ...citations].join(' ')).includes('tijd');
    }).map((factor) => factor.id));
    assert.ok(count > 0 && count < dataset.factors.length, `rows after search: ${count}`);
    const shown = await main.locator(ROWS).evaluateAll((rows) => rows.map((row) => row.dataset.factorId));
    assert.deepEqual(new Set(shown), matching);
    await search.fill('');
    assert.equal(await waitForRows(page, '#hoofd factor-table', dataset.factors.length), dataset.factors.length);
  });

  await t.test('the CSV download works', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), main.locator('button.csv').click()]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    for (const factor of [dataset.factors[0], dataset.factors.at(-1)]) assert.ok(csv.includes(factor.factor), factor.factor);
    assert.equal(csv.trim().split(/\r?\n/).length, dataset.factors.length + 1, 'a header and a line per factor');
  });

  await t.test('a source button opens the card in a dialog, Escape closes it', async () => {
    const first = dataset.factors[0];
    const citation = dataset.sources.find((source) => source.id === first.sources[0]);
    const button = main.locator(`${ROWS}[data-factor-id="${first.id}"] button.source`).first();
    await button.click();
    const dialog = main.locator('dialog');
    await guard(dialog.locator('source-citation .reference').first().waitFor());
    assert.equal(await dialog.evaluate((d) => d.open), true);
    assert.equal(await dialog.locator('h2').textContent(), citation.citation);
    assert.ok((await dialog.locator('source-citation .reference').first().innerText()).includes(citation.title));
    await page.keyboard.press('Escape');
    await page.waitForFunction((el) => !el.shadowRoot.querySelector('dialog').open, await main.elementHandle());
  });

  await t.test('a heatmap cell filters the table to its factors', async () => {
    const cell = page.locator('barrier-heatmap [role=gridcell]').filter({hasText: /^\s*[1-9]\d*\s*$/}).first();
    const [actor, count] = [await cell.getAttribute('data-actor'), Number((await cell.innerText()).trim())];
    await cell.click();
    assert.equal(await waitForRows(page, '#hoofd factor-table', count), count);
    const shown = await main.locator(ROWS).evaluateAll((rows) => rows.map((row) => row.dataset.factorId));
    for (const id of shown) {
      const factor = dataset.factors.find((candidate) => candidate.id === id);
      assert.equal(factor.kind, 'inhiberend', id);
      assert.ok(factor.actors.includes(actor), `${id} concerns ${actor}`);
    }
  });

  await t.test('no CSP or Trusted Types violation, no error', async () => {
    await guard(allUpdated(page));
    await settle(page);
    assert.deepEqual(await violations(), [], 'securitypolicyviolation events');
    assert.deepEqual(await page.evaluate(() => window.__probeViolations), [], 'violations seen by the page\'s own script');
    assert.deepEqual(problems.errors, [], report(problems));
    assert.deepEqual(problems.consoleErrors, [], report(problems));
    assert.deepEqual(problems.failedRequests, [], report(problems));
    // The lazy chunks really were loaded under this policy (else the test above proved little).
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    assert.ok(scripts.filter((path) => path.startsWith('/dist/cdn/')).length >= 4, scripts.join('\n'));
  });
});

test('the same checks catch a violation', {timeout: 60000}, async (t) => {
  // The canary page: the same policy, and a script that does what a careless change to the library
  // would do: an inline style attribute in a shadow root, and a string into innerHTML.
  const {page, problems, violations, close} = await site.open('test/pages/fixtures/csp-canary.html');
  t.after(close);
  await page.waitForFunction(() => window.__canaryDone === true);
  const seen = await violations();

  await t.test('init script: securitypolicyviolation events, also from a shadow root', () => {
    const directives = seen.map((violation) => violation.directive);
    assert.ok(directives.includes('style-src-attr'), JSON.stringify(seen));
    assert.ok(directives.includes('require-trusted-types-for'), JSON.stringify(seen));
    // The markup's own style attribute, parsed before any script ran.
    assert.ok(seen.filter((violation) => violation.directive === 'style-src-attr').length >= 2, JSON.stringify(seen));
  });
  await t.test('the page\'s own external script sees them too', async () => {
    const probe = await page.evaluate(() => window.__probeViolations);
    assert.ok(probe.length >= 2, JSON.stringify(probe));
  });
  await t.test('and the console reports them as errors', () => {
    assert.ok(problems.consoleErrors.some((text) => /Content Security Policy/i.test(text)), report(problems));
    assert.ok(problems.consoleErrors.some((text) => /TrustedHTML/i.test(text)), report(problems));
  });
  await t.test('the blocked style really was not applied', async () => {
    const color = await page.locator('factor-table table').evaluate((table) => getComputedStyle(table).outlineStyle);
    assert.notEqual(color, 'dotted');
  });
});
