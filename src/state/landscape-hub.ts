import {ContextProvider} from '@lit/context';
import type {Dataset, ValidationError} from '../data/index.js';
import {FactorErrorEvent, FactorFilterChangeEvent} from './events.js';
import {INITIAL_FILTER_STATE, sameFilterState, type FilterState} from './filter-state.js';
import type {DatasetStatus, GroupState} from './group-state.js';
import {landscapeContext, type LandscapeActions, type LandscapeSnapshot} from './landscape-context.js';
import {completeBundledDataset, lacksStudyTexts} from './study-texts.js';

/**
 * Holds the state of every group below one host (the page, or a `<factor-landscape>`)
 * and provides it through @lit/context. Each change builds a new snapshot, so
 * subscribed elements re-render, and elements of other groups can skip the work.
 */
export class LandscapeHub implements LandscapeActions {
  private groups = new Map<string, GroupState>();
  private readonly provider: ContextProvider<typeof landscapeContext>;
  /** The `src` or `data` each group was last asked to use: the newest request wins a race. */
  private readonly requested = new Map<string, unknown>();
  /** Each group's dataset work in progress (fetching, validating). */
  private readonly pending = new Map<string, Promise<void>>();
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
    if (this.requested.get(group) === src) return; // another element of the group asked for the same file
    this.requested.set(group, src);
    if (current?.status !== 'loading' || current.src !== src) {
      this.replace(group, (state) => ({...state, data: {status: 'loading', src}}));
    }
    // The fetch code loads with the first `src`: pages on the bundled dataset never need it.
    this.track(group, import('./load-dataset.js').then(({loadDataset}) => loadDataset(src)).then((result) => {
      if (this.requested.get(group) !== src) return; // a newer dataset won the race
      if (result.ok) {
        this.useDataset(group, result.dataset);
      } else {
        // A failed file may be asked for again (a retry, a block rendered anew): it is not loaded.
        this.requested.delete(group);
        this.fail(group, result.errors, origin);
      }
    }));
  }

  setData(group: string, data: unknown, origin?: Element): void {
    const current = this.groups.get(group)?.data;
    if (this.requested.get(group) === data || (current?.status === 'ready' && current.dataset === data)) return;
    this.requested.set(group, data);
    this.replace(group, (state) => ({...state, data: {status: 'loading'}}));
    // The validator loads with the first dataset of one's own: pages on the bundled dataset never need it.
    this.track(group, import('../data/validate.js').then(({validateDataset}) => {
      if (this.requested.get(group) !== data) return; // a newer dataset won the race
      const result = validateDataset(data);
      if (result.ok) this.useDataset(group, result.dataset);
      else this.fail(group, result.errors, origin);
    }));
  }

  settled(group: string): Promise<void> | undefined {
    return this.pending.get(group);
  }

  /** Remembers a group's work in progress until it is done, for {@link settled}. */
  private track(group: string, work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => console.error('scholingsfactoren:', error)).finally(() => {
      if (this.pending.get(group) === tracked) this.pending.delete(group);
    });
    this.pending.set(group, tracked);
  }

  syncUrl(group: string): void {
    if (this.urlGroups.has(group)) return;
    this.urlGroups.add(group);
    if (this.urlSync) {
      this.restoreFromUrl(group);
      return;
    }
    // The URL code loads with the first `sync-url`. Until it is here and the filter is read from the
    // URL, the group shows "loading" rather than its unfiltered rows for a moment (no layout shift).
    const shown = (this.groups.get(group) ?? this.freshGroup(group)).data;
    const waiting: DatasetStatus = {status: 'loading'};
    this.replace(group, (state) => ({...state, data: waiting}));
    this.track(group, this.loadUrlSync().then(() => {
      if (this.groups.get(group)?.data === waiting) this.replace(group, (state) => ({...state, data: shown}));
      this.restoreFromUrl(group);
    }));
  }

  private urlSync?: typeof import('./url-sync.js');

  private async loadUrlSync(): Promise<typeof import('./url-sync.js')> {
    return (this.urlSync ??= await import('./url-sync.js'));
  }

  needStudyTexts(group: string): void {
    const data = (this.groups.get(group) ?? this.freshGroup(group)).data;
    if (data.status !== 'ready' || !lacksStudyTexts(data.dataset)) return;
    this.track(group, completeBundledDataset().then((complete) => {
      // Every group still on the texts-less bundled dataset moves to the complete one; the others keep their own.
      this.groups = new Map([...this.groups].map(([name, state]) => [name,
        state.data.status === 'ready' && lacksStudyTexts(state.data.dataset) ? {...state, data: {status: 'ready', dataset: complete}} : state]));
      this.provider.setValue(this.snapshot());
    }));
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
    if (!this.urlSync || state.data.status === 'loading') return; // again when the code or the dataset is here
    const dataset = state.data.status === 'ready' ? state.data.dataset : undefined;
    const fromUrl = this.urlSync.filterFromUrl(globalThis.location?.search ?? '', group, dataset);
    if (Object.keys(fromUrl).length > 0) this.updateFilter(group, fromUrl);
  }

  private writeUrl(group: string, filter: FilterState): void {
    if (!this.urlSync) {
      void this.loadUrlSync().then(() => this.writeUrl(group, this.groups.get(group)?.filter ?? filter));
      return;
    }
    const href = this.urlSync.urlWithFilter(location.href, group, filter);
    // replaceState: a deep link without a history entry per keystroke.
    if (href !== location.href) history.replaceState(history.state, '', href);
  }
}
