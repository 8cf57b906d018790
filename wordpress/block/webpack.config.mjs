// The block editor's script, built by @wordpress/scripts (scripts/build-wordpress.js runs
// `wp-scripts build --config` with this file): its defaults (Babel, the WordPress scripts as externals,
// index.asset.php with the scripts it needs), with our one entry and the publications the build wrote.
import {fileURLToPath} from 'node:url';
import defaults from '@wordpress/scripts/config/webpack.config.js';

const {SF_BLOCK_OUTPUT, SF_BLOCK_SOURCES} = process.env;
if (!SF_BLOCK_OUTPUT || !SF_BLOCK_SOURCES) throw new Error('Run through scripts/build-wordpress.js (npm run build).');

export default {
  ...defaults,
  entry: {index: fileURLToPath(new URL('src/index.js', import.meta.url))},
  output: {...defaults.output, path: SF_BLOCK_OUTPUT},
  resolve: {...defaults.resolve, alias: {...defaults.resolve?.alias, 'scholingsfactoren-sources': SF_BLOCK_SOURCES}},
  // Only what this entry needs: the defaults also copy every block.json and PHP file of the repository's src/.
  plugins: defaults.plugins.filter((plugin) => plugin && !['CopyWebpackPlugin', 'PhpFilePathsPlugin'].includes(plugin.constructor.name)),
};
