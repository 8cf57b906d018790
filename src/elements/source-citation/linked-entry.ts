import type {ReactiveController, ReactiveElement} from 'lit';

/** Entries of the reference list carry this id prefix, so a page can link to `#bron-tno-2011`. */
export const ENTRY_ID_PREFIX = 'bron-';

/**
 * A link to `#bron-<id>` cannot reach into a shadow root by itself: this scrolls to the entry of the
 * reference list and focuses it, when the list first shows (a page opened at that address) and whenever
 * the page's hash changes (a link followed on the page).
 */
export class LinkedEntryController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #showsList: () => boolean;
  #revealedOnce = false;

  /** `showsList`: whether the host shows the reference list, with its entries, once it has rendered. */
  constructor(host: ReactiveElement, showsList: () => boolean) {
    this.#host = host;
    this.#showsList = showsList;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#reveal);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#reveal);
  }

  hostUpdated(): void {
    if (this.#revealedOnce || !this.#showsList()) return;
    this.#revealedOnce = true;
    this.#reveal();
  }

  #reveal = (): void => {
    if (!this.#showsList()) return;
    let hash = '';
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!hash.startsWith(ENTRY_ID_PREFIX)) return;
    const entry = this.#host.shadowRoot?.getElementById(hash);
    if (!entry) return;
    entry.scrollIntoView({block: 'start'});
    entry.focus({preventScroll: true});
  };
}
