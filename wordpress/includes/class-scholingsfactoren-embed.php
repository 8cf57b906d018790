<?php
/**
 * An embed.html address pasted on a line of its own (classic editor) or into an Embed block becomes the
 * sized frame, served from this site: the address of this site's copy, or of unpkg.com.
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the embed handler and renders it.
 */
final class Scholingsfactoren_Embed {

	/**
	 * Hooks into WordPress.
	 */
	public static function add_hooks() {
		add_action( 'init', array( self::class, 'register' ) );
		add_filter( 'pre_http_request', array( self::class, 'skip_discovery' ), 10, 3 );
	}

	/**
	 * Registers the handler.
	 */
	public static function register() {
		wp_embed_register_handler( 'scholingsfactoren', self::pattern(), array( self::class, 'render' ) );
	}

	/**
	 * The addresses the handler takes: embed.html on unpkg.com (any version), or in this plugin's folder
	 * on this site's host or on the host its files are served from.
	 *
	 * @return string A regular expression.
	 */
	public static function pattern() {
		$hosts = array();
		foreach ( array( home_url(), plugins_url( '', SCHOLINGSFACTOREN_FILE ) ) as $address ) {
			$host = wp_parse_url( $address, PHP_URL_HOST );
			if ( $host ) {
				$hosts[] = preg_quote( $host, '~' );
			}
		}
		$own = $hosts ? '|(?:' . implode( '|', array_unique( $hosts ) ) . ')(?::\d+)?/[^\s?#]*?scholingsfactoren/[^\s?#]*?' : '';
		return '~^https?://(?:unpkg\.com/scholingsfactoren(?:@[^/\s?#]+)?/dist/cdn/' . $own . ')embed\.html(?:\?[^\s#]*)?(?:#\S*)?$~i';
	}

	/**
	 * The frame for an address, with its choices read as the embed page reads them. The address's host
	 * does not matter: the frame shows this site's copy (or the CDN's, if the settings say so).
	 *
	 * @param array  $matches The pattern's matches.
	 * @param array  $attr    The embed's attributes.
	 * @param string $url     The address.
	 * @param array  $rawattr The attributes as given.
	 * @return string
	 */
	public static function render( $matches, $attr, $url, $rawattr ) {
		$read = Scholingsfactoren_Choices::from_embed_query( (string) wp_parse_url( $url, PHP_URL_QUERY ) );
		$html = '<div class="scholingsfactoren">' . Scholingsfactoren_Render::inner_html( $read, 'embed' ) . '</div>';
		/** This filter is documented in wp-includes/class-wp-embed.php: one per handler, named after it. */
		return apply_filters( 'embed_scholingsfactoren', $html, $matches, $attr, $url, $rawattr );
	}

	/**
	 * The Embed block asks the server to look up an address (oEmbed discovery) before it tries the
	 * handlers: for these addresses the answer is known, so the server asks no one, unpkg.com included.
	 *
	 * @param false|array|WP_Error $response A response another filter gave, or false.
	 * @param array                $args     The request's arguments.
	 * @param string               $url      The address.
	 * @return false|array|WP_Error
	 */
	public static function skip_discovery( $response, $args, $url ) {
		if ( false === $response && is_string( $url ) && preg_match( self::pattern(), $url ) ) {
			return new WP_Error( 'scholingsfactoren_embed', __( 'The Scholingsfactoren plugin shows this address itself.', 'scholingsfactoren' ) );
		}
		return $response;
	}
}
