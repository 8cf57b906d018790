// The query of embed.html (`?show=factor-table&actor=werkgever&kind=inhiberend`): read it on the embed
// page, write it in the builder. No DOM: the same rules on both sides, tested as plain functions. The
// filter is read by the rules of the attributes and of deep links (parseFilter).
import {ACTORS, KINDS, type FactorFilter} from '../data/index.js';
import {EMBED_ELEMENTS, EMBED_PAGE_ORDER, type EmbedElement} from '../elements/registry.js';
import {filterText, parseFilter} from '../state/filter-state.js';

export {EMBED_ELEMENTS, EMBED_PAGE_ORDER, type EmbedElement};

export const EMBED_LANGUAGES = ['nl', 'en'] as const;
export type EmbedLanguage = (typeof EMBED_LANGUAGES)[number];

/** The query parameters embed.html understands, in the order the builder writes them. */
export const EMBED_PARAMETERS = ['show', 'actor', 'kind', 'source', 'query', 'lang'] as const;
type EmbedParameter = (typeof EMBED_PARAMETERS)[number];

/** What an embed page shows: which elements, in which language, with which filter. */
export interface EmbedSettings extends FactorFilter {
  /** Tag names in page order; never empty. */
  readonly show: readonly EmbedElement[];
  readonly lang: EmbedLanguage;
}

export const DEFAULT_EMBED_SETTINGS: EmbedSettings = Object.freeze({
  show: ['factor-table'] as EmbedElement[], kind: null, actors: [], sources: [], query: '', lang: 'nl' as const,
});

/** A part of the query the page cannot use: an unknown parameter, or values a known one does not have. */
export type EmbedProblem =
  | {readonly parameter: EmbedParameter; readonly values: readonly string[]}
  | {readonly unknownParameter: string};

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * Reads an embed page's query. Unknown parameters and values become problems (the page names them);
 * everything valid still applies.
 * @param sourceIds the ids of the dataset's publications
 */
export function readEmbedQuery(search: string, sourceIds: ReadonlySet<string>): {settings: EmbedSettings; problems: EmbedProblem[]} {
  const params = new URLSearchParams(search);
  const problems: EmbedProblem[] = [];
  for (const name of unique([...params.keys()])) {
    if (!(EMBED_PARAMETERS as readonly string[]).includes(name)) problems.push({unknownParameter: name});
  }
  /** The valid values of `show` or `lang`, the others reported. */
  const pick = <T extends string>(parameter: 'show' | 'lang', allowed: readonly string[]): T[] => {
    const values = unique(params.getAll(parameter).flatMap((text) => text.split(/[\s,]+/)).filter((value) => value !== ''));
    const unknownValues = values.filter((value) => !allowed.includes(value.toLowerCase()));
    if (unknownValues.length > 0) problems.push({parameter, values: unknownValues});
    return unique(values.map((value) => value.toLowerCase()).filter((value) => allowed.includes(value))) as T[];
  };
  const show = pick<EmbedElement>('show', EMBED_ELEMENTS);
  const all = (name: EmbedParameter) => (params.has(name) ? params.getAll(name).join(',') : null);
  const {change, unknown} = parseFilter({kind: params.getAll('kind').at(-1), actor: all('actor'), source: all('source')}, sourceIds);
  for (const parameter of ['actor', 'kind', 'source'] as const) {
    const values = unique(unknown.filter((entry) => entry.field === parameter).map((entry) => entry.value));
    if (values.length > 0) problems.push({parameter, values});
  }
  const lang = pick<EmbedLanguage>('lang', EMBED_LANGUAGES).at(-1) ?? 'nl';
  const query = params.getAll('query').join(' ').trim();
  return {
    settings: {show: show.length > 0 ? show : DEFAULT_EMBED_SETTINGS.show, kind: change.kind ?? null, actors: change.actors ?? [],
      sources: change.sources ?? [], query, lang},
    problems,
  };
}

/** The query string for these settings (with `?`, or `''` for the defaults); what the builder hands out. */
export function writeEmbedQuery(settings: EmbedSettings): string {
  const {kind, actor, source, query} = filterText({...settings, actors: settings.actors.map(encodeURIComponent),
    sources: settings.sources.map(encodeURIComponent), query: encodeURIComponent(settings.query.trim())});
  const show = settings.show.join(',') === DEFAULT_EMBED_SETTINGS.show.join(',') ? '' : settings.show.join(',');
  const values: Record<EmbedParameter, string> = {show, actor, kind, source, query, lang: settings.lang === 'nl' ? '' : settings.lang};
  const pairs = EMBED_PARAMETERS.filter((name) => values[name] !== '').map((name) => `${name}=${values[name]}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Long garbage in an address stays readable in the message. */
const quoted = (value: string) => `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;

const CHOICES: Record<EmbedParameter, string> = {
  show: `Kies uit ${EMBED_ELEMENTS.join(', ')}.`,
  actor: `Kies uit ${ACTORS.join(', ')}.`,
  kind: `Kies ${KINDS.join(' of ')}.`,
  source: 'Gebruik een bron-id, zoals de bouwer ze geeft (bijvoorbeeld tno-2011).',
  query: '',
  lang: `Kies ${EMBED_LANGUAGES.join(' of ')}.`,
};

/** One Dutch sentence per problem, for the message on the embed page. */
export function describeEmbedProblem(problem: EmbedProblem): string {
  if ('unknownParameter' in problem) {
    return `Onbekende instelling ${quoted(problem.unknownParameter)}. Deze pagina kent ${EMBED_PARAMETERS.slice(0, -1).join(', ')} en ${EMBED_PARAMETERS.at(-1)}.`;
  }
  const what = problem.values.length === 1 ? 'staat een onbekende waarde' : 'staan onbekende waarden';
  return `In "${problem.parameter}" ${what}: ${problem.values.map(quoted).join(', ')}. ${CHOICES[problem.parameter]}`;
}
