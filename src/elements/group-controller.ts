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
export class GroupController implements ReactiveController {
  readonly #host: Host;
  #scope?: GroupScope;
  #store?: GroupStore;
  #unsubscribe?: () => void;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The scope the element is in, once it has found one. */
  get scope(): GroupScope | undefined {
    return this.#scope;
  }

  /** The store of the element's group, once it has found its scope. */
  get store(): GroupStore | undefined {
    return this.#store;
  }

  get state(): GroupState | undefined {
    return this.#store?.state;
  }

  // Asked each time the element is connected: it may have moved into or out of a landscape.
  hostConnected(): void {
    if (undefinedLandscapeAround(this.#host)) {
      void customElements.whenDefined('factor-landscape').then(() => {
        if (this.#host.isConnected) this.#requestScope();
      });
    } else {
      this.#requestScope();
    }
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #requestScope(): void {
    this.#host.dispatchEvent(new ContextEvent(scopeContext, this.#host, (scope) => {
      this.#scope = scope;
      this.attach();
    }));
  }

  /** Subscribes to the store of the element's current group; call it when `group` changes. */
  attach(): void {
    if (!this.#scope || !this.#host.isConnected) return;
    const store = this.#scope.store(this.#host.group);
    if (store === this.#store && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store.subscribe(() => this.#host.requestUpdate());
    this.#host.requestUpdate();
  }
}
