import {expect} from '@open-wc/testing';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors, type Dataset, type Kind} from '../../src/data/index.js';
import {heatmapFacts} from '../../src/data/heatmap-summary.js';
import {factorCountText, heatmapSummary} from '../../src/i18n/heatmap-summary.js';
import {loadEnglish} from '../../src/i18n/english-loader.js';

const data = bundledDataset;
const matrixOf = (kind: Kind, query = '', dataset: Dataset = data) => actorSourceMatrix(dataset, filterFactors(dataset, {...NO_FILTER, kind, query}));

describe('heatmapSummary', () => {
  // The English words come with the English chunk, as an element in English waits for it.
  before(() => loadEnglish());

  it('says in plain Dutch what stands out among the barriers, naming the largest cell', () => {
    expect(heatmapSummary(matrixOf('inhiberend'), {kind: 'inhiberend', language: 'nl'})).to.equal(
      'Er zijn 52 belemmeringen uit 12 bronnen. De meeste belemmeringen gaan over de werknemer: 38 van de 52. ' +
      'Het grootste vak is werknemer bij Panteia (2019): 16 belemmeringen. Panteia (2019) noemt de meeste belemmeringen: 17. ' +
      'De trainer komt het minst voor: bij 1 belemmering.');
  });

  it('says it in English too', () => {
    expect(heatmapSummary(matrixOf('inhiberend'), {kind: 'inhiberend', language: 'en'})).to.equal(
      'There are 52 barriers from 12 sources. Most barriers concern the employee: 38 of 52. ' +
      'The largest cell is employee in Panteia (2019): 16 barriers. Panteia (2019) names the most barriers: 17. ' +
      'The trainer appears least: in 1 barrier.');
  });

  it('names stimulating factors as such', () => {
    const text = heatmapSummary(matrixOf('stimulerend'), {kind: 'stimulerend', language: 'nl'});
    expect(text).to.contain('Er zijn 31 stimulerende factoren uit 7 bronnen.');
    expect(text).to.contain('Het grootste vak is werknemer bij TNO (2011): 6 stimulerende factoren.');
  });

  it('counts ties and actors with no factor', () => {
    const text = heatmapSummary(matrixOf('inhiberend', 'tijd'), {kind: 'inhiberend', language: 'nl'});
    const facts = heatmapFacts(matrixOf('inhiberend', 'tijd'));
    expect(facts.largestCells.length).to.be.above(1);
    const [first] = facts.largestCells;
    expect(text).to.contain(`Het grootste vak is ${first.actor} bij ${first.citation}: ${first.count} belemmeringen. Nog ${facts.largestCells.length - 1} vakken zijn even groot.`);
    expect(text).to.contain('Geen enkele belemmering gaat over de trainer.');
  });

  it('says so when nothing matches', () => {
    expect(heatmapSummary(matrixOf('inhiberend', 'xyzzy'), {kind: 'inhiberend', language: 'nl'})).to.equal('Er zijn geen belemmeringen om te tonen.');
    expect(heatmapSummary(matrixOf('stimulerend', 'xyzzy'), {kind: 'stimulerend', language: 'en'})).to.equal('There are no stimulating factors to show.');
  });

  it('keeps a one-factor dataset short and grammatical', () => {
    const tiny: Dataset = {title: 't', language: 'nl',
      sources: [{id: 's', citation: 'X (2020)', authors: ['X'], year: 2020, title: 'x', summary: 'x', findings: []}],
      factors: [{id: 'f', kind: 'inhiberend', factor: 'f', how: '', actors: ['werkgever'], sources: ['s']}]};
    expect(heatmapSummary(matrixOf('inhiberend', '', tiny), {kind: 'inhiberend', language: 'nl'}))
      .to.equal('Er is 1 belemmering uit 1 bron. Die gaat over de werkgever. Geen enkele belemmering gaat over de werknemer, de omgeving en de trainer.');
  });

  for (const [count, kind, language, expected] of [
    [1, 'inhiberend', 'nl', '1 belemmering'], [2, 'inhiberend', 'nl', '2 belemmeringen'],
    [1, 'stimulerend', 'nl', '1 stimulerende factor'], [2, 'stimulerend', 'nl', '2 stimulerende factoren'],
    [0, 'inhiberend', 'en', '0 barriers'], [1, 'stimulerend', 'en', '1 stimulating factor'], [3, null, 'nl', '3 factoren'],
  ] as const) {
    it(`counts ${expected}`, () => expect(factorCountText(count, kind, language)).to.equal(expected));
  }
});
