<?php
/**
 * What the plugin makes of choices, for test/wordpress/plugin.test.js, which compares it with the embed
 * page's reading (src/embed/embed-query.ts) and the builder's addresses (src/embed/builder/snippets.ts).
 * Reads JSON cases on stdin, writes JSON results: `{"embed": "<query>"}` is an embed.html address's
 * query, `{"shortcode": "<attributes>"}` a shortcode's, `{"address": "<url>"}` an address pasted on a line
 * of its own, read by the embed handler if its pattern takes it (`matched`).
 *
 * @package Scholingsfactoren
 */

$_SERVER['HTTP_HOST'] = 'localhost';
require '/usr/share/wordpress/wp-load.php';

$sf_results = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $sf_case ) {
	if ( isset( $sf_case['address'] ) ) {
		if ( ! preg_match( Scholingsfactoren_Embed::pattern(), $sf_case['address'], $sf_matches ) ) {
			$sf_results[] = array( 'matched' => false );
			continue;
		}
		$sf_where = 'embed';
		$sf_read  = Scholingsfactoren_Embed::read( $sf_matches, $sf_case['address'] );
	} elseif ( isset( $sf_case['embed'] ) ) {
		$sf_where = 'embed';
		$sf_read  = Scholingsfactoren_Choices::from_embed_query( $sf_case['embed'] );
	} else {
		$sf_where = 'shortcode';
		$sf_read  = Scholingsfactoren_Choices::from_shortcode( shortcode_parse_atts( $sf_case['shortcode'] ) );
	}
	$sf_results[] = array(
		'matched'  => true,
		'settings' => $sf_read['settings'],
		'messages' => array_map(
			static function ( $problem ) use ( $sf_where ) {
				return Scholingsfactoren_Choices::describe( $problem, $sf_where );
			},
			$sf_read['problems']
		),
		'query'    => Scholingsfactoren_Render::embed_query( $sf_read['settings'] ),
		'title'    => Scholingsfactoren_Render::frame_title( $sf_read['settings'] ),
		'base'     => Scholingsfactoren_Assets::base_url(),
		'frame'    => Scholingsfactoren_Render::frame_url( $sf_read['settings'] ),
	);
}
echo wp_json_encode( $sf_results, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
