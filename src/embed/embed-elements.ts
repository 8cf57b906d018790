import type {EmbedElement, EmbedSettings} from './embed-query.js';

/** One element as an embed shows it: its tag and the attributes an editor would type. */
export interface EmbedElementSpec {
  readonly tag: EmbedElement;
  readonly attributes: readonly (readonly [name: string, value: string])[];
}

/**
 * The elements of an embed, in page order. The embed page creates them; the builder writes them into
 * the script snippet, so both show the same. The filters go to the elements that take them; `source`
 * names the publication of a card (one card per source, or the whole list when none is chosen).
 */
export function embedElements(settings: EmbedSettings): EmbedElementSpec[] {
  const filters = ([['kind', settings.kind ?? ''], ['actor', settings.actors.join(' ')], ['source', settings.sources.join(' ')],
    ['query', settings.query]] as const).filter(([, value]) => value !== '');
  return settings.show.flatMap((tag): EmbedElementSpec[] => {
    switch (tag) {
      case 'factor-table':
        return [{tag, attributes: filters}];
      case 'barrier-heatmap':
        return [{tag, attributes: filters.map(([name, value]) => [name === 'kind' ? 'counts' : name, value] as const)}];
      case 'source-citation':
        return settings.sources.length === 0
          ? [{tag, attributes: [['all', '']]}]
          : settings.sources.map((id) => ({tag, attributes: [['source', id]]}));
      default:
        return [{tag, attributes: []}];
    }
  });
}
