// The query of embed.html, read on the embed page and written by the builder (src/embed/embed-query.ts).
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {DEFAULT_EMBED_SETTINGS, describeEmbedProblem, readEmbedQuery, writeEmbedQuery, type EmbedSettings} from '../../src/embed/embed-query.js';
import {embedElements} from '../../src/embed/embed-elements.js';

const SOURCE_IDS = new Set(bundledDataset.sources.map((source) => source.id));
const read = (search: string) => readEmbedQuery(search, SOURCE_IDS);
const settings = (change: Partial<EmbedSettings>): EmbedSettings => ({...DEFAULT_EMBED_SETTINGS, ...change});

describe('embed query', () => {
  const cases: [string, string, Partial<EmbedSettings>][] = [
    ['no query: the table', '', {}],
    ['the issue\'s example', '?actor=werkgever&kind=inhiberend', {actors: ['werkgever'], kind: 'inhiberend'}],
    ['several values, comma or space', '?actor=werkgever,trainer%20omgeving', {actors: ['werkgever', 'trainer', 'omgeving']}],
    ['a repeated parameter adds values', '?actor=werkgever&actor=trainer', {actors: ['werkgever', 'trainer']}],
    ['capitals as an editor types them', '?kind=Inhiberend&actor=WERKGEVER&lang=EN', {kind: 'inhiberend', actors: ['werkgever'], lang: 'en'}],
    ['elements in page order', '?show=actor-filter,factor-table', {show: ['actor-filter', 'factor-table']}],
    ['sources by id', '?source=tno-2011,roa-2018-kwetsbare-positie', {sources: ['tno-2011', 'roa-2018-kwetsbare-positie']}],
    ['a search text, as text', '?query=%3Cb%3Etijd%3C%2Fb%3E', {query: '<b>tijd</b>'}],
    ['doubles once', '?actor=trainer,trainer', {actors: ['trainer']}],
  ];
  for (const [name, search, expected] of cases) {
    it(`reads ${name}`, () => {
      const {settings: read_, problems} = read(search);
      expect(problems).to.deep.equal([]);
      expect(read_).to.deep.equal(settings(expected));
    });
  }

  it('names unknown parameters and values, and keeps the valid ones', () => {
    const {settings: found, problems} = read('?show=factor-tabel,factor-table&actor=baas,werkgever&kind=remmend&source=xyz-2099&lang=de&colour=blue');
    expect(found).to.deep.equal(settings({actors: ['werkgever']}));
    expect(problems).to.deep.equal([
      {unknownParameter: 'colour'},
      {parameter: 'show', values: ['factor-tabel']},
      {parameter: 'actor', values: ['baas']},
      {parameter: 'kind', values: ['remmend']},
      {parameter: 'source', values: ['xyz-2099']},
      {parameter: 'lang', values: ['de']},
    ]);
  });

  it('shows the table when no element in show is known', () => {
    expect(read('?show=tabel').settings.show).to.deep.equal(['factor-table']);
  });

  it('says in Dutch what is wrong and what to choose', () => {
    expect(describeEmbedProblem({parameter: 'actor', values: ['baas']}))
      .to.equal('In "actor" staat een onbekende waarde: "baas". Kies uit werkgever, werknemer, omgeving, trainer.');
    expect(describeEmbedProblem({parameter: 'kind', values: ['a', 'b']})).to.equal('In "kind" staan onbekende waarden: "a", "b". Kies stimulerend of inhiberend.');
    expect(describeEmbedProblem({unknownParameter: 'colour'}))
      .to.equal('Onbekende instelling "colour". Deze pagina kent show, actor, kind, source, query en lang.');
    expect(describeEmbedProblem({unknownParameter: 'x'.repeat(100)})).to.equal(`Onbekende instelling "${'x'.repeat(39)}…". Deze pagina kent show, actor, kind, source, query en lang.`);
  });

  it('writes what it reads, leaving out the defaults', () => {
    const written: [Partial<EmbedSettings>, string][] = [
      [{}, ''],
      [{actors: ['werkgever'], kind: 'inhiberend'}, '?actor=werkgever&kind=inhiberend'],
      [{show: ['actor-filter', 'factor-table'], actors: ['werkgever', 'trainer'], lang: 'en'}, '?show=actor-filter,factor-table&actor=werkgever,trainer&lang=en'],
      [{query: ' tijd & geld <b> '}, '?query=tijd%20%26%20geld%20%3Cb%3E'],
      [{sources: ['tno-2011']}, '?source=tno-2011'],
    ];
    for (const [change, query] of written) {
      expect(writeEmbedQuery(settings(change))).to.equal(query);
      expect(read(query)).to.deep.equal({settings: settings({...change, query: change.query?.trim() ?? ''}), problems: []});
    }
  });
});

describe('embed elements', () => {
  it('gives the filters to the table and the heatmap (the kind as what it counts), a card per source, the whole list without one', () => {
    const all = settings({show: ['actor-filter', 'factor-table', 'barrier-heatmap', 'source-citation'], kind: 'inhiberend', actors: ['werkgever', 'trainer'], query: 'tijd'});
    const filters = [['kind', 'inhiberend'], ['actor', 'werkgever trainer'], ['query', 'tijd']];
    expect(embedElements(all)).to.deep.equal([
      {tag: 'actor-filter', attributes: []},
      {tag: 'factor-table', attributes: filters},
      {tag: 'barrier-heatmap', attributes: [['counts', 'inhiberend'], ['actor', 'werkgever trainer'], ['query', 'tijd']]},
      {tag: 'source-citation', attributes: [['all', '']]},
    ]);
    expect(embedElements(settings({show: ['source-citation'], sources: ['tno-2011', 'tno-2005']}))).to.deep.equal([
      {tag: 'source-citation', attributes: [['source', 'tno-2011']]},
      {tag: 'source-citation', attributes: [['source', 'tno-2005']]},
    ]);
  });
});
