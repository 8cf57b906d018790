import type {PropertyDeclarations, PropertyValues} from 'lit';
import {ACTORS, KINDS, type Actor, type Kind} from '../data/index.js';
import type {FilterState} from '../state/filter-state.js';
import {LandscapeElement} from './landscape-element.js';

const words = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter((word) => word !== '');

/** Turns the filter attributes an editor types into a filter change; unknown values are ignored, not fatal. */
export function filterFromAttributes(attributes: {kind?: string; actor?: string; source?: string; query?: string}): Partial<FilterState> {
  const change: {-readonly [K in keyof FilterState]?: FilterState[K]} = {};
  if (attributes.kind !== undefined) {
    change.kind = (KINDS as readonly string[]).includes(attributes.kind) ? (attributes.kind as Kind) : null;
  }
  if (attributes.actor !== undefined) {
    change.actors = words(attributes.actor).filter((actor): actor is Actor => (ACTORS as readonly string[]).includes(actor));
  }
  if (attributes.source !== undefined) change.sources = words(attributes.source);
  if (attributes.query !== undefined) change.query = attributes.query;
  return change;
}

/**
 * An element whose attributes `kind`, `actor`, `source` and `query` set its group's filter,
 * e.g. `<factor-table kind="inhiberend" actor="werkgever">`.
 */
export class FilteredLandscapeElement extends LandscapeElement {
  static override properties: PropertyDeclarations = {kind: {}, actor: {}, source: {}, query: {}};

  /** `stimulerend` or `inhiberend`; absent shows both. */
  kind?: string;
  /** One or more actor codes, space-separated: werkgever, werknemer, omgeving, trainer. */
  actor?: string;
  /** One or more source ids, space-separated. */
  source?: string;
  /** Free text, matched without regard to case or accents. */
  query?: string;

  /** The attributes that feed the group's filter; an element whose `kind` only picks its own view leaves it out. */
  protected readonly filterAttributeNames: readonly ('kind' | 'actor' | 'source' | 'query')[] = ['kind', 'actor', 'source', 'query'];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.landscape) return;
    const contextKey = 'landscape' as keyof FilteredLandscapeElement;
    const firstContact = changed.has(contextKey) && changed.get(contextKey) === undefined;
    const names = this.filterAttributeNames;
    // Only attributes that were set, or changed since: an absent attribute leaves the group's filter alone.
    const touched = names.filter((name) => (firstContact && this[name] !== undefined) || (changed.has(name) && !firstContact));
    if (touched.length === 0) return;
    // A removed attribute reads as "" and lifts that restriction.
    const attributes = Object.fromEntries(touched.map((name) => [name, this[name] ?? '']));
    this.updateFilter(filterFromAttributes(attributes));
  }
}
