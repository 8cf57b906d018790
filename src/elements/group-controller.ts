import {ContextEvent} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {scopeContext, type GroupScope} from '../state/group-scope.js';
import type {GroupState, GroupStore} from '../state/group-store.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly group: string};

/** A `<factor-landscape>` around the element (also across shadow roots) whose code has not arrived yet. */
function undefinedLandscapeAround(element: Element): boolean {
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === 'factor-landscape' && !customElements.get('factor-landscape')) return true;
  }
  return false;
}

/**
 * Connects an element to the store of its group: finds the nearest scope (a `<factor-landscape>`, else
 * the page) through @lit/context, and subscribes to that one group while the element is connected. A
 * change of another group never updates it. Inside a landscape that is not defined yet (its code comes
 * later, or a page's scripts run in another order), it waits for it rather than join the page's groups.
 */
export interface GroupController extends ReactiveController {
  /** The scope the element is in, once it has found one. */
  readonly scope: GroupScope | undefined;
  /** The store of the element's group, once it has found its scope. */
  readonly store: GroupStore | undefined;
  readonly state: GroupState | undefined;
  /** Subscribes to the store of the element's current group; call it when `group` changes. */
  attach(): void;
}

/** The controller of the element's group (src/README.md, "Controllers"). */
export function groupController(host: Host): GroupController {
  let scope: GroupScope | undefined;
  let store: GroupStore | undefined;
  let unsubscribe: (() => void) | undefined;

  const requestScope = (): void => {
    host.dispatchEvent(new ContextEvent(scopeContext, host, (found) => {
      scope = found;
      controller.attach();
    }));
  };

  const controller: GroupController = {
    get scope() {
      return scope;
    },
    get store() {
      return store;
    },
    get state() {
      return store?.state;
    },

    // Asked each time the element is connected: it may have moved into or out of a landscape.
    hostConnected() {
      if (undefinedLandscapeAround(host)) {
        void customElements.whenDefined('factor-landscape').then(() => {
          if (host.isConnected) requestScope();
        });
      } else {
        requestScope();
      }
    },

    hostDisconnected() {
      unsubscribe?.();
      unsubscribe = undefined;
    },

    attach() {
      if (!scope || !host.isConnected) return;
      const current = scope.store(host.group);
      if (current === store && unsubscribe) return;
      unsubscribe?.();
      store = current;
      unsubscribe = store.subscribe(() => host.requestUpdate());
      host.requestUpdate();
    },
  };
  host.addController(controller);
  return controller;
}
