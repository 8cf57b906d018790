<?php
/**
 * Removes what the plugin stored: its one option, on every site of a network. Posts keep their blocks
 * and shortcodes: they are the authors' content (without the plugin they show nothing).
 *
 * @package Scholingsfactoren
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $scholingsfactoren_site ) {
		switch_to_blog( $scholingsfactoren_site );
		delete_option( 'scholingsfactoren_files' );
		restore_current_blog();
	}
} else {
	delete_option( 'scholingsfactoren_files' );
}
