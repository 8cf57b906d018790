<?php
/**
 * The setting "where the files come from" and uninstall.php, for test/wordpress/plugin.test.js: a frame's
 * address with the default and with the CDN chosen, and the option after uninstall.php ran. Writes JSON.
 *
 * @package Scholingsfactoren
 */

$_SERVER['HTTP_HOST'] = 'localhost';
require '/usr/share/wordpress/wp-load.php';

$sf_frame = static function () {
	// The files' address is read when the scripts are registered (init): register them again.
	Scholingsfactoren_Assets::register();
	return do_shortcode( '[scholingsfactoren mode="iframe" kind="inhiberend"]' );
};
delete_option( 'scholingsfactoren_files' );
$sf_self = $sf_frame();
update_option( 'scholingsfactoren_files', 'cdn' );
$sf_cdn = $sf_frame();

define( 'WP_UNINSTALL_PLUGIN', 'scholingsfactoren/scholingsfactoren.php' );
require WP_PLUGIN_DIR . '/scholingsfactoren/uninstall.php';
wp_cache_flush();
$sf_after = get_option( 'scholingsfactoren_files', null );

echo wp_json_encode(
	array(
		'self'           => $sf_self,
		'cdn'            => $sf_cdn,
		'afterUninstall' => $sf_after,
	),
	JSON_UNESCAPED_SLASHES
);
