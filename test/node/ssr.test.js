// scholingsfactoren/ssr in plain Node, as a developer's server uses it: the HTML of each element holds
// what the element shows, and no dataset text or attribute value ever becomes markup.
// Needs `npm run build` first (npm test builds before it runs this).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {renderElement, ELEMENT_TAGS} from '../../dist/ssr.js';

const dataset = JSON.parse(readFileSync('data/landscape.json', 'utf8'));
const HOSTILE = '<img src=x onerror="alert(1)">"\'&lt;';

test('the table of every factor for a filter: rows, count and caption in a declarative shadow root', async () => {
  const html = await renderElement('factor-table', {attributes: {kind: 'inhiberend', actor: 'werkgever'}});
  assert.match(html, /^<factor-table\s[^>]*kind="inhiberend"[^>]*actor="werkgever"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
  const rows = html.match(/<tr part="row"[^>]*>/g);
  assert.equal(rows.length, dataset.factors.length);
  const expected = dataset.factors.filter((factor) => factor.kind === 'inhiberend' && factor.actors.includes('werkgever'));
  assert.deepEqual(rows.filter((row) => !/\shidden\s/.test(row)).map((row) => /data-factor-id="([^"]+)"/.exec(row)[1]), expected.map((factor) => factor.id));
  assert.ok(html.includes(`${expected.length} van ${dataset.factors.length} factoren`));
  assert.ok(html.endsWith('</template></factor-table>'));
});

test('every element renders its content, in English with lang="en"', async () => {
  for (const tag of ELEMENT_TAGS.filter((name) => name !== 'factor-landscape')) {
    const html = await renderElement(tag, {attributes: {lang: 'en', source: tag === 'source-citation' ? 'tno-2011' : undefined}});
    assert.ok(!html.includes('Gegevens worden geladen') && !html.includes('Loading'), `<${tag}> is not "loading"`);
    assert.ok(html.includes('lang="en"'), `<${tag}> keeps its lang`);
  }
});

test('a dataset from `data` is rendered as text; a refused one shows its Dutch message', async () => {
  const hostile = {
    ...dataset,
    factors: dataset.factors.slice(0, 2).map((factor) => ({...factor, factor: `factor ${HOSTILE}`, how: `hoe ${HOSTILE}`})),
  };
  const html = await renderElement('factor-table', {data: hostile});
  assert.ok(!html.includes('<img'), 'no element from data');
  assert.ok(html.includes('factor &lt;img src=x onerror=&quot;alert(1)&quot;&gt;'));
  assert.equal(html.match(/<tr part="row"/g).length, 2);
  const refused = await renderElement('factor-table', {data: {factors: 'geen lijst'}});
  assert.match(refused, /role="alert"/);
});

test('attribute values are text, and only the library\'s elements and plain attribute names are rendered', async () => {
  const html = await renderElement('factor-table', {attributes: {query: HOSTILE, 'no-search': true, 'no-export': false}});
  assert.ok(!html.includes('<img'));
  assert.match(html, /^<factor-table\s[^>]*no-search[\s>]/);
  assert.ok(!html.startsWith('<factor-table no-export'), 'false leaves an attribute out');
  await assert.rejects(renderElement('script'), /geen element van scholingsfactoren/);
  await assert.rejects(renderElement('factor-table', {attributes: {'onclick="x"': 'y'}}), /geen attribuutnaam/);
});

test('styles as a link, for pages with a strict Content-Security-Policy', async () => {
  const html = await renderElement('actor-filter', {styles: {href: (tag) => `/styles/${tag}.css`}});
  assert.match(html, /<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="\/styles\/actor-filter.css">/);
  assert.ok(!html.includes('<style>'));
});
