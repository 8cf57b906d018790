import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json' with {type: 'json'};
import '../stories/themes.css';

// Controls and docs come from the manifest that `npm run manifest` generates from the classes' JSDoc.
setCustomElementsManifest(manifest);

// Storybook's canvas page says lang="en"; our elements follow the page's language, and Dutch comes first.
document.documentElement.lang = 'nl';

/** The toolbar's themes: value → the class in stories/themes.css that sets the custom properties. */
const THEMES = {
  standaard: {title: 'Standaard', className: ''},
  gemeente: {title: 'Gemeente (NL Design System-achtig)', className: 'thema-gemeente'},
  'hoog-contrast': {title: 'Hoog contrast', className: 'thema-hoog-contrast'},
} as const;
type Theme = keyof typeof THEMES;

/**
 * Wraps every story in the chosen theme's class. The themes only set custom properties, which reach
 * the elements' shadow roots by inheritance: exactly what a CMS page's own stylesheet would do.
 */
const withTheme: Decorator = (story, context) => {
  const theme: Theme = (context.globals.thema as Theme | undefined) ?? 'standaard';
  const className = THEMES[theme]?.className ?? '';
  return className === '' ? story() : html`<div class=${className} data-thema=${theme}>${story()}</div>`;
};

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
    // Storybook marks docs pages and the stories in them lang="en"; our elements follow the nearest lang,
    // so without these the docs pages would show them in English.
    htmlLang: 'nl',
    docs: {toc: {headingSelector: 'h2, h3'}, lang: 'nl'},
    // Editors look for the introduction and the embedding guide first, then the elements.
    options: {storySort: {order: ['Introductie', 'Insluiten in je CMS', 'Elementen']}},
  },
  globalTypes: {
    thema: {
      description: 'Thema: de CSS custom properties van een pagina',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, {title}]) => ({value, title})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {thema: 'standaard'},
  decorators: [withTheme],
  tags: ['autodocs'],
};
export default preview;
