// @engines chromium, firefox: a PDF comes from the DevTools protocol (Chromium) or WebDriver BiDi's browsingContext.print (Firefox); WebKit's driver has none (its print content: test/factor-table/print-rows.test.ts)
//
// The pages of issue 34 as an adviser saves them as PDF (A4, "save as PDF" margins), from the built CDN
// bundle, once the page has loaded: the text poppler reads from the PDF, page by page. Run `npm run build` first.
import {expect} from '@open-wc/testing';
import {NO_FILTER, apaOrder, bundledDataset, filterFactors, formatApaReference, type Factor} from '../../src/data/index.js';
import {sourcesCitedBy} from '../../src/data/filter-summary.js';
import {printToPdf, type Pdf} from '../shared/commands.js';
import {requireBuild} from '../embed/helpers.js';

const A4 = [595.92, 841.92];
const HEADER = 'Soort Factor Hoe Wie Bron Studies';

/**
 * Text as a reader reads it off the paper: ligatures as letters (Firefox writes "ﬁ"), a syllable break
 * joined (Firefox hyphenates Dutch; poppler reads its hyphen as U+2010), and any line break as a space,
 * except after a hyphen or slash, where a line may break inside a compound ("HR-afdeling").
 */
const read = (text: string) => text.normalize('NFKC').replace(/\u2010\s+/g, '').replace(/\s+/g, ' ').replace(/([-/]) /g, '$1').trim();

/** A row as it reads on paper: the factor, then how it works, each word whole. */
const rowText = (factor: Factor) => read(`${factor.factor} ${factor.how}`);

/** Where each row starts in the text, in order; fails for a row whose words are not all whole and in place. */
function rowPlaces(text: string, factors: readonly Factor[]): number[] {
  let from = 0;
  return factors.map((factor) => {
    const at = text.indexOf(rowText(factor), from);
    expect(at, `the row "${factor.factor}" with every word whole, after the row before it`).to.be.at.least(0);
    from = at + 1;
    return at;
  });
}

function expectA4(pdf: Pdf): void {
  expect(pdf.size[0]).to.be.closeTo(A4[0]!, 1);
  expect(pdf.size[1]).to.be.closeTo(A4[1]!, 1);
  expect(pdf.text).to.have.length(pdf.pages);
}

describe('a PDF of the table', function () {
  this.timeout(60000);
  before(requireBuild);

  it('the issue\'s page: 8 rows whole, what they are and the date on top, their references at the end, at most 2 A4 pages', async () => {
    const url = '/__page/test/pages/fixtures/print-werkgever.html';
    // The reference list's element comes when its tag appears.
    const pdf = await printToPdf(url, {defined: ['source-citation']});
    expectA4(pdf);
    expect(pdf.pages, 'pages').to.be.at.most(2);
    expect(pdf.filled[0], 'the first page filled').to.be.above(2 / 3);
    const text = read(pdf.text.join('\n'));
    const first = read(pdf.text[0]!);

    const statement = 'Belemmerende factoren voor werkgevers: 8 van de 83 factoren uit de psychologische landschapsanalyse.';
    const today = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric'}).format(new Date());
    const printed = `Afgedrukt op ${today} van ${new URL(url, location.href).href}`;
    expect(first.indexOf(statement), 'the statement on the first page').to.be.at.least(0);
    expect(first.indexOf(printed), 'the date and address on the first page').to.be.above(first.indexOf(statement));
    expect(first.indexOf(HEADER), 'the table after them').to.be.above(first.indexOf(printed));

    const rows = filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', actors: ['werkgever']});
    expect(rows).to.have.length(8);
    const places = rowPlaces(text, rows);
    expect(places[0]).to.be.above(text.indexOf(HEADER));

    // Under the rows: the references of exactly the publications they cite, in APA order; then the page's reference list.
    const heading = 'Bronnen van deze factoren (APA)';
    const references = apaOrder(sourcesCitedBy(bundledDataset, rows)).map((source) => read(formatApaReference(source).text));
    const start = text.indexOf(heading);
    expect(start, 'the references').to.be.above(places.at(-1)!);
    const list = text.indexOf('Bronnenlijst', start);
    expect(list, 'the page\'s reference list after them').to.be.above(start);
    expect(text.slice(start + heading.length, list).trim()).to.equal(references.join(' '));
    const lastEntry = read(formatApaReference(apaOrder(bundledDataset.sources).at(-1)!).text);
    expect(text.indexOf(lastEntry, list), 'the whole reference list').to.be.above(list);
    // Nothing to press or type on paper.
    for (const control of ['Download als CSV', 'Zoek in de factoren', 'Wis alle filters', 'Kopieer bronnenlijst', 'Download RIS']) {
      expect(text, control).to.not.contain(control);
    }
  });

  it('all 83 rows, each whole, with the column headers on every page that has rows', async () => {
    const pdf = await printToPdf('/__page/test/pages/fixtures/print-all.html');
    expectA4(pdf);
    const pages = pdf.text.map(read);
    rowPlaces(pages.join(' '), bundledDataset.factors);
    const withRows = pages.filter((page) => /(^| )(Stimulerend|Belemmerend) /.test(page));
    expect(withRows.length, 'pages with rows').to.be.above(1);
    withRows.forEach((page, i) => expect(page.indexOf(HEADER), `the header on page ${i + 1}`).to.be.at.least(0));
    // No half-empty page: a row shorter than a third of a page that does not fit moves to the next one,
    // so every page but the last is filled to at least two thirds.
    const filled = pdf.filled.slice(0, -1);
    expect(Math.min(...filled), `pages filled: ${pdf.filled.map((part) => part.toFixed(2)).join(', ')}`).to.be.at.least(2 / 3);
  });
});
