import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {scopeContext, type GroupScope} from '../state/group-scope.js';
import type {GroupState, GroupStore} from '../state/group-store.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly group: string};

/**
 * Connects an element to the store of its group: finds the nearest scope (a `<factor-landscape>`, else
 * the page) through @lit/context, and subscribes to that one group while the element is connected. A
 * change of another group never updates it.
 */
export class GroupController implements ReactiveController {
  readonly #host: Host;
  #scope?: GroupScope;
  #store?: GroupStore;
  #unsubscribe?: () => void;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    // Asked again each time the element is connected: it may have moved into or out of a landscape.
    new ContextConsumer(host, {context: scopeContext, callback: (scope) => {
      this.#scope = scope;
      this.attach();
    }});
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

  hostConnected(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
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
