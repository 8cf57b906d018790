<?php
/**
 * Installs the plugin from the zip that `npm run build` writes, the way "Plugins → Add New → Upload"
 * does (WordPress's own unzip_file), and activates it. Usage: php install-plugin.php <zip>
 *
 * @package Scholingsfactoren
 */

$_SERVER['HTTP_HOST'] = 'localhost';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$sf_zip = $argv[1];
// A fresh install: the plugin's one setting as it starts, whatever an earlier run left.
delete_option( 'scholingsfactoren_files' );
WP_Filesystem();
global $wp_filesystem;
$wp_filesystem->delete( WP_PLUGIN_DIR . '/scholingsfactoren', true );
$sf_unzipped = unzip_file( $sf_zip, WP_PLUGIN_DIR );
if ( is_wp_error( $sf_unzipped ) ) {
	fwrite( STDERR, 'The zip could not be unpacked: ' . $sf_unzipped->get_error_message() . "\n" );
	exit( 1 );
}
$sf_activated = activate_plugin( 'scholingsfactoren/scholingsfactoren.php' );
if ( is_wp_error( $sf_activated ) ) {
	fwrite( STDERR, 'The plugin could not be activated: ' . $sf_activated->get_error_message() . "\n" );
	exit( 1 );
}
$sf_data = get_plugin_data( WP_PLUGIN_DIR . '/scholingsfactoren/scholingsfactoren.php' );
echo 'Plugin ' . $sf_data['Name'] . ' ' . $sf_data['Version'] . " installed from the zip and active\n";
