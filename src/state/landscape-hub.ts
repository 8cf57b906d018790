import {ContextProvider} from '@lit/context';
import {validateDataset, type Dataset, type ValidationError} from '../data/index.js';
import {FactorErrorEvent, FactorFilterChangeEvent} from './events.js';
import {INITIAL_FILTER_STATE, sameFilterState, type FilterState} from './filter-state.js';
import type {DatasetStatus, GroupState} from './group-state.js';
import {landscapeContext, type LandscapeActions, type LandscapeSnapshot} from './landscape-context.js';
import {loadDataset} from './load-dataset.js';
import {filterFromUrl, urlWithFilter} from './url-sync.js';

/**
 * Holds the state of every group below one host (the page, or a `<factor-landscape>`)
 * and provides it through @lit/context. Each change builds a new snapshot, so
 * subscribed elements re-render, and elements of other groups can skip the work.
 */
export class LandscapeHub implements LandscapeActions {
  private groups = new Map<string, GroupState>();
  private readonly provider: ContextProvider<typeof landscapeContext>;
  private readonly loading = new Map<string, string>();
  private readonly urlGroups = new Set<string>();

  constructor(host: HTMLElement, private readonly defaultData: () => DatasetStatus) {
    this.provider = new ContextProvider(host, {context: landscapeContext, initialValue: this.snapshot()});
    globalThis.addEventListener?.('popstate', () => this.urlGroups.forEach((group) => this.restoreFromUrl(group)));
  }

  private snapshot(): LandscapeSnapshot {
    const groups = this.groups;
    return {groups, actions: this, group: (name) => groups.get(name) ?? this.freshGroup(name)};
  }

  private freshGroup(name: string): GroupState {
    return {name, data: this.defaultData(), filter: INITIAL_FILTER_STATE};
  }

  private replace(name: string, next: (current: GroupState) => GroupState): GroupState {
    const current = this.groups.get(name) ?? this.freshGroup(name);
    const updated = next(current);
    if (updated === current && this.groups.has(name)) return current;
    this.groups = new Map(this.groups).set(name, updated);
    this.provider.setValue(this.snapshot());
    return updated;
  }

  updateFilter(group: string, change: Partial<FilterState>, origin?: Element): void {
    const before = this.groups.get(group)?.filter ?? INITIAL_FILTER_STATE;
    const filter = {...before, ...change};
    if (sameFilterState(before, filter)) return;
    this.replace(group, (current) => ({...current, filter}));
    if (this.urlGroups.has(group)) this.writeUrl(group, filter);
    origin?.dispatchEvent(new FactorFilterChangeEvent(filter));
  }

  loadSrc(group: string, src: string, origin?: Element): void {
    const current = this.groups.get(group)?.data;
    if (this.loading.get(group) === src) return; // another element of the group asked for the same file
    this.loading.set(group, src);
    if (current?.status !== 'loading' || current.src !== src) {
      this.replace(group, (state) => ({...state, data: {status: 'loading', src}}));
    }
    void loadDataset(src).then((result) => {
      if (this.loading.get(group) !== src) return; // a newer src won the race
      if (result.ok) this.useDataset(group, result.dataset);
      else this.fail(group, result.errors, origin);
    });
  }

  setData(group: string, data: unknown, origin?: Element): void {
    this.loading.delete(group);
    const current = this.groups.get(group)?.data;
    if (current?.status === 'ready' && current.dataset === data) return;
    const result = validateDataset(data);
    if (result.ok) this.useDataset(group, result.dataset);
    else this.fail(group, result.errors, origin);
  }

  syncUrl(group: string): void {
    if (this.urlGroups.has(group)) return;
    this.urlGroups.add(group);
    this.restoreFromUrl(group);
  }

  private useDataset(group: string, dataset: Dataset): void {
    this.replace(group, (state) => ({...state, data: {status: 'ready', dataset}}));
    // Sources named in a deep link can only be checked once the group's own dataset is there.
    if (this.urlGroups.has(group)) this.restoreFromUrl(group);
  }

  private fail(group: string, errors: readonly ValidationError[], origin?: Element): void {
    this.replace(group, (state) => ({...state, data: {status: 'error', errors}}));
    origin?.dispatchEvent(new FactorErrorEvent(errors));
  }

  private restoreFromUrl(group: string): void {
    const state = this.groups.get(group) ?? this.freshGroup(group);
    const dataset = state.data.status === 'ready' ? state.data.dataset : undefined;
    const fromUrl = filterFromUrl(globalThis.location?.search ?? '', group, dataset);
    if (Object.keys(fromUrl).length > 0) this.updateFilter(group, fromUrl);
  }

  private writeUrl(group: string, filter: FilterState): void {
    const href = urlWithFilter(location.href, group, filter);
    // replaceState: a deep link without a history entry per keystroke.
    if (href !== location.href) history.replaceState(history.state, '', href);
  }
}
