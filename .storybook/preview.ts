import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {withActions} from 'storybook/actions/decorator';
import manifest from '../custom-elements.json' with {type: 'json'};
import '../stories/preview.css';
import {argTypesFromManifest, type Manifest} from './arg-types.js';
import {decorators} from './decorators.js';
import ElementDocs from './ElementDocs.mdx';
import {tidySnippet} from './snippet.js';
import {DEFAULT_THEME, THEMES} from './themes.js';

// The element's description on its docs page comes from the manifest that `npm run manifest` writes.
setCustomElementsManifest(manifest);

// Storybook's canvas page says lang="en"; our elements follow the page's language, and Dutch comes first.
document.documentElement.lang = 'nl';

/** Every event the elements fire, by the manifest: the Actions panel lists each one as it happens. */
const eventNames = [...new Set((manifest as Manifest).modules?.flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => declaration.events ?? []).map((event) => event.name))];

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
    layout: 'padded',
    actions: {handles: eventNames},
    // Storybook marks docs pages and the stories in them lang="en"; our elements follow the nearest lang,
    // so without these the docs pages would show them in English.
    htmlLang: 'nl',
    docs: {
      page: ElementDocs,
      // Args are the attributes, named and valued as in HTML (see arg-types.ts), not the class's fields.
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName),
      // The snippet shows the element as the controls set it, without the theme's wrapper.
      source: {excludeDecorators: true, language: 'html', transform: (code: string) => tidySnippet(code)},
      toc: {headingSelector: 'h2, h3'},
      lang: 'nl',
    },
    // Editors look for the introduction and the embedding guide first, then the elements.
    options: {storySort: {order: ['Introductie', 'Insluiten in je CMS', 'Elementen']}},
  },
  globalTypes: {
    thema: {
      description: 'Thema: een NL Design System-thema uit zijn eigen npm-pakket, of onze eigen',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, {title}]) => ({value, title})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {thema: DEFAULT_THEME},
  decorators: [...decorators, withActions],
  tags: ['autodocs'],
};
export default preview;
