import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {GroupScope} from '../state/group-scope.js';
import type {GroupStore} from '../state/group-store.js';
import {keepInUrl, paramPrefix} from '../state/url-sync.js';

/**
 * Keeps an element's group's filter in the page URL while the element has `sync-url` and is on the page:
 * it takes hold of the group's URL binding (state/url-sync.ts) and lets go when it is removed, so a page
 * whose blocks come and go keeps no listeners of removed elements.
 */
export interface UrlSyncController extends ReactiveController {
  /** Holds the URL for `store` (in `scope`, as group `group`), or for nothing when `store` is undefined. */
  keep(store: GroupStore | undefined, scope: GroupScope | undefined, group: string): void;
}

/** The controller of the address (src/README.md, "Controllers"). */
export function urlSyncController(host: ReactiveControllerHost): UrlSyncController {
  let held: GroupStore | undefined;
  let release: (() => void) | undefined;
  const controller: UrlSyncController = {
    keep(store, scope, group) {
      if (store === held) return;
      controller.hostDisconnected!();
      if (!store || !scope) return;
      held = store;
      release = keepInUrl(store, paramPrefix(scope.urlPrefix(), group));
    },
    hostDisconnected() {
      release?.();
      release = held = undefined;
    },
  };
  host.addController(controller);
  return controller;
}
