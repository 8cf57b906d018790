import {expect} from '@open-wc/testing';
import {bundledDataset, validateDataset, type ValidationResult} from '../../src/data/index.js';
import {validateFactorsAndSources} from '../../src/data/validate.js';
import {landscapeFile} from '../shared/landscape.js';

const clone = <T>(value: T): T => structuredClone(value);
const messages = (result: ValidationResult) => (result.ok ? [] : result.errors.map((error) => error.message));

describe('validateDataset', () => {
  it('accepts the bundled dataset, typed, with every row of the document', () => {
    const result = validateDataset(clone(landscapeFile));
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
    // The source notes (factor 14 "motivatie" has two, factor 16 "vertrouwen" one) and the translations.
    ['a note on a publication the row does not cite', (d) => { d.factors[15].sourceNotes = {'roa-2018-kwetsbare-positie': 'Omdat.'}; return d; },
      'factors[15].sourceNotes["roa-2018-kwetsbare-positie"]',
      'factor 16 ("vertrouwen"): veld "sourceNotes" licht bron "roa-2018-kwetsbare-positie" toe, maar die staat niet in veld "sources"'],
    ['source notes as a list', (d) => { d.factors[0].sourceNotes = ['Omdat.']; return d; }, 'factors[0].sourceNotes',
      'factor 1 ("goede coaching"): veld "sourceNotes" moet een object zijn'],
    ['an empty source note', (d) => { d.factors[13].sourceNotes['roa-2018-kwetsbare-positie'] = ' '; return d; },
      'factors[13].sourceNotes["roa-2018-kwetsbare-positie"]',
      'factor 14 ("motivatie"): veld "sourceNotes", bron "roa-2018-kwetsbare-positie" moet niet-lege tekst zijn'],
    ['translations as text', (d) => { d.translations = 'en'; return d; }, 'translations', 'dataset: veld "translations" moet een object zijn'],
    ['a translation into its own language', (d) => { d.translations.nl = d.translations.en; return d; }, 'translations["nl"]',
      'dataset: "nl" in veld "translations" moet de taalcode van een andere taal zijn dan "nl"'],
    ['a translation with a finding too few', (d) => { d.translations.en.sources['tno-2011'].findings.pop(); return d; },
      'translations["en"].sources["tno-2011"].findings', 'vertaling "en", bron 13 ("TNO (2011)"): veld "findings" moet 8 niet-lege teksten hebben'],
    ['an empty translated summary', (d) => { d.translations.en.sources['tno-2011'].summary = ''; return d; },
      'translations["en"].sources["tno-2011"].summary', 'vertaling "en", bron 13 ("TNO (2011)"): veld "summary" moet niet-lege tekst zijn'],
    ['a translation of an unknown publication', (d) => { d.translations.en.sources['tno-2099'] = {summary: 'x', findings: []}; return d; },
      'translations["en"].sources["tno-2099"]', 'vertaling "en": bron-id "tno-2099" in veld "sources" staat niet in de lijst "sources"'],
    ['a translated note where the row has none', (d) => { d.translations.en.sourceNotes['goede-coaching'] = {'de-greef-heimens-visser-2020': 'Because.'}; return d; },
      'translations["en"].sourceNotes["goede-coaching"]["de-greef-heimens-visser-2020"]',
      'vertaling "en", factor 1 ("goede coaching"): veld "sourceNotes" vertaalt een toelichting bij bron "de-greef-heimens-visser-2020" die de factor niet heeft'],
  ];

  for (const [name, breakIt, path, message] of broken) {
    it(`refuses a dataset with ${name}`, () => {
      const result = validateDataset(breakIt(clone(landscapeFile)));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const error = result.errors.find((e) => e.path === path);
      expect(error, `errors: ${messages(result).join(' | ')}`).to.exist;
      expect(error!.message).to.contain(message);
    });
  }

  it('accepts a dataset without source notes or translations, as every dataset was before them', () => {
    const d: any = clone(landscapeFile);
    delete d.translations;
    for (const factor of d.factors) delete factor.sourceNotes;
    const result = validateDataset(d);
    expect(result.ok, messages(result).join('\n')).to.equal(true);
  });

  it('leaves the source notes and translations out of what a group checks: the card checks them when it shows them', () => {
    const d: any = clone(landscapeFile);
    d.translations.en.sources['tno-2011'].findings = [];
    d.factors[13].sourceNotes = 'Omdat.';
    expect(validateFactorsAndSources(d).ok).to.equal(true);
    const result = validateDataset(d);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).to.include.members(
      ['factors[13].sourceNotes', 'translations["en"].sources["tno-2011"].findings']);
  });

  it('stops listing after 50 errors, so a huge broken file stays readable', () => {
    const d: any = clone(landscapeFile);
    d.factors = Array.from({length: 500}, (_, i) => ({...d.factors[0], id: `x${i}`, actors: ['baas']}));
    const result = validateDataset(d);
    expect(result.ok).to.equal(false);
    expect(messages(result)).to.have.length(50);
  });
});
