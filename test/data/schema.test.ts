import {expect} from '@open-wc/testing';
import {Validator} from '@cfworker/json-schema';
import {bundledDataset, validateDataset} from '../../src/data/index.js';
import schema from '../../data/landscape.schema.json' with {type: 'json'};
import {landscapeFile} from '../shared/landscape.js';

const schemaErrors = (value: unknown) => new Validator(schema as object, '2020-12', false).validate(value).errors;

describe('data/landscape.schema.json', () => {
  it('accepts the bundled dataset', () => {
    expect(schemaErrors(bundledDataset).map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
  });

  it('accepts a dataset without source notes or translations', () => {
    const copy = structuredClone(landscapeFile) as any;
    delete copy.translations;
    for (const factor of copy.factors) delete factor.sourceNotes;
    expect(schemaErrors(copy)).to.deep.equal([]);
  });

  // The schema and validateDataset describe one format: they must refuse the same breakage.
  const breaks: Array<[string, (d: any) => void]> = [
    ['an unknown actor', (d) => { d.factors[0].actors = ['baas']; }],
    ['an unknown kind', (d) => { d.factors[0].kind = 'neutraal'; }],
    ['an empty factor', (d) => { d.factors[0].factor = ' '; }],
    ['a missing how', (d) => { delete d.factors[0].how; }],
    ['no sources on a factor', (d) => { d.factors[0].sources = []; }],
    ['an actor named twice', (d) => { d.factors[0].actors = ['werkgever', 'werkgever']; }],
    ['a source named twice on a factor', (d) => { d.factors[0].sources = [d.sources[0].id, d.sources[0].id]; }],
    ['a year as text', (d) => { d.sources[0].year = '2019'; }],
    ['a javascript: url', (d) => { d.sources[0].url = 'javascript:alert(1)'; }],
    ['a source note that is not text', (d) => { d.factors[13].sourceNotes['roa-2018-kwetsbare-positie'] = 5; }],
    ['source notes as a list', (d) => { d.factors[0].sourceNotes = ['Omdat.']; }],
    ['translations as a list', (d) => { d.translations = []; }],
    ['a translation without sources', (d) => { delete d.translations.en.sources; }],
    ['an empty translated finding', (d) => { d.translations.en.sources['tno-2011'].findings[0] = ' '; }],
    ['a translation keyed by something other than a language code', (d) => { d.translations.English = d.translations.en; }],
  ];
  for (const [name, breakIt] of breaks) {
    it(`and validateDataset both refuse ${name}`, () => {
      const copy = structuredClone(landscapeFile) as any;
      breakIt(copy);
      expect(schemaErrors(copy), 'schema').to.not.be.empty;
      expect(validateDataset(copy).ok, 'validateDataset').to.equal(false);
    });
  }
});
