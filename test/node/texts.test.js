// Guards the publications' summaries and findings against the source document of the dataset: a card
// on a UWV or gemeente page is read as the document's word, so a text may carry no number the document
// does not give for that publication and may not copy the document's sentences. Also guards what was
// fixed against it since (issue 27): meanings as the document has them, the findings rows rest on, each
// row's publication where one label stands for several, with its note, and our English translation.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const repositoryRoot = new URL('../../', import.meta.url);
const documentPath = fileURLToPath(new URL('../shared/seed/000_8ebd45f661a93e4a.txt', repositoryRoot));
const datasetPath = fileURLToPath(new URL('data/landscape.json', repositoryRoot));

if (!existsSync(documentPath)) {
  throw new Error(`The source document is missing: expected it at ${documentPath} ` +
    '(../shared/seed/ beside the repository, where CI puts it). The texts cannot be checked without it.');
}
// The document stores some letters decomposed (e + U+0308 for ë); NFC makes it compare with the dataset.
const documentText = readFileSync(documentPath, 'utf8').normalize('NFC');
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8'));

// The longest run of words a text may share with the document, and the one longer run allowed: the list
// of the four interventions Bisschop et al. compared, named as the document names them. A text may use
// this run or a part of it, in that publication only.
const LONGEST_SHARED_RUN = 11;
const ALLOWED_RUN = {
  source: 'bisschop-2018',
  words: 'een gesprek met een medewerker van het loopbaan en ontwikkelplein lop een gesprek met de direct ' +
    'leidinggevende managers een gesprek met een collega ambassadeurs',
};
// 40,487 before issue 27, which added three findings that rows rest on.
const MAX_TOTAL_LENGTH = 41_850;

const textsOf = (source) => [
  {label: 'summary', text: source.summary},
  ...source.findings.map((text, index) => ({label: `finding ${index + 1}`, text})),
];

// Each publication's part of the document runs from its heading (its title followed by the citation in
// brackets) to the next publication's heading; the tables before the first heading are left out.
// Requiring the bracket skips the mention of the ECBO evaluation inside the heading of its appendix.
function sectionsByPublication() {
  const flat = documentText.replace(/\s+/g, ' ');
  const starts = dataset.sources.map((source) => {
    const title = source.title.normalize('NFC').replace(/\s+/g, ' ');
    const match = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?\\(`).exec(flat);
    assert.ok(match, `${source.id}: its title "${source.title}" is not a heading in the document`);
    return {id: source.id, start: match.index};
  }).sort((a, b) => a.start - b.start);
  return new Map(starts.map(({id, start}, i) => [id, flat.slice(start, starts[i + 1]?.start ?? flat.length)]));
}

// Numbers are compared as values, so the same figure matches in each way Dutch text writes it:
// - "64%", "64 %" and "64 procent" all hold 64 (the unit is not part of the number);
// - a dot or a (narrow) no-break space between groups of three digits groups thousands: "1.000" is 1000;
// - the comma is the decimal sign, and a dot before one or two digits is read as one: "55,8" = "55.8";
//   trailing decimal zeros do not count ("5,0" is 5), nor do leading zeros;
// - a range, a slash or a hyphen separates numbers: "25-65", "1996/1998", "55-plussers" hold 25 and 65,
//   1996 and 1998, and 55; digits inside a word count too ("NT2" holds 2, "2F" holds 2);
// - a cardinal written as a word counts as its digits ("zeven" is 7, "tien" is 10), since the document
//   writes some in words and some in digits. "een" is left out: it is mostly the article.
const NUMBER_WORDS = new Map(Object.entries({
  'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11,
  twaalf: 12, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100, duizend: 1000,
}).map(([word, value]) => [word, String(value)]));

function numbersIn(text) {
  const found = [];
  const digits = /(\d{1,3}(?:[.\u00a0\u202f]\d{3})+(?![\d])|\d+)(?:,(\d+)|\.(\d{1,2})(?!\d))?/g;
  for (const [written, integer, commaDecimals, dotDecimals] of text.matchAll(digits)) {
    const whole = integer.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
    const decimals = (commaDecimals ?? dotDecimals ?? '').replace(/0+$/, '');
    found.push({written, value: decimals ? `${whole},${decimals}` : whole});
  }
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (NUMBER_WORDS.has(word)) found.push({written: word, value: NUMBER_WORDS.get(word)});
  }
  return found;
}

// Words are compared without case, accents, apostrophes or punctuation: "Collega's" and "collega’s" are
// one word, "re-\nintegratie" (a word broken over two lines) and "re-integratie" are the same two words.
const wordsOf = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['’‘`]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const windowLength = LONGEST_SHARED_RUN + 1;
const documentWords = wordsOf(documentText);
const documentWindows = new Set(documentWords.slice(0, -LONGEST_SHARED_RUN)
  .map((_, i) => documentWords.slice(i, i + windowLength).join(' ')));

// The maximal runs of at least windowLength words that a text shares with the document.
function sharedRuns(text) {
  const words = wordsOf(text);
  const runs = [];
  for (let i = 0; i + windowLength <= words.length; i++) {
    if (!documentWindows.has(words.slice(i, i + windowLength).join(' '))) continue;
    const last = runs.at(-1);
    if (last && i <= last.end - windowLength + 1) last.end = i + windowLength;
    else runs.push({start: i, end: i + windowLength});
  }
  return runs.map(({start, end}) => words.slice(start, end).join(' '));
}

const isAllowed = (sourceId, run) =>
  sourceId === ALLOWED_RUN.source && ` ${ALLOWED_RUN.words} `.includes(` ${run} `);

test('numbers and words are read in one normal form, whichever way they are written', () => {
  const values = (text) => numbersIn(text).map(({value}) => value);
  assert.deepEqual(values('64%'), values('64 %'));
  assert.deepEqual(values('1.000 mensen, 1\u00a0000 mensen'), ['1000', '1000']);
  assert.deepEqual(values('55,8% en 1.5 en 5,0'), ['55,8', '1,5', '5']);
  assert.deepEqual(values('in 2006, 30% en (1985, 2000)'), ['2006', '30', '1985', '2000']);
  assert.deepEqual(values('25-65 jaar, 1996/1998, 55-plussers, NT2'), ['25', '65', '1996', '1998', '55', '2']);
  assert.deepEqual(values('zeven competenties in tien stappen, een doel'), ['7', '10']);
  assert.deepEqual(wordsOf('Collega’s re-\nintegratie: ÉÉN'), wordsOf("collega's re-integratie een"));
});

test('the dataset holds 31 stimulating and 52 inhibiting factors from 25 publications', () => {
  const count = (kind) => dataset.factors.filter((factor) => factor.kind === kind).length;
  assert.equal(count('stimulerend'), 31, 'stimulerend factors');
  assert.equal(count('inhiberend'), 52, 'inhiberend factors');
  assert.equal(dataset.factors.length, 83, 'no factor of another kind');
  assert.equal(dataset.sources.length, 25, 'publications');
});

test('every number in a publication\'s texts occurs in that publication\'s part of the document', () => {
  const sections = sectionsByPublication();
  const problems = [];
  for (const source of dataset.sources) {
    const inDocument = new Set(numbersIn(sections.get(source.id)).map(({value}) => value));
    for (const {label, text} of textsOf(source)) {
      for (const {written, value} of numbersIn(text)) {
        if (!inDocument.has(value)) problems.push(`${source.id} ${label}: "${written}" is not in the document's part on this publication, in: "${text}"`);
      }
    }
  }
  assert.deepEqual(problems, [], `numbers the document does not give:\n${problems.join('\n')}`);
});

test(`no text copies ${windowLength} or more consecutive words from the document`, () => {
  const problems = [];
  for (const source of dataset.sources) {
    for (const {label, text} of textsOf(source)) {
      for (const run of sharedRuns(text)) {
        if (!isAllowed(source.id, run)) problems.push(`${source.id} ${label}: copies "${run}"`);
      }
    }
  }
  assert.deepEqual(problems, [], `texts that copy the document:\n${problems.join('\n')}`);
});

test('the one allowed run is the document\'s own list, for a publication of the dataset', () => {
  assert.ok(` ${documentWords.join(' ')} `.includes(` ${ALLOWED_RUN.words} `), 'the allowed run is in the document');
  assert.ok(dataset.sources.some((source) => source.id === ALLOWED_RUN.source), `${ALLOWED_RUN.source} is a publication`);
});

test(`all summaries and findings together are at most ${MAX_TOTAL_LENGTH} characters`, () => {
  const lengths = dataset.sources.map((source) => ({
    id: source.id, length: textsOf(source).reduce((sum, {text}) => sum + [...text].length, 0),
  }));
  const total = lengths.reduce((sum, {length}) => sum + length, 0);
  const longest = [...lengths].sort((a, b) => b.length - a.length).slice(0, 3).map(({id, length}) => `${id} ${length}`);
  assert.ok(total <= MAX_TOTAL_LENGTH, `the texts are ${total} characters, more than ${MAX_TOTAL_LENGTH}; longest: ${longest.join(', ')}`);
});

// What issue 27 fixed: each wording as the document has it. `about` finds the one text of the publication that
// the fix is in; it must say what `says` says and not what `not` says (the wording it had before), and its
// English translation what `english` says.
const FIXED_WORDINGS = [
  {source: 'roa-2018-levenslang-leren', about: /scholingscheques/, says: [/beveelt aan/], not: [/kan helpen/], english: [/recommends/],
    why: 'using training vouchers or a learning account for career advice is a recommendation, not an existing option'},
  {source: 'de-greef-2021', about: /sociale relaties/, says: [/op één van zes gebieden/], not: [/op zes gebieden/], english: [/in one of six areas/],
    why: 'the added value is shown in one of the six areas'},
  {source: 'bisschop-2018', about: /klein deel/, says: [/zegt zich/], not: [/meldde zich/], english: [/say that the intervention made them sign up/],
    why: 'signing up because of the intervention is what a small part says (self-report)'},
  {source: 'panteia-2019', about: /andere prioriteiten/, says: [/andere prioriteiten.{0,40}gevoel/], not: [/prioriteiten en tijdgebrek/], english: [/other priorities.{0,40}feeling/],
    why: 'other priorities lead to a feeling of lack of time'},
  {source: 'tno-2011', about: /psychologische factoren/, says: [/een rol spelen bij/], not: [/bepalen/], english: [/play a part in/],
    why: 'the psychological factors play a part in taking part, they do not determine it'},
  {source: 'tno-2005', about: /informatie en/, says: [/kan afhangen van/], not: [/keuze maakt, hangt af/], english: [/can depend on/],
    why: 'making a choice can depend on information and support'},
  {source: 'scp-2019', about: /ondernemendheid/, says: [/weinig zelfvertrouwen/, /weinig ondernemendheid/, /niet altijd geneigd/],
    not: [/ontbreekt/, /werkgevers investeren niet altijd/], english: [/little self-confidence/, /little enterprise/, /not always inclined/], why: 'little self-confidence and enterprise; employers not always inclined to invest'},
  {source: 'ecbo-2019-motiveren', about: /beweegredenen/, says: [/te motiveren/, /misschien/], not: [/gaat leren en blijft leren/], english: [/motivating/, /perhaps/],
    why: 'the chance is greatest to succeed in motivating someone, and perhaps to keep them at it'},
  {source: 'ecbo-2019-evaluatie', about: /communicatie op de werkvloer/, says: [/draagt bij aan betere communicatie/, /reacties/, /helpt om taalbeleid/],
    not: [/verbeterde de communicatie/, /gewaardeerd als bijdrage/], english: [/contributes to better communication/, /reactions/], why: 'language training contributes to better communication; appreciation is read from the reactions'},
  {source: 'fouarge-2012', about: /conclusie/, says: [/landschapsanalyse/], not: [], english: [/landscape analysis/], why: 'the landscape analysis, not the publication, gives only the conclusion'},
  {source: 'roa-2017', about: /zelfstudie over/, says: [/landschapsanalyse/], not: [], english: [/landscape analysis/], why: 'the landscape analysis takes only these figures'},
  {source: 'cbs-2021', about: /neemt/, says: [/landschapsanalyse/], not: [], english: [/landscape analysis/], why: 'the landscape analysis takes these figures'},
  // The findings that rows rest on and that were missing.
  {source: 'ecbo-2010', about: /kans op geen werk/, says: [/groter dan bij hoogopgeleiden/], not: [], english: [/larger than among the highly educated/],
    why: 'training makes more difference to the risk of having no work among the low-educated (row "(gebrek aan) motivatie")'},
  {source: 'ecbo-2010', about: /gemotiveerd is voor postinitiële scholing/, says: [/op elk opleidingsniveau even sterk/], not: [], english: [/equally strong at every level/],
    why: 'motivation and taking part go together, equally at every level'},
  {source: 'roa-2018-levenslang-leren', about: /geen onderscheid/, says: [/tussen laag- en hoogopgeleiden/, /geen grote voorkeur/], not: [], english: [/no distinction between low- and highly educated/],
    why: 'employers make no distinction by level of education (beside row "werkgever investeert niet/minder in lageropgeleiden")'},
  {source: 'hogeschool-utrecht-2020', about: /eerste set/, says: [/schriftelijke of online communicatie/], not: [], english: [/written or online communication/],
    why: 'the process barriers (row "proceselementen van dienstverlening")'},
];

const sourceOf = (id) => dataset.sources.find((source) => source.id === id);

for (const {source, about, says, not, english: inEnglish, why} of FIXED_WORDINGS) {
  test(`${source} says it as the document does: ${why}`, () => {
    const found = textsOf(sourceOf(source)).filter(({text}) => about.test(text));
    assert.equal(found.length, 1, `${source}: exactly one text matches ${about}, found ${found.map(({label}) => label).join(', ') || 'none'}`);
    const [{label, text}] = found;
    for (const wording of says) assert.match(text, wording, `${source} ${label}`);
    for (const wording of not) assert.doesNotMatch(text, wording, `${source} ${label}`);
    const translated = textsOf({...sourceOf(source), ...dataset.translations.en.sources[source]}).find((other) => other.label === label).text;
    for (const wording of inEnglish) assert.match(translated, wording, `${source} ${label}, in English`);
  });
}

test('no text says "het document", which on a public page reads as the publication itself', () => {
  const problems = dataset.sources.flatMap((source) => textsOf(source).filter(({text}) => /\bhet document\b/i.test(text)).map(({label}) => `${source.id} ${label}`));
  assert.deepEqual(problems, []);
});

// Where one label of the Bron column stands for several publications ("ECBO (2019)", "ROA (2018)"), each row
// links the publications whose text in the document supports it, and its note says why. The decisions, row by
// row: what the notes explain, kept here so that no row drifts back to all publications of its label.
const LINKS_OF_SHARED_LABELS = {
  'motivatie': ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren'],
  'performance': ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren'],
  'vertrouwen': ['roa-2018-levenslang-leren'],
  'bereidheid-tot-risico-nemen': ['roa-2018-levenslang-leren'],
  'geen-voorkeur-voor-in-welke-tijd-scholing-volgen': ['roa-2018-levenslang-leren'],
  'feedback-van-collegas': ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren'],
  'organisatie-zet-hrm-instrumenten-in': ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren'],
  'self-efficacy-gebrek': ['ecbo-2019-motiveren'],
  'gebrek-aan-passend-scholingsaanbod': ['ecbo-2019-motiveren'],
  'tijdelijk-contract': ['roa-2018-kwetsbare-positie'],
  'feedback-van-leidinggevende': ['roa-2018-levenslang-leren'],
  'scholing-vindt-online-plaats': ['roa-2018-levenslang-leren'],
  'werkinhoud': ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren'],
  'gebrek-aan-urgentie-geen-inzicht': ['roa-2018-levenslang-leren'],
  'gevoel-van-gebrek-aan-tijd': ['ecbo-2019-motiveren'],
  'werk-privebalans-bewaken': ['ecbo-2019-motiveren'],
  'negatief-beeld-van-scholing': ['ecbo-2019-motiveren', 'roa-2018-levenslang-leren'],
  'gebrek-aan-financiele-middelen': ['ecbo-2019-motiveren'],
  'gebrek-aan-zelfvertrouwen': ['roa-2018-levenslang-leren'],
};
const citationOf = (id) => sourceOf(id).citation;
const sharedLabel = (id) => dataset.sources.filter((source) => source.citation === citationOf(id)).length > 1;

test('each row whose label stands for several publications links the ones the document supports', () => {
  const linked = Object.fromEntries(dataset.factors
    .map((factor) => [factor.id, factor.sources.filter(sharedLabel)]).filter(([, ids]) => ids.length > 0));
  assert.deepEqual(linked, LINKS_OF_SHARED_LABELS);
});

test('every link to a publication whose label stands for several has a note that names the label, in Dutch and in English', () => {
  const problems = [];
  for (const factor of dataset.factors) {
    for (const id of factor.sources.filter(sharedLabel)) {
      const note = factor.sourceNotes?.[id];
      const translated = dataset.translations?.en?.sourceNotes?.[factor.id]?.[id];
      if (!note?.includes(citationOf(id))) problems.push(`${factor.id} → ${id}: ${note === undefined ? 'no note' : `the note does not name ${citationOf(id)}`}`);
      if (!translated?.includes(citationOf(id))) problems.push(`${factor.id} → ${id}: ${translated === undefined ? 'no English note' : `the English note does not name ${citationOf(id)}`}`);
    }
  }
  assert.deepEqual(problems, []);
});

// Our English texts translate the Dutch ones, so each carries the same numbers. Numbers are read as for the
// Dutch texts, with English cardinals as words. "one" and "één" do not count: they are as often a pronoun or
// an article ("one in five", "niet één type") as a number.
const ENGLISH_NUMBER_WORDS = new Map(Object.entries({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
}).map(([word, value]) => [word, String(value)]));

function englishNumbersIn(text) {
  const digits = numbersIn(text).filter(({written}) => /\d/.test(written));
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH_NUMBER_WORDS.has(word))
    .map((word) => ({written: word, value: ENGLISH_NUMBER_WORDS.get(word)}));
  return [...digits, ...words];
}
const valuesOf = (numbers) => [...new Set(numbers.filter(({written}) => written.toLowerCase() !== 'één').map(({value}) => value))].sort();

const english = dataset.translations?.en;

test('every publication has our English translation of its summary and of each of its findings', () => {
  assert.ok(english, 'the dataset has translations.en');
  for (const source of dataset.sources) {
    const translated = english.sources[source.id];
    assert.ok(translated, `${source.id} has an English translation`);
    assert.equal(translated.findings.length, source.findings.length, `${source.id}: as many findings in English as in Dutch`);
  }
  assert.deepEqual(Object.keys(english.sources).sort(), dataset.sources.map((source) => source.id).sort(), 'no translation of a publication the dataset does not have');
});

test('each English text carries the same numbers as its Dutch text', () => {
  const problems = [];
  const compare = (what, dutch, translated) => {
    const [nl, en] = [valuesOf(numbersIn(dutch)), valuesOf(englishNumbersIn(translated))];
    if (nl.join(' ') !== en.join(' ')) problems.push(`${what}: Dutch has ${nl.join(', ') || 'none'}, English ${en.join(', ') || 'none'}`);
  };
  for (const source of dataset.sources) {
    const translated = english.sources[source.id];
    compare(`${source.id} summary`, source.summary, translated.summary);
    source.findings.forEach((finding, i) => compare(`${source.id} finding ${i + 1}`, finding, translated.findings[i] ?? ''));
  }
  for (const factor of dataset.factors) {
    for (const [id, note] of Object.entries(factor.sourceNotes ?? {})) {
      compare(`note ${factor.id} → ${id}`, note, english.sourceNotes?.[factor.id]?.[id] ?? '');
    }
  }
  assert.deepEqual(problems, [], `numbers that differ:\n${problems.join('\n')}`);
});

test('the English numbers are read as the Dutch ones', () => {
  assert.deepEqual(valuesOf(englishNumbersIn('55.8% and 1.5; seven of ten, one in five, 1996/1998, 55+')),
    valuesOf(numbersIn('55,8% en 1,5; zeven van tien, een op de vijf, 1996/1998, 55+')));
  assert.deepEqual(valuesOf(englishNumbersIn('In 2006, 30% of them')), ['2006', '30']);
});
