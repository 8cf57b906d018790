// The builder's three snippets for "werkgever + belemmerend" (8 rows), pasted into real rich-text editors
// and sanitizers as web editors' CMSes have them, and what a reader then sees: the stored HTML on a page of
// its own, once as it is and once in a site template with our lines (templateLines). Each outcome must be
// the one the README's table "Wat de lezer ziet, per CMS" gives, and that table may only say the chosen rows,
// a visible link to them, or other rows under a visible statement of their filter.
import {expect} from '@open-wc/testing';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import {DEFAULT_EMBED_SETTINGS, type EmbedSettings} from '../../src/embed/embed-query.js';
import {SNIPPET_VARIANTS, embedPageUrl, snippet, type SnippetVariant} from '../../src/embed/builder/snippets.js';
import {templateLines} from '../../src/embed/builder/cms-configs.js';
import {CDN, closeFrames, openFrame, requireBuild, whenLive} from '../embed/helpers.js';
import {CMS_CONFIGURATIONS} from './editors.js';
import {closeReaderPages, readerView, type Outcome} from './reader-view.js';

const BASE = new URL(CDN, location.href);
const SETTINGS: EmbedSettings = {...DEFAULT_EMBED_SETTINGS, kind: 'inhiberend', actors: ['werkgever']};
const HEIGHT = 600;
const citations = new Map(bundledDataset.sources.map((source) => [source.id, source.citation]));
const EXPECTED = {
  ids: filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', actors: ['werkgever']}).map((factor) => factor.id),
  page: embedPageUrl(SETTINGS, BASE),
  height: HEIGHT,
};

/** The README's columns, in the order of SNIPPET_VARIANTS' names there. */
const COLUMNS: Record<SnippetVariant, string> = {'script': 'Scriptregels', 'iframe': 'Iframe', 'iframe-resize': 'Iframe met automatische hoogte'};
const TABLE_HEADER = '| CMS en instelling |';
/** How a cell says what a page with our lines in its template shows, where that differs. */
const WITH_TEMPLATE = '; met de sjabloonregels: ';
const GOOD: readonly Outcome[] = ['werkt', 'werkt, vaste hoogte', 'link', 'melding'];

/** The README's table: per row name, per column header, the cell. */
async function readmeTable(): Promise<Map<string, Map<string, string>>> {
  const text = await (await fetch('/README.md')).text();
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(TABLE_HEADER));
  if (start < 0) throw new Error(`README.md has no table that starts with "${TABLE_HEADER}"`);
  const cells = (line: string) => line.slice(1, -1).split('|').map((cell) => cell.trim());
  const header = cells(lines[start]!);
  const rows = new Map<string, Map<string, string>>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [name, ...rest] = cells(line);
    rows.set(name!.replace(/\*/g, ''), new Map(rest.map((cell, i) => [header[i + 1]!, cell])));
  }
  return rows;
}

const cellText = (bare: Outcome, templated: Outcome) => (bare === templated ? bare : `${bare}${WITH_TEMPLATE}${templated}`);

describe('what a reader sees of a builder snippet, per CMS', function () {
  this.timeout(180000);
  before(requireBuild);
  afterEach(() => {
    closeReaderPages();
    closeFrames();
  });

  it('the README\'s table names only outcomes that lead the reader to the chosen rows, and every configuration tested here', async () => {
    const table = await readmeTable();
    for (const [name, row] of table) {
      expect([...row.keys()], name).to.deep.equal(SNIPPET_VARIANTS.map((variant) => COLUMNS[variant]));
      for (const cell of row.values()) {
        for (const outcome of cell.split(WITH_TEMPLATE)) expect(GOOD, `${name}: "${cell}"`).to.include(outcome);
      }
    }
    const tested = CMS_CONFIGURATIONS.map(({name}) => name);
    // The rows of WordPress are measured by test/wordpress, in a real WordPress.
    expect([...table.keys()].filter((name) => !name.startsWith('WordPress'))).to.deep.equal(tested);
  });

  it('the link every snippet leaves leads to a page with the chosen rows', async () => {
    const frame = await openFrame(EXPECTED.page, {width: 900});
    const [table] = await whenLive(frame);
    expect(table!.visibleFactors!.map((factor) => factor.id)).to.deep.equal(EXPECTED.ids);
    expect(EXPECTED.ids).to.have.length(8);
  });

  for (const configuration of CMS_CONFIGURATIONS) {
    it(configuration.name, async () => {
      const row = (await readmeTable()).get(configuration.name);
      const editor = await configuration.open(BASE);
      const measured = new Map<string, string>();
      const stored = new Map<string, string>();
      try {
        for (const variant of SNIPPET_VARIANTS) {
          const code = snippet({settings: SETTINGS, variant, base: BASE, height: HEIGHT, citations});
          const kept = await editor.paste(code);
          stored.set(variant, kept);
          const bare = await readerView(kept, EXPECTED);
          const templated = await readerView(kept, EXPECTED, templateLines(BASE));
          closeReaderPages();
          measured.set(COLUMNS[variant], cellText(bare.outcome, templated.outcome));
          for (const [page, view] of [['alone', bare], ['in the template', templated]] as const) {
            expect(GOOD, `${variant}, ${page}: ${view.seen}. Stored:\n${kept}`).to.include(view.outcome);
          }
        }
      } finally {
        await editor.close();
      }
      expect(Object.fromEntries(measured), `measured, against the README's row. Stored:\n${[...stored].map(([variant, html]) => `${variant}: ${html}`).join('\n')}`)
        .to.deep.equal(row ? Object.fromEntries(row) : 'a row in the README');
    });
  }
});
