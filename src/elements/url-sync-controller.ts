import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {GroupScope} from '../state/group-scope.js';
import type {GroupStore} from '../state/group-store.js';
import {keepInUrl, paramPrefix} from '../state/url-sync.js';

/**
 * Keeps an element's group's filter in the page URL while the element has `sync-url` and is on the page:
 * it takes hold of the group's URL binding (state/url-sync.ts) and lets go when it is removed, so a page
 * whose blocks come and go keeps no listeners of removed elements.
 */
export class UrlSyncController implements ReactiveController {
  #store?: GroupStore;
  #release?: () => void;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Holds the URL for `store` (in `scope`, as group `group`), or for nothing when `store` is undefined. */
  keep(store: GroupStore | undefined, scope: GroupScope | undefined, group: string): void {
    if (store === this.#store) return;
    this.hostDisconnected();
    if (!store || !scope) return;
    this.#store = store;
    this.#release = keepInUrl(store, paramPrefix(scope.urlPrefix(), group));
  }

  hostDisconnected(): void {
    this.#release?.();
    this.#release = undefined;
    this.#store = undefined;
  }
}
