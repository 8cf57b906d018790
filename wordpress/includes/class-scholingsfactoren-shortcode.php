<?php
/**
 * The shortcode [scholingsfactoren show="…" kind="…" actor="…" source="…" query="…" lang="…" mode="elements|iframe"]:
 * the attributes of embed.html, and where the elements go.
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the shortcode and renders it.
 */
final class Scholingsfactoren_Shortcode {

	/**
	 * Hooks into WordPress.
	 */
	public static function add_hooks() {
		add_action( 'init', array( self::class, 'register' ) );
	}

	/**
	 * Registers the shortcode.
	 */
	public static function register() {
		add_shortcode( 'scholingsfactoren', array( self::class, 'render' ) );
	}

	/**
	 * The shortcode on a page. Unknown attributes and values: a notice for editors, the rest applies.
	 *
	 * @param array|string $attributes The shortcode's attributes ('' when it has none).
	 * @return string
	 */
	public static function render( $attributes ) {
		$read = Scholingsfactoren_Choices::from_shortcode( $attributes );
		$lang = Scholingsfactoren_Render::wrapper_lang( $read['settings'] );
		return '<div class="scholingsfactoren"' . ( '' !== $lang ? ' lang="' . esc_attr( $lang ) . '"' : '' ) . '>'
			. Scholingsfactoren_Render::inner_html( $read, 'shortcode' ) . '</div>';
	}
}
