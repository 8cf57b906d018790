import type {PropertyDeclarations, PropertyValues} from 'lit';
import type {Actor, Kind} from '../data/index.js';
import {parseFilter, sourceIdsOf, type FilterText} from '../state/filter-state.js';
import type {GroupStore} from '../state/group-store.js';
import {GroupElement} from './group-element.js';

type FilterAttribute = 'kind' | 'actor' | 'source' | 'query';

/**
 * Whether `a` stands before `b` in the document. An element no longer on the page stands nowhere, so
 * every other stands before it (a block rendered anew takes the place of the old one). Elements in
 * different shadow trees are not ordered: then neither stands before the other.
 */
// 4 is DOCUMENT_POSITION_FOLLOWING (`b` follows `a`), 1 DOCUMENT_POSITION_DISCONNECTED.
const standsBefore = (a: Node, b: Node): boolean => !b.isConnected || (a.compareDocumentPosition(b) & 5) === 4;

/** Each order of the actors not yet in `Left`, space-separated: `werkgever`, `trainer werknemer`, … */
type ActorSequence<Left extends Actor> = {[A in Left]: A | `${A} ${ActorSequence<Exclude<Left, A>>}`}[Left];

/**
 * The `actor` attribute: one or more actor codes, space-separated, each once (`"werkgever trainer"`);
 * `""` lifts the restriction. Typed so that an editor offers the codes and a typo fails to compile; at
 * run time the attribute may hold anything, and what is no actor code is left out with a warning.
 */
export type ActorList = '' | ActorSequence<Actor>;

/**
 * An element whose attributes `kind`, `actor`, `source` and `query` set its group's filter,
 * e.g. `<factor-table kind="inhiberend" actor="werkgever">`.
 */
export class FilteringElement extends GroupElement {
  static override properties: PropertyDeclarations = {kind: {}, actor: {}, source: {}, query: {}};

  /** `stimulerend` or `inhiberend`; absent (or `null`, a removed attribute) shows both. */
  kind?: Kind | null;
  /** One or more actor codes, space-separated: werkgever, werknemer, omgeving, trainer. */
  actor?: ActorList | null;
  /** One or more source ids, space-separated. */
  source?: string;
  /** Free text, matched without regard to case or accents. */
  query?: string;

  /** The attributes that feed the group's filter; an element whose `kind` only picks its own view leaves it out. */
  protected readonly filterAttributes: readonly FilterAttribute[] = ['kind', 'actor', 'source', 'query'];

  /** The attributes that `given` picks, as text; a removed one (`null`) reads as "", no restriction. */
  #filterText(given: (name: FilterAttribute) => boolean): FilterText {
    return Object.fromEntries(this.filterAttributes.filter(given).map((name) => [name, this[name] ?? '']));
  }

  protected override ownFilterText(): FilterText {
    return this.#filterText((name) => this[name] !== undefined);
  }

  /**
   * As the element joins its group, its attributes are its proposal for the group's filter, and the first
   * element in the document wins a field (src/README.md, "Attributes and the group's filter"); after
   * that, a changed attribute changes the filter like a reader's action.
   */
  protected override giveFilterAttributes(store: GroupStore, changed: PropertyValues<this>, newStore: boolean): void {
    // Only attributes that are set (as the element joins) or changed: an absent attribute leaves the
    // group's filter alone.
    const text = newStore ? this.ownFilterText() : this.#filterText((name) => changed.has(name));
    const data = store.state.data;
    const {change, unknown} = parseFilter(text, data.status === 'ready' ? sourceIdsOf(data.dataset) : undefined);
    for (const {field, value} of unknown) {
      console.warn(`scholingsfactoren: <${this.localName} ${field}="…"> kent "${value}" niet; die waarde telt niet mee.`);
    }
    for (const [field, lost, counts] of store.updateFilter(change, this, newStore ? standsBefore : undefined) as [string, FilteringElement, FilteringElement][]) {
      // An element that left the page is no mistake of the page.
      if (!lost.isConnected) continue;
      // The attributes are the fields in the singular: `actor` gives `actors`.
      const name = field.replace(/s$/, '') as FilterAttribute;
      console.warn(`scholingsfactoren: <${lost.localName} ${name}="${lost[name]}"> telt niet mee; <${counts.localName} ${name}="${counts[name]}"> wint.`);
    }
  }
}
