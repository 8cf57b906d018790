import {expect} from '@open-wc/testing';
import {bundledDataset, validateDataset, type ValidationResult} from '../../src/data/index.js';

const clone = <T>(value: T): T => structuredClone(value);
const messages = (result: ValidationResult) => (result.ok ? [] : result.errors.map((error) => error.message));

describe('validateDataset', () => {
  it('accepts the bundled dataset, typed, with every row of the document', () => {
    const result = validateDataset(clone(bundledDataset));
    expect(result.ok, messages(result).join('\n')).to.equal(true);
    expect(bundledDataset.factors.filter((f) => f.kind === 'stimulerend')).to.have.length(31);
    expect(bundledDataset.factors.filter((f) => f.kind === 'inhiberend')).to.have.length(52);
    expect(bundledDataset.sources).to.have.length(25);
  });

  // Each case breaks one thing in a copy of the real dataset and names the message it must give.
  const broken: Array<[string, (d: any) => unknown, string, string]> = [
    ['not an object', () => 'hallo', '', 'verwacht een JSON-object met "factors" en "sources", maar kreeg tekst'],
    ['no factors', (d) => { delete d.factors; return d; }, 'factors', 'veld "factors" ontbreekt'],
    ['factors not a list', (d) => { d.factors = {}; return d; }, 'factors', 'veld "factors" moet een lijst zijn, maar is een object'],
    ['empty factors', (d) => { d.factors = []; return d; }, 'factors', 'de lijst "factors" is leeg'],
    ['unknown actor', (d) => { d.factors[2].actors = ['baas']; return d; }, 'factors[2].actors',
      'factor 3 ("stimulerende leeromgeving"): onbekende actor "baas" in veld "actors" (kies uit werkgever, werknemer, omgeving, trainer)'],
    ['empty actors', (d) => { d.factors[0].actors = []; return d; }, 'factors[0].actors', 'factor 1 ("goede coaching"): veld "actors" is een lege lijst'],
    ['missing source id', (d) => { d.factors[3].sources = ['tno-2099']; return d; }, 'factors[3].sources',
      'factor 4 ("scholingsintentie"): bron-id "tno-2099" in veld "sources" staat niet in de lijst "sources"'],
    ['duplicate factor id', (d) => { d.factors[1].id = d.factors[0].id; return d; }, 'factors[1].id',
      'factor 2 ("brede blik op leeropbrengsten"): id "goede-coaching" komt dubbel voor'],
    ['duplicate source id', (d) => { d.sources[1].id = d.sources[0].id; return d; }, 'sources[1].id', 'id "ecbo-2019-werkgeversreis" komt dubbel voor'],
    ['empty factor', (d) => { d.factors[0].factor = '  '; return d; }, 'factors[0].factor', 'factor 1: veld "factor" is leeg'],
    ['factor of the wrong type', (d) => { d.factors[0].factor = 42; return d; }, 'factors[0].factor', 'factor 1: veld "factor" moet tekst zijn, maar is een getal'],
    ['missing how', (d) => { delete d.factors[4].how; return d; }, 'factors[4].how', 'veld "how" ontbreekt'],
    ['unknown kind', (d) => { d.factors[0].kind = 'neutraal'; return d; }, 'factors[0].kind', 'onbekende soort "neutraal" in veld "kind" (kies uit stimulerend of inhiberend)'],
    ['year as text', (d) => { d.sources[0].year = '2019'; return d; }, 'sources[0].year', 'veld "year" moet een jaartal zijn (bijvoorbeeld 2019), maar is "2019"'],
    ['javascript: url', (d) => { d.sources[0].url = 'javascript:alert(1)'; return d; }, 'sources[0].url', 'veld "url" moet een http- of https-adres zijn'],
    ['factor row not an object', (d) => { d.factors[5] = null; return d; }, 'factors[5]', 'factor 6: verwacht een object, maar is null'],
  ];

  for (const [name, breakIt, path, message] of broken) {
    it(`refuses a dataset with ${name}`, () => {
      const result = validateDataset(breakIt(clone(bundledDataset)));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const error = result.errors.find((e) => e.path === path);
      expect(error, `errors: ${messages(result).join(' | ')}`).to.exist;
      expect(error!.message).to.contain(message);
    });
  }

  it('stops listing after 50 errors, so a huge broken file stays readable', () => {
    const d: any = clone(bundledDataset);
    d.factors = Array.from({length: 500}, (_, i) => ({...d.factors[0], id: `x${i}`, actors: ['baas']}));
    const result = validateDataset(d);
    expect(result.ok).to.equal(false);
    expect(messages(result)).to.have.length(50);
  });
});
