import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {type Actor, type DatasetWithoutTexts, type FactorFilter, type HeatmapCell, type Kind} from '../../data/index.js';
import {citationOf, sourceById} from '../../data/sources.js';
import type {FilterState} from '../../state/filter-state.js';
import {cellKey} from './heatmap-geometry.js';
import type {HeatmapView} from './heatmap-view.js';

/** The part of a filter that choosing a cell sets. */
export type CellFilter = Pick<FactorFilter, 'kind' | 'actors' | 'sources'>;

/** The filter that shows exactly a cell's factors: its kind, its actor, and every publication with its citation. */
export function cellFilter(dataset: DatasetWithoutTexts, cell: {actor: Actor; sourceId: string}, kind: Kind): CellFilter {
  const sources = citationOf(dataset, cell.sourceId)?.sources.map((source) => source.id) ?? [cell.sourceId];
  return {kind, actors: [cell.actor], sources};
}

/**
 * The cell a filter points at: one actor, and sources that all carry one citation, with no other kind.
 * Returns the actor and the citation, or nothing when the filter is not one cell.
 */
export function cellOfFilter(dataset: DatasetWithoutTexts, filter: FactorFilter, kind: Kind): {actor: Actor; citation: string} | undefined {
  if (filter.actors.length !== 1 || filter.sources.length === 0) return undefined;
  if (filter.kind !== null && filter.kind !== kind) return undefined;
  const citations = new Set(filter.sources.map((id) => sourceById(dataset, id)?.citation));
  if (citations.size !== 1) return undefined;
  const [citation] = citations;
  return citation === undefined ? undefined : {actor: filter.actors[0], citation};
}

/** The chosen cell, as the element uses it. */
export interface CellChoice extends ReactiveController {
  /** The key of the cell that the group's filter points at, if it is one cell of this heatmap. */
  chosenKey(): string | undefined;
  /** Sets the group's filter to the cell's factors, or clears it when the cell is already chosen. */
  toggle(cell: HeatmapCell): void;
  /** Lifts the choice: no actor, no source, and the kind the group had before. */
  clear(): void;
}

/**
 * The chosen cell, which is the group's filter: choosing a cell sets the group's kind, actor and sources to
 * the cell's, so a table of the group shows its factors; clearing gives the group back the kind it had. A
 * reactive controller (src/README.md, "Controllers").
 */
export function cellChoiceController(
  host: ReactiveControllerHost,
  /** The heatmap on screen, if any. */
  view: () => HeatmapView | undefined,
  /** The group's filter. */
  filter: () => FilterState,
  /** Asks the group for a new filter. */
  updateFilter: (change: Partial<FilterState>) => void,
): CellChoice {
  /** The group's kind before this heatmap chose a cell, restored when the choice is cleared. */
  let kindBeforeChoice: Kind | null | undefined;

  const controller: CellChoice = {
    chosenKey() {
      const shown = view();
      const chosen = shown && cellOfFilter(shown.dataset, filter(), shown.kind);
      const column = chosen && shown.matrix.columns.find((entry) => entry.label === chosen.citation);
      return chosen && column ? cellKey({actor: chosen.actor, sourceId: column.key}) : undefined;
    },

    hostUpdate() {
      // Once the group's filter no longer points at a cell (cleared elsewhere), there is no kind left to give back.
      if (kindBeforeChoice !== undefined && view() && controller.chosenKey() === undefined) kindBeforeChoice = undefined;
    },

    toggle(cell) {
      const shown = view();
      if (!shown) return;
      if (controller.chosenKey() === cellKey(cell)) {
        controller.clear();
        return;
      }
      if (kindBeforeChoice === undefined) kindBeforeChoice = filter().kind;
      updateFilter(cellFilter(shown.dataset, cell, shown.kind));
    },

    clear() {
      const restoreKind = kindBeforeChoice !== undefined && filter().kind === view()?.kind;
      updateFilter({actors: [], sources: [], ...(restoreKind ? {kind: kindBeforeChoice} : {})});
      kindBeforeChoice = undefined;
    },
  };
  host.addController(controller);
  return controller;
}
