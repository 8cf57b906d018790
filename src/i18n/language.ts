import type {Language} from '../data/index.js';

export type {Language};

/** The element's own `lang`, else the nearest `lang` around it (also across shadow roots), else Dutch. */
export function languageOf(element: Element): Language {
  let node: Node | null = element;
  // Walk up through shadow roots too: an element inside another component inherits its page's language.
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return (node.getAttribute('lang') ?? '').toLowerCase().startsWith('en') ? 'en' : 'nl';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'nl';
}

// Whole counts only, so a digit-grouping expression will do: Intl.NumberFormat takes milliseconds to
// make the first time, which a table's first render should not spend on "83 van 83".
const grouped = (separator: string) => (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** A count as readers of each language write it: "10.000" in Dutch, "10,000" in English. */
export const formatNumber = {nl: grouped('.'), en: grouped(',')};
