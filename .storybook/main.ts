import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

/**
 * package.json's `sideEffects` describes the npm package (dist/). Stories import src/ directly, where
 * `import '…/factor-table.js'` is what registers the element: without this, the production build of
 * Storybook drops those imports as side-effect free, and every story shows an undefined element.
 */
const ourModulesRegister: Plugin = {
  name: 'scholingsfactoren:our-modules-have-side-effects',
  transform(code, id) {
    const ours = /\/(src|stories|\.storybook)\//.test(id) && !id.includes('/node_modules/');
    return ours ? {code, map: null, moduleSideEffects: true} : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // Datasets for the "custom dataset" and error stories are served as static files, as a CMS would.
  staticDirs: [{from: '../stories/fixtures', to: '/fixtures'}],
  viteFinal: (config) => ({...config, plugins: [...(config.plugins ?? []), ourModulesRegister]}),
};
export default config;
