<?php
/**
 * Plugin Name:       Scholingsfactoren
 * Plugin URI:        https://www.npmjs.com/package/scholingsfactoren
 * Description:       The factors that stimulate or inhibit lower-educated adults from taking part in training, as a block, a shortcode or a pasted embed address. Served from your own site; every author can use it.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            scholingsfactoren
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       scholingsfactoren
 * Domain Path:       /languages
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version, also the version of the library files it ships (test/node/wordpress.test.js checks it). */
const SCHOLINGSFACTOREN_VERSION = '0.1.0';
const SCHOLINGSFACTOREN_FILE    = __FILE__;

require_once __DIR__ . '/includes/class-scholingsfactoren-choices.php';
require_once __DIR__ . '/includes/class-scholingsfactoren-assets.php';
require_once __DIR__ . '/includes/class-scholingsfactoren-render.php';
require_once __DIR__ . '/includes/class-scholingsfactoren-block.php';
require_once __DIR__ . '/includes/class-scholingsfactoren-shortcode.php';
require_once __DIR__ . '/includes/class-scholingsfactoren-embed.php';
require_once __DIR__ . '/includes/class-scholingsfactoren-settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'scholingsfactoren', false, dirname( plugin_basename( SCHOLINGSFACTOREN_FILE ) ) . '/languages' );
	},
	0
);
Scholingsfactoren_Assets::add_hooks();
Scholingsfactoren_Block::add_hooks();
Scholingsfactoren_Shortcode::add_hooks();
Scholingsfactoren_Embed::add_hooks();
Scholingsfactoren_Settings::add_hooks();
