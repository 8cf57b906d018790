<?php
/**
 * The library's files: registered the WordPress way, enqueued only where the block, the shortcode or an
 * embed address is used.
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers and enqueues the library's scripts and styles.
 */
final class Scholingsfactoren_Assets {

	/** The option that says where the files come from: 'self' (this site, the default) or 'cdn'. */
	const OPTION = 'scholingsfactoren_files';

	/**
	 * Hooks into WordPress.
	 */
	public static function add_hooks() {
		add_action( 'init', array( self::class, 'register' ) );
		add_action( 'wp_enqueue_scripts', array( self::class, 'enqueue_styles_for_post' ) );
		add_action( 'enqueue_block_assets', array( self::class, 'enqueue_for_editor' ) );
		add_filter( 'script_loader_tag', array( self::class, 'module_tag' ), 10, 2 );
	}

	/**
	 * The folder of the library's files, with a slash at the end. On this site by default: a public CDN
	 * sends every reader's IP address to a third party, which a Dutch public-sector site may not do
	 * without consent.
	 *
	 * @return string
	 */
	public static function base_url() {
		if ( 'cdn' === get_option( self::OPTION, 'self' ) ) {
			return 'https://unpkg.com/scholingsfactoren@' . SCHOLINGSFACTOREN_VERSION . '/dist/cdn/';
		}
		return plugins_url( 'cdn/' . SCHOLINGSFACTOREN_VERSION . '/', SCHOLINGSFACTOREN_FILE );
	}

	/**
	 * Registers the files.
	 *
	 * Their addresses carry the version in their path (cdn/<version>/ here, @<version> on the CDN), not
	 * in a `?ver=` query: the bundle's chunks and embed.html load the bundle by its plain address, and a
	 * second address would make the browser fetch it twice. Hence the version `null`.
	 */
	public static function register() {
		$base = self::base_url();
		wp_register_style( 'scholingsfactoren', $base . 'scholingsfactoren.css', array(), null );
		wp_register_script( 'scholingsfactoren-embed', $base . 'embed.js', array(), null, true );
		// A module through the script loader (module_tag below): for versions before 6.5 and the editor.
		wp_register_script( 'scholingsfactoren', $base . 'scholingsfactoren.js', array(), null, true );
		if ( function_exists( 'wp_register_script_module' ) ) {
			wp_register_script_module( 'scholingsfactoren', $base . 'scholingsfactoren.js', array(), null );
		}
		// The plugin's own few rules: frames without a border, the notice for editors.
		wp_register_style( 'scholingsfactoren-wordpress', plugins_url( 'assets/scholingsfactoren.css', SCHOLINGSFACTOREN_FILE ), array(), SCHOLINGSFACTOREN_VERSION );
	}

	/**
	 * What the elements need on a page: the library's module and its stylesheet line.
	 */
	public static function enqueue_elements() {
		wp_enqueue_style( 'scholingsfactoren' );
		wp_enqueue_style( 'scholingsfactoren-wordpress' );
		if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
			wp_enqueue_script_module( 'scholingsfactoren' );
		} else {
			wp_enqueue_script( 'scholingsfactoren' );
		}
	}

	/**
	 * What frames of embed pages need on a page: embed.js makes each as tall as its content.
	 */
	public static function enqueue_frames() {
		wp_enqueue_style( 'scholingsfactoren-wordpress' );
		wp_enqueue_script( 'scholingsfactoren-embed' );
	}

	/**
	 * The styles in the head of a post that uses the plugin, before the content is rendered: the
	 * stylesheet line keeps room for a table, so the page does not jump when the script has run. The
	 * scripts follow when the block or shortcode is rendered, so only what it uses is loaded.
	 */
	public static function enqueue_styles_for_post() {
		$post = is_singular() ? get_post() : null;
		if ( ! $post ) {
			return;
		}
		if ( has_block( 'scholingsfactoren/factoren', $post ) || has_shortcode( $post->post_content, 'scholingsfactoren' ) ) {
			wp_enqueue_style( 'scholingsfactoren' );
			wp_enqueue_style( 'scholingsfactoren-wordpress' );
		} elseif ( Scholingsfactoren_Embed::mentioned_in( $post->post_content ) ) {
			wp_enqueue_style( 'scholingsfactoren-wordpress' );
		}
	}

	/**
	 * The block's live preview in the editor shows the elements and frames themselves.
	 */
	public static function enqueue_for_editor() {
		if ( is_admin() ) {
			self::enqueue_elements();
			self::enqueue_frames();
		}
	}

	/**
	 * Makes the bundle a module script where it is loaded through the script loader.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( 'scholingsfactoren' !== $handle ) {
			return $tag;
		}
		return preg_replace( '/<script(?:\s+type=([\'"])[^\'"]*\1)?/', '<script type="module"', $tag, 1 );
	}
}
