<?php
/**
 * The markup of the block, the shortcode and the embed handler: the elements on the page, or a frame
 * of an embed page, and a notice for editors when something in the choices is unknown.
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/**
 * Writes the markup for a reader's page.
 */
final class Scholingsfactoren_Render {

	/**
	 * How many blocks and shortcodes this page has rendered so far: each gets a group of its own.
	 *
	 * @var int
	 */
	private static $count = 0;

	/**
	 * The markup this plugin writes, and nothing else: every output passes wp_kses with this list.
	 *
	 * @return array
	 */
	public static function allowed_html() {
		$filters = array(
			'group'  => true,
			'kind'   => true,
			'actor'  => true,
			'source' => true,
			'query'  => true,
		);
		return array(
			'div'             => array(
				'class' => true,
				'lang'  => true,
				'role'  => true,
			),
			'p'               => array( 'class' => true ),
			'ul'              => array(),
			'li'              => array(),
			'factor-table'    => $filters,
			// The heatmap takes the kind as what it counts (`counts`), not as a filter of the group.
			'barrier-heatmap' => array( 'counts' => true ) + $filters,
			'actor-filter'    => array( 'group' => true ),
			'source-citation' => array(
				'group'  => true,
				'source' => true,
				'all'    => true,
			),
			'iframe'          => array(
				'class'  => true,
				'src'    => true,
				'title'  => true,
				'width'  => true,
				'height' => true,
			),
		);
	}

	/**
	 * The markup for read choices, without a wrapper.
	 *
	 * @param array  $read  What a reader of Scholingsfactoren_Choices returned: settings and problems.
	 * @param string $where 'block', 'shortcode' or 'embed': where the choices come from.
	 * @return string
	 */
	public static function inner_html( array $read, $where ) {
		$settings = $read['settings'];
		$html     = self::notice( $read['problems'], $where );
		if ( 'iframe' === $settings['mode'] ) {
			Scholingsfactoren_Assets::enqueue_frames();
			$html .= self::frame( $settings );
		} else {
			Scholingsfactoren_Assets::enqueue_elements();
			$html .= self::elements( $settings );
		}
		return wp_kses( $html, self::allowed_html() );
	}

	/**
	 * The `lang` of the wrapper: the block's or shortcode's language, else the page's. In the editor's
	 * preview the page is the editor, which may speak the user's language: there the site's is written.
	 *
	 * @param array $settings The choices.
	 * @return string '' for none.
	 */
	public static function wrapper_lang( array $settings ) {
		if ( '' !== $settings['lang'] ) {
			return $settings['lang'];
		}
		return ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ? get_bloginfo( 'language' ) : '';
	}

	/**
	 * The elements, as the embed page and the builder's script snippet write them (src/embed/embed-elements.ts).
	 *
	 * @param array $settings The choices.
	 * @return string
	 */
	private static function elements( array $settings ) {
		++self::$count;
		// A group of its own: two blocks with different filters on one page must not share one.
		$group   = 'scholingsfactoren-' . self::$count;
		$filters = array_filter(
			array(
				'kind'   => $settings['kind'],
				'actor'  => implode( ' ', $settings['actors'] ),
				'source' => implode( ' ', $settings['sources'] ),
				'query'  => $settings['query'],
			),
			'strlen'
		);
		$html = '';
		foreach ( $settings['show'] as $tag ) {
			switch ( $tag ) {
				case 'factor-table':
					$html .= self::element( $tag, array( 'group' => $group ) + $filters );
					break;
				case 'barrier-heatmap':
					$html .= self::element( $tag, self::heatmap_attributes( array( 'group' => $group ) + $filters ) );
					break;
				case 'source-citation':
					if ( ! $settings['sources'] ) {
						$html .= self::element( $tag, array( 'group' => $group ), 'all' );
					}
					foreach ( $settings['sources'] as $id ) {
						$html .= self::element(
							$tag,
							array(
								'group'  => $group,
								'source' => $id,
							)
						);
					}
					break;
				default:
					$html .= self::element( $tag, array( 'group' => $group ) );
			}
		}
		return $html;
	}

	/**
	 * One element.
	 *
	 * @param string $tag        One of Scholingsfactoren_Choices::ELEMENTS.
	 * @param array  $attributes Names and values.
	 * @param string $flag       A boolean attribute, or ''.
	 * @return string
	 */
	private static function element( $tag, array $attributes, $flag = '' ) {
		$html = '<' . $tag;
		foreach ( $attributes as $name => $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		return $html . ( '' !== $flag ? ' ' . $flag : '' ) . '></' . $tag . '>';
	}

	/**
	 * The heatmap's attributes: the kind is what it counts (`counts`), not a filter of its group, as in
	 * src/embed/embed-elements.ts.
	 *
	 * @param array $attributes Names and values, `kind` among them if one is chosen.
	 * @return array The same, with `counts` in the place of `kind`.
	 */
	private static function heatmap_attributes( array $attributes ) {
		$renamed = array();
		foreach ( $attributes as $name => $value ) {
			$renamed[ 'kind' === $name ? 'counts' : $name ] = $value;
		}
		return $renamed;
	}

	/**
	 * A frame of an embed page, sized by embed.js; without it, it keeps its height and scrolls inside.
	 * No `loading="lazy"`: a lazy frame in view starts loading late on a phone. WordPress may add its own
	 * loading attribute to the iframes in a post's content; which frames are in view is for it to judge.
	 *
	 * @param array $settings The choices.
	 * @return string
	 */
	private static function frame( array $settings ) {
		return '<iframe class="scholingsfactoren-frame" src="' . esc_url( self::frame_url( $settings ) ) . '" title="' . esc_attr( self::frame_title( $settings ) )
			. '" width="100%" height="600"></iframe>';
	}

	/**
	 * The address a frame shows for these choices, in the frame's language, beside the library's files.
	 *
	 * @param array $settings The choices.
	 * @return string
	 */
	public static function frame_url( array $settings ) {
		$settings['lang'] = self::frame_lang( $settings );
		return Scholingsfactoren_Assets::base_url() . self::embed_page( $settings );
	}

	/**
	 * The embed page for these choices, relative to the library's folder, as the builder hands it out
	 * (embedPageUrl): the page written for this choice where there is one, else embed.html with a query.
	 *
	 * @param array $settings The choices, with the frame's language ('nl' or 'en').
	 * @return string
	 */
	public static function embed_page( array $settings ) {
		$written = self::written_page_path( $settings );
		return '' !== $written ? $written : 'embed.html' . self::embed_query( $settings );
	}

	/**
	 * The page written ahead for these choices, if they are one of the written choices (writtenChoiceFor
	 * and writtenPagePath in src/embed/embed-choices.ts): the Dutch table alone, of one kind or both, for
	 * one actor or all, without sources or search text. Its rows are in its HTML, so a frame shows them
	 * before any script has run, and even where none may run.
	 *
	 * @param array $settings The choices, with the frame's language ('nl' or 'en').
	 * @return string Like `embed/inhiberend/werkgever.html`, or '' if there is no page for these choices.
	 */
	public static function written_page_path( array $settings ) {
		$plain = array( 'factor-table' ) === $settings['show'] && ! $settings['sources'] && '' === Scholingsfactoren_Choices::trim( $settings['query'] )
			&& 'nl' === $settings['lang'] && count( $settings['actors'] ) <= 1;
		if ( ! $plain ) {
			return '';
		}
		$kind  = '' !== $settings['kind'] ? $settings['kind'] : Scholingsfactoren_Choices::ALL;
		$actor = $settings['actors'] ? $settings['actors'][0] : Scholingsfactoren_Choices::ALL;
		return 'embed/' . $kind . '/' . $actor . '.html';
	}

	/**
	 * The language of a frame: the chosen one, else the site's (English for an English site, else Dutch,
	 * as the elements read a page's language).
	 *
	 * @param array $settings The choices.
	 * @return string
	 */
	private static function frame_lang( array $settings ) {
		if ( '' !== $settings['lang'] ) {
			return $settings['lang'];
		}
		return 0 === strpos( strtolower( get_locale() ), 'en' ) ? 'en' : 'nl';
	}

	/**
	 * The query of embed.html for these choices, as the builder writes it (writeEmbedQuery).
	 *
	 * @param array $settings The choices.
	 * @return string With `?`, or '' for the defaults.
	 */
	public static function embed_query( array $settings ) {
		$list   = static function ( array $values ) {
			return implode( ',', array_map( 'rawurlencode', $values ) );
		};
		$values = array(
			'show'   => Scholingsfactoren_Choices::DEFAULTS['show'] === $settings['show'] ? '' : $list( $settings['show'] ),
			'actor'  => $list( $settings['actors'] ),
			'kind'   => $settings['kind'],
			'source' => $list( $settings['sources'] ),
			'query'  => rawurlencode( Scholingsfactoren_Choices::trim( $settings['query'] ) ),
			'lang'   => 'en' === $settings['lang'] ? 'en' : '',
		);
		$pairs  = array();
		foreach ( Scholingsfactoren_Choices::EMBED_PARAMETERS as $name ) {
			if ( '' !== $values[ $name ] ) {
				$pairs[] = $name . '=' . $values[ $name ];
			}
		}
		return $pairs ? '?' . implode( '&', $pairs ) : '';
	}

	/**
	 * The frame's title, what a screen reader announces for it, as the builder writes it (frameTitle):
	 * "Scholingsfactoren: tabel – belemmerende factoren voor werkgever". In the site's language: the
	 * title belongs to the page around the frame.
	 *
	 * @param array $settings The choices.
	 * @return string
	 */
	public static function frame_title( array $settings ) {
		$elements = array(
			'factor-table'    => __( 'table', 'scholingsfactoren' ),
			'actor-filter'    => __( 'filter buttons', 'scholingsfactoren' ),
			'barrier-heatmap' => __( 'heatmap', 'scholingsfactoren' ),
			'source-citation' => __( 'sources', 'scholingsfactoren' ),
		);
		$actors   = array(
			'werkgever' => __( 'employer', 'scholingsfactoren' ),
			'werknemer' => __( 'employee', 'scholingsfactoren' ),
			'omgeving'  => __( 'environment', 'scholingsfactoren' ),
			'trainer'   => __( 'trainer', 'scholingsfactoren' ),
		);
		$kinds    = array(
			''            => __( 'factors', 'scholingsfactoren' ),
			'stimulerend' => __( 'stimulating factors', 'scholingsfactoren' ),
			'inhiberend'  => __( 'inhibiting factors', 'scholingsfactoren' ),
		);
		$citation = array_column( Scholingsfactoren_Choices::sources(), 'label', 'id' );
		$labels   = array();
		foreach ( $settings['sources'] as $id ) {
			$labels[ $citation[ $id ] ] = $citation[ $id ];
		}
		$shown = array();
		foreach ( $settings['show'] as $tag ) {
			$shown[] = $elements[ $tag ];
		}
		/* translators: %s: what the frame shows, e.g. "table and filter buttons" */
		$title   = sprintf( __( 'Training factors: %s', 'scholingsfactoren' ), Scholingsfactoren_Choices::and_list( $shown ) );
		$filter  = $kinds[ $settings['kind'] ];
		$filters = false;
		if ( $settings['actors'] ) {
			$names = array();
			foreach ( $settings['actors'] as $actor ) {
				$names[] = $actors[ $actor ];
			}
			/* translators: 1: which factors, 2: for whom, e.g. "inhibiting factors for employer" */
			$filter  = sprintf( __( '%1$s for %2$s', 'scholingsfactoren' ), $filter, Scholingsfactoren_Choices::and_list( $names ) );
			$filters = true;
		}
		if ( $labels ) {
			/* translators: 1: which factors, 2: the sources, e.g. "factors from TNO (2011)" */
			$filter  = sprintf( __( '%1$s from %2$s', 'scholingsfactoren' ), $filter, Scholingsfactoren_Choices::and_list( array_values( $labels ) ) );
			$filters = true;
		}
		if ( '' !== $settings['query'] ) {
			/* translators: 1: which factors, 2: the search text */
			$filter  = sprintf( __( '%1$s with “%2$s”', 'scholingsfactoren' ), $filter, $settings['query'] );
			$filters = true;
		}
		return $filters || '' !== $settings['kind'] ? $title . ' – ' . $filter : $title;
	}

	/**
	 * What is unknown in the choices, for those who may edit this post; readers see nothing of it.
	 *
	 * @param array  $problems The problems a reader of Scholingsfactoren_Choices found.
	 * @param string $where    'block', 'shortcode' or 'embed'.
	 * @return string
	 */
	private static function notice( array $problems, $where ) {
		if ( ! $problems || ! self::may_edit() ) {
			return '';
		}
		$titles = array(
			'block'     => __( 'Not everything in this block’s settings is right:', 'scholingsfactoren' ),
			'shortcode' => __( 'Not everything in this shortcode is right:', 'scholingsfactoren' ),
			'embed'     => __( 'Not everything in this embed address is right:', 'scholingsfactoren' ),
		);
		$items  = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( Scholingsfactoren_Choices::describe( $problem, $where ) ) . '</li>';
		}
		return '<div class="scholingsfactoren-notice" role="note"><p>' . esc_html( $titles[ $where ] ) . '</p><ul>' . $items . '</ul>'
			. '<p class="scholingsfactoren-notice-rest">' . esc_html__( 'The other settings do apply. Only those who may edit this page see this message.', 'scholingsfactoren' ) . '</p></div>';
	}

	/**
	 * Whether the current user may edit the post being shown (or, outside a post, any post).
	 *
	 * @return bool
	 */
	private static function may_edit() {
		$post_id = get_the_ID();
		return $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	}
}
