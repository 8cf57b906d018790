<?php
/**
 * What the plugin makes of choices, for test/wordpress/plugin.test.js, which compares it with the embed
 * page's reading (src/embed/embed-query.ts). Reads JSON cases on stdin, writes JSON results:
 * `{"embed": "<query>"}` is an embed.html address's query, `{"shortcode": "<attributes>"}` a shortcode's.
 *
 * @package Scholingsfactoren
 */

$_SERVER['HTTP_HOST'] = 'localhost';
require '/usr/share/wordpress/wp-load.php';

$sf_results = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $sf_case ) {
	$sf_where     = isset( $sf_case['embed'] ) ? 'embed' : 'shortcode';
	$sf_read      = 'embed' === $sf_where
		? Scholingsfactoren_Choices::from_embed_query( $sf_case['embed'] )
		: Scholingsfactoren_Choices::from_shortcode( shortcode_parse_atts( $sf_case['shortcode'] ) );
	$sf_results[] = array(
		'settings' => $sf_read['settings'],
		'messages' => array_map(
			static function ( $problem ) use ( $sf_where ) {
				return Scholingsfactoren_Choices::describe( $problem, $sf_where );
			},
			$sf_read['problems']
		),
		'query'    => Scholingsfactoren_Render::embed_query( $sf_read['settings'] ),
		'title'    => Scholingsfactoren_Render::frame_title( $sf_read['settings'] ),
	);
}
echo wp_json_encode( $sf_results, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
