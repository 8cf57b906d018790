import {type DatasetWithoutTexts} from '../../data/index.js';
import {sourceById} from '../../data/sources.js';
import type {FilterState} from '../../state/filter-state.js';
import type {common} from '../../i18n/common.js';

/** One active filter as the reader sees it, and the filter change that removes it. */
export interface FilterChip {
  readonly label: string;
  readonly without: Partial<FilterState>;
}

/** The active filters of a state as removable chips, in a fixed order: kind, actors, sources, search. */
export function activeFilterChips(
  dataset: DatasetWithoutTexts, filter: FilterState, labels: (typeof common)['nl'], searchLabel: (query: string) => string,
): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filter.kind) chips.push({label: labels.kinds[filter.kind], without: {kind: null}});
  for (const actor of filter.actors) {
    chips.push({label: labels.actors[actor], without: {actors: filter.actors.filter((a) => a !== actor)}});
  }
  // Two publications with one citation ("ROA (2018)") would give two identical chips: show the citation once.
  const seen = new Set<string>();
  for (const id of filter.sources) {
    const citation = sourceById(dataset, id)?.citation ?? id;
    if (seen.has(citation)) continue;
    seen.add(citation);
    const sameCitation = filter.sources.filter((other) => (sourceById(dataset, other)?.citation ?? other) === citation);
    chips.push({label: citation, without: {sources: filter.sources.filter((s) => !sameCitation.includes(s))}});
  }
  if (filter.query.trim() !== '') chips.push({label: searchLabel(filter.query.trim()), without: {query: ''}});
  return chips;
}
