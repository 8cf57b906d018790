/**
 * The toolbar's themes: published NL Design System theme packages as a site would load them (their
 * own CSS, imported by stories/preview.css), our neutral default, and our own high-contrast set.
 * A theme is the class on a wrapper around each story, the class the package's CSS is scoped to.
 * The theme test (test/themes/) renders every element in every theme listed here.
 */

/** Where a theme's values come from: the custom property that sets each aspect the theme test checks. */
export interface ThemeTokens {
  readonly font?: string;
  readonly color: string;
  readonly background: string;
  readonly accent: string;
  readonly focus: string;
  readonly line?: string;
}

export interface Theme {
  readonly title: string;
  /** Classes of the wrapper around each story ('' for none). */
  readonly className: string;
  /** The package whose CSS the theme is, for the toolbar and the report of the theme test. */
  readonly source?: string;
  readonly tokens?: ThemeTokens;
}

/** The NL Design System names our elements fall back to; every package below but Amsterdam sets them. */
const UTRECHT_TOKENS: ThemeTokens = {
  font: '--utrecht-document-font-family',
  color: '--utrecht-document-color',
  background: '--utrecht-document-background-color',
  accent: '--utrecht-link-color',
  focus: '--utrecht-focus-outline-color',
  line: '--utrecht-table-row-border-block-end-color',
};

export const THEMES = {
  standaard: {title: 'Standaard (neutraal)', className: ''},
  utrecht: {title: 'Utrecht', className: 'utrecht-theme', source: '@utrecht/design-tokens', tokens: UTRECHT_TOKENS},
  'utrecht-donker': {
    title: 'Utrecht donker', className: 'utrecht-theme--color-scheme-dark', source: '@utrecht/design-tokens (dark)', tokens: UTRECHT_TOKENS,
  },
  rijkshuisstijl: {title: 'Rijkshuisstijl', className: 'rhc-theme', source: '@rijkshuisstijl-community/design-tokens', tokens: UTRECHT_TOKENS},
  'den-haag': {title: 'Den Haag', className: 'denhaag-theme', source: '@gemeente-denhaag/design-tokens-components', tokens: UTRECHT_TOKENS},
  amsterdam: {
    title: 'Amsterdam', className: 'ams-theme', source: '@amsterdam/design-system-tokens + src/themes/amsterdam.css',
    // What src/themes/amsterdam.css maps onto our properties; Amsterdam has no focus colour, so its text colour.
    tokens: {
      font: '--ams-typography-font-family', color: '--ams-color-text', background: '--ams-color-background',
      accent: '--ams-links-color', focus: '--ams-color-text', line: '--ams-color-separator',
    },
  },
  'hoog-contrast': {
    title: 'Hoog contrast (eigen --sf-*)', className: 'thema-hoog-contrast',
    tokens: {color: '--sf-color', background: '--sf-background', accent: '--sf-accent', focus: '--sf-focus-color', line: '--sf-border-color'},
  },
} as const satisfies Record<string, Theme>;

export type ThemeName = keyof typeof THEMES;
export const DEFAULT_THEME: ThemeName = 'standaard';

/** The theme a story's globals ask for, or the default for an unknown name (an old link, a typo in the URL). */
export function themeNamed(name: unknown): {name: ThemeName; theme: Theme} {
  const known = typeof name === 'string' && Object.hasOwn(THEMES, name);
  const themeName = (known ? name : DEFAULT_THEME) as ThemeName;
  return {name: themeName, theme: THEMES[themeName]};
}
