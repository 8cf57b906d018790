import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // Datasets for the "custom dataset" and error stories are served as static files, as a CMS would.
  staticDirs: [{from: '../stories/fixtures', to: '/fixtures'}],
};
export default config;
