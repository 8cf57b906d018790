import type {ReactiveElement} from 'lit';

/** Entries of the reference list carry this id prefix, so a page can link to `#bron-tno-2011`. */
export const ENTRY_ID_PREFIX = 'bron-';

/**
 * A link to `#bron-<id>` cannot reach into a shadow root by itself: a reactive controller of `host` that
 * scrolls to the entry of its reference list and focuses it, when the list first shows (a page opened at
 * that address) and whenever the page's hash changes (a link followed on the page). `showsList` says
 * whether the host shows the list, with its entries, once it has rendered.
 */
export function revealLinkedEntries(host: ReactiveElement, showsList: () => boolean): void {
  let revealedOnce = false;
  const reveal = (): void => {
    if (!showsList()) return;
    let hash: string;
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!hash.startsWith(ENTRY_ID_PREFIX)) return;
    const entry = host.shadowRoot?.getElementById(hash);
    if (!entry) return;
    entry.scrollIntoView({block: 'start'});
    entry.focus({preventScroll: true});
  };
  host.addController({
    hostConnected: () => addEventListener('hashchange', reveal),
    hostDisconnected: () => removeEventListener('hashchange', reveal),
    hostUpdated() {
      if (revealedOnce || !showsList()) return;
      revealedOnce = true;
      reveal();
    },
  });
}
