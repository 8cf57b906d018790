import {createContext} from '@lit/context';
import {bundledWithoutTexts} from '../data/bundled-without-texts.js';
import {groupStore, type GroupStore} from './group-store.js';

/** The name of the group that elements without a `group` attribute join. */
export const DEFAULT_GROUP = '';

/**
 * The groups below one host: the whole page, or a `<factor-landscape>`, which keeps the groups of the
 * elements inside it apart from the page's. A group's store is made when an element first asks for it.
 */
export class GroupScope {
  readonly #stores = new Map<string, GroupStore>();

  /** @param urlPrefix what this scope's parameters start with in the page URL (`sync-url`) */
  constructor(readonly urlPrefix: () => string) {}

  store(group: string): GroupStore {
    let store = this.#stores.get(group);
    if (!store) this.#stores.set(group, (store = groupStore(bundledWithoutTexts)));
    return store;
  }
}

/**
 * The context key. `Symbol.for`, so that two copies of the library on one page (the npm build next to
 * the CDN file) find the same provider; versioned, so that a copy with another shape of scope does not.
 */
export const scopeContext = createContext<GroupScope>(Symbol.for('scholingsfactoren.scope.v1'));

/**
 * Answers the scope's context requests of the elements below `host`, for as long as the host lives, and
 * returns the scope. A scope never changes, so this needs none of the subscriptions of @lit/context's
 * ContextProvider.
 */
export function provideScope(host: HTMLElement, scope: GroupScope): GroupScope {
  host.addEventListener('context-request', (event) => {
    if (event.context !== scopeContext) return;
    event.stopPropagation();
    event.callback(scope);
  });
  return scope;
}

const PAGE_SCOPE = Symbol.for('scholingsfactoren.page-scope.v1');
type ScopeHolder = HTMLElement & {[PAGE_SCOPE]?: GroupScope};

/**
 * The page-wide scope, provided on `<html>`: elements in different CMS blocks, with no common parent,
 * all reach it. Made before the first element asks for it, whatever the order of the page's scripts.
 */
export function ensurePageScope(): GroupScope {
  const holder = document.documentElement as ScopeHolder;
  return (holder[PAGE_SCOPE] ??= provideScope(holder, new GroupScope(() => '')));
}
