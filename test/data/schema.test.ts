import {expect} from '@open-wc/testing';
import {Validator} from '@cfworker/json-schema';
import {bundledDataset, validateDataset} from '../../src/data/index.js';
import schema from '../../data/landscape.schema.json' with {type: 'json'};

const schemaErrors = (value: unknown) => new Validator(schema as object, '2020-12', false).validate(value).errors;

describe('data/landscape.schema.json', () => {
  it('accepts the bundled dataset', () => {
    expect(schemaErrors(bundledDataset).map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
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
  ];
  for (const [name, breakIt] of breaks) {
    it(`and validateDataset both refuse ${name}`, () => {
      const copy = structuredClone(bundledDataset) as any;
      breakIt(copy);
      expect(schemaErrors(copy), 'schema').to.not.be.empty;
      expect(validateDataset(copy).ok, 'validateDataset').to.equal(false);
    });
  }
});
