import {LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {bundledWithoutTexts} from '../data/bundled-without-texts.js';
import type {Dataset, DatasetWithoutTexts, Language, ValidationError} from '../data/index.js';
// Source notes and translations are checked by the card that shows them (see validateFactorsAndSources).
import {validateFactorsAndSources} from '../data/validate.js';
import {INITIAL_FILTER_STATE, parseFilter, sourceIdsOf, type FilterState, type FilterText} from '../state/filter-state.js';
import {DEFAULT_GROUP, ensurePageScope} from '../state/group-scope.js';
import type {GroupState, GroupStore} from '../state/group-store.js';
import {common} from '../i18n/common.js';
import {englishFailed, englishTexts, loadEnglish} from '../i18n/english-loader.js';
import {languageOf} from '../i18n/language.js';
import {groupController} from './group-controller.js';
import {urlSyncController} from './url-sync-controller.js';

/** How many dataset errors an element lists before it summarises the rest. */
const ERRORS_SHOWN = 8;

/**
 * What every element of the library shares: its group, its dataset (`src`, `data`), the page URL
 * (`sync-url`), its language, and the message when the dataset is loading or refused. Never registered.
 */
export class GroupElement extends LitElement {
  static override properties: PropertyDeclarations = {
    group: {reflect: true},
    src: {},
    data: {attribute: false},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    lang: {},
  };

  /**
   * Elements with the same group share one filter state; empty is the page-wide group.
   * @default ''
   */
  group: string = DEFAULT_GROUP;

  /** URL of a dataset JSON that replaces the bundled dataset for this element's whole group. */
  src?: string;

  /**
   * A dataset object that replaces the bundled dataset for this element's whole group. Typed as the
   * dataset format; at run time it is validated like `src`, and anything else shows the error message.
   */
  data?: Dataset;

  /** Keep the group's filter in the page URL (`?actor=werkgever&kind=inhiberend`) and restore it on load. */
  syncUrl = false;

  /** Interface language, `nl` or `en`; otherwise the nearest `lang` on the page. */
  override lang = '';

  readonly #group = groupController(this);
  readonly #url = urlSyncController(this);
  /**
   * Whether this render shows the element's own inputs only (see {@link ownState}): on the server, and in
   * the browser for the first render of an element that the server rendered (its declarative shadow root
   * is there before the element is upgraded), which hydration needs to find exactly as the server wrote it.
   */
  #ownInputsOnly = isServer || this.shadowRoot !== null;
  /** The state of the own inputs, kept while they stay the same: validating `data` again per render would cost. */
  #ownState?: {readonly data: unknown; readonly key: string; readonly state: GroupState};
  /** The store this element's `src`, `data` and attributes were last given to. */
  #inputsGivenTo?: GroupStore;
  /** Found once per update: a render asks for it for every row, and finding it walks up the page. */
  #language?: Language;

  override connectedCallback(): void {
    // The page-wide scope must exist before this element asks for it, whatever the order of scripts.
    ensurePageScope();
    super.connectedCallback();
  }

  /** Also waits for the group's dataset from `src`, so a script that sets `src` and awaits this sees the rows or the error. */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (;;) {
      const complete = await super.getUpdateComplete();
      const loading = this.#group.store?.settled();
      if (!loading) return complete;
      await loading;
    }
  }

  /** This element's group's state; on the server, and while hydrating, the element's own (see {@link ownState}). */
  protected get groupState(): GroupState | undefined {
    return this.#ownInputsOnly ? this.ownState() : this.#group.state;
  }

  /**
   * What this element shows from its own inputs alone, without a group or a page: its `data` (or "loading"
   * for a `src`, which only the browser fetches) or the bundled dataset, filtered by its own attributes.
   * A pure function of the element, so the server and the browser's first render agree.
   */
  protected ownState(): GroupState {
    const filterText = this.ownFilterText();
    const key = JSON.stringify([this.src, filterText]);
    const own = this.#ownState;
    if (own && own.data === this.data && own.key === key) return own.state;
    const data = this.#ownDataset();
    const change = data.status === 'ready' ? parseFilter(filterText, sourceIdsOf(data.dataset)).change : {};
    const state: GroupState = {data, filter: {...INITIAL_FILTER_STATE, ...change}};
    this.#ownState = {data: this.data, key, state};
    return state;
  }

  #ownDataset(): GroupState['data'] {
    if (this.data !== undefined) {
      const result = validateFactorsAndSources(this.data);
      return result.ok ? {status: 'ready', dataset: result.dataset} : {status: 'error', errors: result.errors};
    }
    return this.src ? {status: 'loading', src: this.src} : {status: 'ready', dataset: bundledWithoutTexts};
  }

  /** The filter attributes the element has (see FilteringElement), as text. */
  protected ownFilterText(): FilterText {
    return {};
  }

  /** The group's dataset when it is ready to show. */
  protected get readyDataset(): DatasetWithoutTexts | undefined {
    const data = this.groupState?.data;
    return data?.status === 'ready' ? data.dataset : undefined;
  }

  /** The group's filter and order. */
  protected get filterState(): FilterState {
    return this.groupState?.filter ?? INITIAL_FILTER_STATE;
  }

  /**
   * The dataset's language on text from the data when the interface speaks another (WCAG 3.1.2): with
   * `lang="en"`, a screen reader must still read the Dutch factors and summaries as Dutch.
   */
  protected get dataLang(): string | typeof nothing {
    const language = this.readyDataset?.language;
    return language && language !== this.language ? language : nothing;
  }

  /** The interface language in effect. */
  protected get language(): Language {
    return this.#language ?? this.#findLanguage();
  }

  /** The language in effect: the one asked for, but Dutch where the English texts could not be loaded. */
  #findLanguage(): Language {
    const language = this.#askedLanguage();
    return language === 'en' && englishFailed() ? 'nl' : language;
  }

  #askedLanguage(): Language {
    if (this.lang) return this.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
    // The server knows no page around the element: Dutch, in the browser's first render of its markup too.
    if (this.#ownInputsOnly) return 'nl';
    return this.parentNode ? languageOf(this.parentNode instanceof ShadowRoot ? this.parentNode.host : (this.parentNode as Element)) : 'nl';
  }

  /** Asks the group for a new filter; every element of the group, this one included, renders from it. */
  protected updateFilter(change: Partial<FilterState>): void {
    this.#group.store?.updateFilter(change, this);
  }

  /**
   * Dutch first: Dutch readers never download the English texts, so an element in English loads them
   * before it renders (once per page) and renders when they came, or in Dutch where they could not come.
   * Lit awaits what this returns, so `updateComplete` waits too, and markup the server rendered in English
   * stays as it is until the element can render the same.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (englishTexts() === undefined && !englishFailed() && this.#askedLanguage() === 'en') {
      return loadEnglish().then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#language = this.#findLanguage();
    if (changed.has('group')) this.#group.attach();
    const store = this.#group.store;
    if (!store) return;
    // Inputs reach the store when they change, or when the element first reaches that store; not on
    // every later change of the group (a `data` object would be validated again and again).
    const newStore = store !== this.#inputsGivenTo;
    this.#inputsGivenTo = store;
    if ((changed.has('src') || newStore) && this.src) store.useSrc(this.src, this);
    if ((changed.has('data') || newStore) && this.data !== undefined) store.useData(this.data, this);
    this.giveFilterAttributes(store, changed, newStore);
    // After the attributes: a deep link says more than the page's markup.
    this.#url.keep(this.syncUrl ? store : undefined, this.#group.scope, this.group);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (isServer || !this.#ownInputsOnly) return;
    // The server's markup is hydrated: from now on the element shows its group and its page.
    this.#ownInputsOnly = false;
    this.requestUpdate();
  }

  /** Where an element gives its attributes to its group's filter (see FilteringElement). */
  protected giveFilterAttributes(_store: GroupStore, _changed: PropertyValues<this>, _newStore: boolean): void {}

  /** The "loading" text, spoken politely. */
  protected renderLoading(): TemplateResult {
    return html`<p part="status" class="status" role="status">${common[this.language].loading}</p>`;
  }

  /** The loading text or the error message an element shows instead of its content, or nothing. */
  protected renderDataStatus(): TemplateResult | typeof nothing {
    const data = this.groupState?.data;
    if (!data || data.status === 'loading') return this.renderLoading();
    return data.status === 'error' ? this.renderErrors(data.errors) : nothing;
  }

  /** Why data cannot be shown: the first few problems, and how many more there are. */
  protected renderErrors(errors: readonly ValidationError[]): TemplateResult {
    const text = common[this.language];
    const rest = errors.length - ERRORS_SHOWN;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title"><strong>${text.errorTitle}</strong></p>
      <ul>
        ${errors.slice(0, ERRORS_SHOWN).map((error) => html`<li>${error.message}</li>`)}
        ${rest > 0 ? html`<li>${text.moreErrors(rest)}</li>` : nothing}
      </ul>
    </div>`;
  }
}
