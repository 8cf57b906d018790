<?php
/**
 * The block "Scholingsfactoren": the builder's choices in the editor's sidebar, rendered by PHP.
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block and renders it.
 */
final class Scholingsfactoren_Block {

	/**
	 * Hooks into WordPress.
	 */
	public static function add_hooks() {
		add_action( 'init', array( self::class, 'register' ) );
	}

	/**
	 * Registers the editor's script (built by @wordpress/scripts, with the scripts it needs in
	 * index.asset.php), its translations, and the block from block.json.
	 */
	public static function register() {
		$dir   = dirname( SCHOLINGSFACTOREN_FILE );
		$asset = require $dir . '/block/build/index.asset.php';
		wp_register_script(
			'scholingsfactoren-block-editor',
			plugins_url( 'block/build/index.js', SCHOLINGSFACTOREN_FILE ),
			$asset['dependencies'],
			$asset['version'],
			true
		);
		wp_set_script_translations( 'scholingsfactoren-block-editor', 'scholingsfactoren', $dir . '/languages' );
		register_block_type( $dir . '/block', array( 'render_callback' => array( self::class, 'render' ) ) );
	}

	/**
	 * The block on a page, and in the editor's preview.
	 *
	 * @param array $attributes The block's attributes.
	 * @return string
	 */
	public static function render( $attributes ) {
		$read  = Scholingsfactoren_Choices::from_block( is_array( $attributes ) ? $attributes : array() );
		$extra = array( 'class' => 'scholingsfactoren' );
		$lang  = Scholingsfactoren_Render::wrapper_lang( $read['settings'] );
		if ( '' !== $lang ) {
			$extra['lang'] = $lang;
		}
		// get_block_wrapper_attributes() escapes what it writes.
		return '<div ' . get_block_wrapper_attributes( $extra ) . '>' . Scholingsfactoren_Render::inner_html( $read, 'block' ) . '</div>';
	}
}
