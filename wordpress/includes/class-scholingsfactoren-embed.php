<?php
/**
 * An embed page's address pasted on a line of its own (classic editor) or into an Embed block becomes the
 * sized frame, served from this site: embed.html with its query, or a page written for one choice
 * (embed/inhiberend/werkgever.html), at the address of this site's copy or of unpkg.com.
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
	 * The addresses the handler takes: an embed page on unpkg.com (any version), or in this plugin's
	 * folder on this site's host or on the host its files are served from. An embed page is embed.html or
	 * a page written for one choice, `embed/<kind or alle>/<actor or alle>.html`, whose kind and actor the
	 * pattern names.
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
		$own     = $hosts ? '|(?:' . implode( '|', array_unique( $hosts ) ) . ')(?::\d+)?/[^\s?#]*?scholingsfactoren/[^\s?#]*?' : '';
		$kinds   = implode( '|', array_merge( array( Scholingsfactoren_Choices::ALL ), Scholingsfactoren_Choices::KINDS ) );
		$actors  = implode( '|', array_merge( array( Scholingsfactoren_Choices::ALL ), Scholingsfactoren_Choices::ACTORS ) );
		$written = 'embed/(?P<kind>' . $kinds . ')/(?P<actor>' . $actors . ')\.html';
		return '~^https?://(?:unpkg\.com/scholingsfactoren(?:@[^/\s?#]+)?/dist/cdn/' . $own . ')(?:embed\.html|' . $written . ')(?:\?[^\s#]*)?(?:#\S*)?$~i';
	}

	/**
	 * Whether a post's content names an embed page, for the styles in its head: a loose test, the
	 * handler itself decides.
	 *
	 * @param string $content The post's content.
	 * @return bool
	 */
	public static function mentioned_in( $content ) {
		return 1 === preg_match( '~/embed(?:\.html|/[a-z]+/[a-z]+\.html)~i', $content );
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
		$html = '<div class="scholingsfactoren">' . Scholingsfactoren_Render::inner_html( self::read( $matches, $url ), 'embed' ) . '</div>';
		/** This filter is documented in wp-includes/class-wp-embed.php: one per handler, named after it. */
		return apply_filters( 'embed_scholingsfactoren', $html, $matches, $attr, $url, $rawattr );
	}

	/**
	 * The choices of an address the pattern took: those of embed.html's query, or of a written page.
	 *
	 * @param array  $matches The pattern's matches.
	 * @param string $url     The address.
	 * @return array{settings: array, problems: array} As Scholingsfactoren_Choices reads them.
	 */
	public static function read( array $matches, $url ) {
		$query = (string) wp_parse_url( $url, PHP_URL_QUERY );
		if ( empty( $matches['kind'] ) || empty( $matches['actor'] ) ) {
			return Scholingsfactoren_Choices::from_embed_query( $query );
		}
		return Scholingsfactoren_Choices::from_embed_page( strtolower( $matches['kind'] ), strtolower( $matches['actor'] ), $query );
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
