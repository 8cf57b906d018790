import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {ContextConsumer} from '@lit/context';
import type {Dataset} from '../data/index.js';
import {landscapeContext, type LandscapeSnapshot} from '../state/landscape-context.js';
import {DEFAULT_GROUP, type GroupState} from '../state/group-state.js';
import type {FilterState} from '../state/filter-state.js';
import {ensurePageHub} from '../state/page-hub.js';
import {common} from '../i18n/common.js';
import {languageOf, type Language} from '../i18n/language.js';

/** How many dataset errors an element lists before it summarises the rest. */
const ERRORS_SHOWN = 8;

/**
 * What every element of the library shares: joining a group, its dataset (`src`, `data`),
 * its language, and the error message when a dataset is refused. Never registered itself.
 */
export class LandscapeElement extends LitElement {
  // Declared here rather than with decorators: the CDN's first download then carries no decorator code.
  static override properties: PropertyDeclarations = {
    group: {reflect: true},
    src: {},
    data: {attribute: false},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    lang: {},
    landscape: {state: true},
  };

  /** Elements with the same group share one filter state; empty is the page-wide group. */
  group = DEFAULT_GROUP;

  /** URL of a dataset JSON that replaces the bundled dataset for this element's whole group. */
  src?: string;

  /** A dataset object that replaces the bundled dataset for this element's whole group. */
  data?: unknown;

  /** Keep the group's filter in the page URL (`?actor=werkgever&kind=inhiberend`) and restore it on load. */
  syncUrl = false;

  /** Interface language, `nl` or `en`; otherwise the nearest `lang` on the page. */
  override lang = '';

  /** The state of every group, from the nearest provider (the page, or a `<factor-landscape>`). */
  protected landscape?: LandscapeSnapshot;

  constructor() {
    super();
    new ContextConsumer(this, {context: landscapeContext, subscribe: true, callback: (snapshot) => (this.landscape = snapshot)});
  }

  override connectedCallback(): void {
    // The page-wide provider must exist before this element asks for it, whatever the script order.
    ensurePageHub();
    super.connectedCallback();
  }

  /**
   * Also waits for the group's dataset from `src` or `data` to be fetched, checked and rendered, so a
   * script that sets `src` and awaits `updateComplete` sees the rows or the error message.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = this.landscape?.actions.settled?.(this.group); work; work = this.landscape?.actions.settled?.(this.group)) {
      await work;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** This element's group's state. */
  protected get groupState(): GroupState | undefined {
    return this.landscape?.group(this.group);
  }

  /** The group's dataset when it is ready to show. */
  protected get readyDataset(): Dataset | undefined {
    const data = this.groupState?.data;
    return data?.status === 'ready' ? data.dataset : undefined;
  }

  /**
   * The dataset's language on text from the data when the interface speaks another (WCAG 3.1.2): with
   * `lang="en"`, a screen reader must still read the Dutch factors and summaries as Dutch.
   */
  protected get dataLang(): string | typeof nothing {
    const language = this.readyDataset?.language;
    return language && language !== this.language ? language : nothing;
  }

  /** The group's filter and order. */
  protected get filterState(): FilterState | undefined {
    return this.groupState?.filter;
  }

  /** The interface language in effect. */
  protected get language(): Language {
    return this.renderLanguage ?? this.findLanguage();
  }

  /** Found once per update: a render asks for every row, and the search walks up the page. */
  private renderLanguage?: Language;

  private findLanguage(): Language {
    if (this.lang) return this.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
    return this.parentNode ? languageOf(this.parentNode instanceof ShadowRoot ? this.parentNode.host : (this.parentNode as Element)) : 'nl';
  }

  /** Asks the group for a new filter; every element of the group, this one included, re-renders from it. */
  protected updateFilter(change: Partial<FilterState>): void {
    this.landscape?.actions.updateFilter(this.group, change, this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.renderLanguage = this.findLanguage();
    const actions = this.landscape?.actions;
    if (!actions) return;
    // Act when this element's inputs change, or when it first reaches its provider; not on every later
    // state change of the group (a `data` object would otherwise be validated again and again).
    const key = 'landscape' as keyof LandscapeElement;
    const groupChanged = changed.has('group') || (changed.has(key) && changed.get(key) === undefined);
    if ((changed.has('src') || groupChanged) && this.src) actions.loadSrc(this.group, this.src, this);
    if ((changed.has('data') || groupChanged) && this.data !== undefined) actions.setData(this.group, this.data, this);
    if ((changed.has('syncUrl') || groupChanged) && this.syncUrl) actions.syncUrl(this.group, this);
  }

  /** The "loading" text, spoken politely. */
  protected renderLoading(): TemplateResult {
    return html`<p part="status" class="status" role="status">${common[this.language].loading}</p>`;
  }

  /** The loading text or the error message an element shows instead of its content, or nothing. */
  protected renderDataStatus(): TemplateResult | typeof nothing {
    const data = this.groupState?.data;
    const text = common[this.language];
    if (!data || data.status === 'loading') return this.renderLoading();
    if (data.status === 'error') {
      const rest = data.errors.length - ERRORS_SHOWN;
      return html`<div part="error" class="error" role="alert">
        <p class="error-title"><strong>${text.errorTitle}</strong></p>
        <ul>
          ${data.errors.slice(0, ERRORS_SHOWN).map((error) => html`<li>${error.message}</li>`)}
          ${rest > 0 ? html`<li>${text.moreErrors(rest)}</li>` : nothing}
        </ul>
      </div>`;
    }
    return nothing;
  }
}
