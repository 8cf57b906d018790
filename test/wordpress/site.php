<?php
/**
 * Installs the test site (called by site.sh): WordPress in Dutch, an administrator and an author.
 * What exists stays. Usage: php site.php <port>
 *
 * @package Scholingsfactoren
 */

// Debian's wp-config.php chooses /etc/wordpress/config-<host>.php by the request's host.
$_SERVER['HTTP_HOST'] = 'localhost';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if ( ! is_blog_installed() ) {
	wp_install( 'Scholingsfactoren test', 'beheer', 'beheer@example.org', false, '', 'sf-beheer-test', 'nl_NL' );
	echo "WordPress installed\n";
}
update_option( 'WPLANG', 'nl_NL' );

$sf_users = array(
	'beheer' => 'administrator',
	'auteur' => 'author',
);
foreach ( $sf_users as $sf_login => $sf_role ) {
	$sf_user = get_user_by( 'login', $sf_login );
	if ( ! $sf_user ) {
		$sf_id   = wp_insert_user(
			array(
				'user_login' => $sf_login,
				'user_pass'  => "sf-$sf_login-test",
				'user_email' => "$sf_login@example.org",
				'role'       => $sf_role,
			)
		);
		$sf_user = get_user_by( 'id', $sf_id );
	}
	// The editor's welcome guide would cover what the test clicks.
	update_user_meta(
		$sf_user->ID,
		$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
}
echo 'WordPress ' . get_bloginfo( 'version' ) . ' at ' . home_url( '/' ) . "\n";
