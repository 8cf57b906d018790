import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with {type: 'json'};

// Controls and docs come from the manifest that `npm run manifest` generates from the classes' JSDoc.
setCustomElementsManifest(manifest);

// Storybook's canvas page says lang="en"; our elements follow the page's language, and Dutch comes first.
document.documentElement.lang = 'nl';

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
    docs: {toc: true},
  },
  tags: ['autodocs'],
};
export default preview;
