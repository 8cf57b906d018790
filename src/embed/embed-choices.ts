// The embed pages written ahead, one per common choice: a table of one kind (or both) for one actor (or
// all). Such a page holds its rows in its HTML, so a frame that runs no script (a CMS that sandboxes its
// iframes) still shows the chosen rows, and a reader with a slow phone sees them before any script. The
// builder hands out a page's address whenever the choice has one. No DOM: the build and the builder read it.
import {ACTORS, KINDS, type Actor, type Kind} from '../data/index.js';
import {DEFAULT_EMBED_SETTINGS, readEmbedQuery, type EmbedProblem, type EmbedSettings} from './embed-query.js';

/** The word in a written page's path for "no restriction". */
const ALL = 'alle';

/** A choice that has a page written ahead. */
export interface WrittenChoice {
  readonly kind: Kind | null;
  readonly actor: Actor | null;
}

/** Every choice with a page: each kind and both, each actor and all. */
export const WRITTEN_CHOICES: readonly WrittenChoice[] = [null, ...KINDS].flatMap((kind) =>
  [null, ...ACTORS].map((actor) => ({kind, actor})));

/** The page's path below dist/cdn/, e.g. `embed/inhiberend/werkgever.html`. */
export const writtenPagePath = ({kind, actor}: WrittenChoice) => `embed/${kind ?? ALL}/${actor ?? ALL}.html`;

/** The settings a written page shows. */
export const writtenSettings = ({kind, actor}: WrittenChoice): EmbedSettings =>
  ({...DEFAULT_EMBED_SETTINGS, kind, actors: actor ? [actor] : []});

/** The written page for these settings, if they are one of the written choices (the Dutch table alone). */
export function writtenChoiceFor(settings: EmbedSettings): WrittenChoice | undefined {
  const plain = settings.show.length === 1 && settings.show[0] === 'factor-table' && settings.sources.length === 0 &&
    settings.query.trim() === '' && settings.lang === 'nl' && settings.actors.length <= 1;
  return plain ? {kind: settings.kind, actor: settings.actors[0] ?? null} : undefined;
}

/** Whether two settings show the same thing. */
export function sameSettings(a: EmbedSettings, b: EmbedSettings): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((value, i) => value === y[i]);
  return same(a.show, b.show) && a.kind === b.kind && same(a.actors, b.actors) && same(a.sources, b.sources) &&
    a.query === b.query && a.lang === b.lang;
}

/**
 * What an embed page shows for its address: embed.html what its query asks for; a page written for one
 * choice its kind and actor, with a query on top where it names them
 * (`embed/inhiberend/werkgever.html?lang=en`: the same rows in English).
 * @param page what the page was written for, if it was written for one choice
 */
export function readEmbedPageAddress(search: string, page: EmbedSettings | undefined, sourceIds: ReadonlySet<string>):
  {settings: EmbedSettings; problems: EmbedProblem[]} {
  const params = new URLSearchParams(search);
  if (page?.kind && !params.has('kind')) params.set('kind', page.kind);
  if (page && page.actors.length > 0 && !params.has('actor')) params.set('actor', page.actors.join(','));
  return readEmbedQuery(params.toString(), sourceIds);
}
