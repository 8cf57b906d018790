<?php
/**
 * What a block, a shortcode or a pasted embed address asks to show.
 *
 * Read by the rules of the embed page (src/embed/embed-query.ts and parseFilter in
 * src/state/filter-state.ts): unknown names and values become problems, described in the embed page's
 * own words; everything valid still applies. test/wordpress/ compares the two on the same inputs.
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads choices and describes what is wrong with them.
 */
final class Scholingsfactoren_Choices {

	/** The elements, in the order the builder offers them. */
	const ELEMENTS = array( 'factor-table', 'actor-filter', 'barrier-heatmap', 'source-citation' );
	const KINDS    = array( 'stimulerend', 'inhiberend' );
	const ACTORS   = array( 'werkgever', 'werknemer', 'omgeving', 'trainer' );
	/** The languages of the elements' buttons and headings. */
	const LANGUAGES = array( 'nl', 'en' );
	/** On the page (the elements themselves) or in a frame (an iframe of embed.html). */
	const MODES = array( 'elements', 'iframe' );
	/** The query parameters of embed.html, in the order the builder writes them. */
	const EMBED_PARAMETERS = array( 'show', 'actor', 'kind', 'source', 'query', 'lang' );
	/** The shortcode's attributes: those of embed.html, and where the elements go. */
	const SHORTCODE_ATTRIBUTES = array( 'show', 'actor', 'kind', 'source', 'query', 'lang', 'mode' );

	/**
	 * What is shown when nothing is chosen. `lang` '' is the site's language.
	 *
	 * @var array
	 */
	const DEFAULTS = array(
		'show'    => array( 'factor-table' ),
		'kind'    => '',
		'actors'  => array(),
		'sources' => array(),
		'query'   => '',
		'lang'    => '',
		'mode'    => 'elements',
	);

	/** Several values are separated by commas or white space, as on the embed page. */
	const SEPARATORS = '/[\s\p{Z}\x{FEFF},]+/u';
	/** White space at either end of a text, as JavaScript's trim() sees it. */
	const ENDS = '/^[\s\p{Z}\x{FEFF}]+|[\s\p{Z}\x{FEFF}]+$/u';
	/** The word in the path of a written embed page (embed/<kind>/<actor>.html) for "no restriction". */
	const ALL = 'alle';

	/**
	 * The publications the plugin knows, in the builder's order: id, label, title and number of factors.
	 *
	 * @return array<int, array{id: string, label: string, title: string, factors: int}>
	 */
	public static function sources() {
		static $sources = null;
		if ( null === $sources ) {
			$read    = wp_json_file_decode( dirname( SCHOLINGSFACTOREN_FILE ) . '/data/sources.json', array( 'associative' => true ) );
			$sources = is_array( $read ) ? $read : array();
		}
		return $sources;
	}

	/**
	 * The ids of the publications.
	 *
	 * @return string[]
	 */
	public static function source_ids() {
		return array_column( self::sources(), 'id' );
	}

	/**
	 * Reads a shortcode's attributes.
	 *
	 * @param array|string $attributes As WordPress passes them: names in lower case; a word without
	 *                                 a value gets a number as its key.
	 * @return array{settings: array, problems: array}
	 */
	public static function from_shortcode( $attributes ) {
		$pairs = array();
		foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
			$pairs[] = is_int( $name ) ? array( (string) $value, '' ) : array( (string) $name, (string) $value );
		}
		return self::read( $pairs, self::SHORTCODE_ATTRIBUTES );
	}

	/**
	 * Reads the query of an embed.html address: the settings the embed page would show.
	 *
	 * @param string $query The part after `?`, without it.
	 * @return array{settings: array, problems: array}
	 */
	public static function from_embed_query( $query ) {
		$pairs = array();
		foreach ( explode( '&', (string) $query ) as $part ) {
			if ( '' === $part ) {
				continue;
			}
			// As URLSearchParams reads it: a `+` is a space, a name without `=` has an empty value.
			$name_value = explode( '=', $part, 2 );
			$pairs[]    = array(
				urldecode( $name_value[0] ),
				urldecode( isset( $name_value[1] ) ? $name_value[1] : '' ),
			);
		}
		$read                     = self::read( $pairs, self::EMBED_PARAMETERS );
		$read['settings']['mode'] = 'iframe';
		return $read;
	}

	/**
	 * Reads the address of an embed page written for one choice (`embed/inhiberend/werkgever.html`, see
	 * src/embed/embed-choices.ts): the page shows the kind and actor in its path. A query comes on top, and
	 * the path's kind and actor hold where it does not name them, as the page's script reads it
	 * (src/embed/embed-app.ts).
	 *
	 * @param string $kind  The path's kind: one of KINDS, or ALL.
	 * @param string $actor The path's actor: one of ACTORS, or ALL.
	 * @param string $query The part after `?`, without it; '' for none.
	 * @return array{settings: array, problems: array}
	 */
	public static function from_embed_page( $kind, $actor, $query ) {
		// As the page's script reads it: the query on top, the page's kind and actor where it does not name them.
		$names = array();
		foreach ( explode( '&', (string) $query ) as $part ) {
			$names[] = urldecode( explode( '=', $part, 2 )[0] );
		}
		$page = array();
		if ( in_array( $kind, self::KINDS, true ) && ! in_array( 'kind', $names, true ) ) {
			$page[] = 'kind=' . $kind;
		}
		if ( in_array( $actor, self::ACTORS, true ) && ! in_array( 'actor', $names, true ) ) {
			$page[] = 'actor=' . $actor;
		}
		return self::from_embed_query( implode( '&', array_filter( array_merge( array( (string) $query ), $page ) ) ) );
	}

	/**
	 * Reads the block's attributes. The block editor only stores what the sidebar offers, but a post's
	 * code can be edited by hand: the same rules apply.
	 *
	 * @param array $attributes The block's attributes.
	 * @return array{settings: array, problems: array}
	 */
	public static function from_block( $attributes ) {
		$list  = static function ( $value ) {
			return is_array( $value ) ? implode( ',', array_filter( $value, 'is_string' ) ) : '';
		};
		$text  = static function ( $value ) {
			return is_string( $value ) ? $value : '';
		};
		$pairs = array( array( 'show', $list( isset( $attributes['show'] ) ? $attributes['show'] : array() ) ) );
		foreach ( array( 'actors' => 'actor', 'sources' => 'source' ) as $attribute => $parameter ) {
			if ( ! empty( $attributes[ $attribute ] ) ) {
				$pairs[] = array( $parameter, $list( $attributes[ $attribute ] ) );
			}
		}
		foreach ( array( 'kind', 'query', 'lang', 'mode' ) as $attribute ) {
			if ( isset( $attributes[ $attribute ] ) && '' !== $attributes[ $attribute ] ) {
				$pairs[] = array( $attribute, $text( $attributes[ $attribute ] ) );
			}
		}
		return self::read( $pairs, self::SHORTCODE_ATTRIBUTES );
	}

	/**
	 * Reads name/value pairs by the embed page's rules (readEmbedQuery), in the order it reports problems.
	 *
	 * @param array    $pairs Name and value, in the order given; a name may come more than once.
	 * @param string[] $known The names that mean something here.
	 * @return array{settings: array, problems: array}
	 */
	private static function read( array $pairs, array $known ) {
		$problems = array();
		$values   = array();
		$unknown  = array();
		foreach ( $pairs as $pair ) {
			if ( in_array( $pair[0], $known, true ) ) {
				$values[ $pair[0] ][] = $pair[1];
			} elseif ( ! in_array( $pair[0], $unknown, true ) ) {
				$unknown[] = $pair[0];
			}
		}
		foreach ( $unknown as $name ) {
			$problems[] = array( 'unknown' => $name );
		}
		$all = static function ( $name ) use ( $values ) {
			return isset( $values[ $name ] ) ? $values[ $name ] : array();
		};

		$settings         = self::DEFAULTS;
		$show             = self::pick( $all( 'show' ), self::ELEMENTS, 'show', $problems );
		$settings['show'] = $show ? $show : self::DEFAULTS['show'];

		// The filter, by the rules of the elements' attributes: actors and kinds in any case, source ids as written.
		if ( isset( $values['actor'] ) ) {
			$given   = self::split( implode( ',', $values['actor'] ) );
			$actors  = array();
			$strange = array();
			foreach ( $given as $value ) {
				if ( in_array( strtolower( $value ), self::ACTORS, true ) ) {
					$actors[] = strtolower( $value );
				} else {
					$strange[] = $value;
				}
			}
			self::report( $problems, 'actor', $strange );
			$settings['actors'] = array_values( array_unique( $actors ) );
		}
		if ( isset( $values['kind'] ) ) {
			$kind = end( $values['kind'] );
			if ( '' === $kind || in_array( strtolower( $kind ), self::KINDS, true ) ) {
				$settings['kind'] = strtolower( $kind );
			} else {
				self::report( $problems, 'kind', array( $kind ) );
			}
		}
		if ( isset( $values['source'] ) ) {
			$ids                 = self::source_ids();
			$given               = self::split( implode( ',', $values['source'] ) );
			$settings['sources'] = array_values( array_intersect( $given, $ids ) );
			self::report( $problems, 'source', array_values( array_diff( $given, $ids ) ) );
		}

		$lang             = self::pick( $all( 'lang' ), self::LANGUAGES, 'lang', $problems );
		$settings['lang'] = $lang ? end( $lang ) : '';
		$mode             = self::pick( $all( 'mode' ), self::MODES, 'mode', $problems );
		$settings['mode'] = $mode ? end( $mode ) : 'elements';

		$settings['query'] = self::trim( implode( ' ', $all( 'query' ) ) );
		return array(
			'settings' => $settings,
			'problems' => $problems,
		);
	}

	/**
	 * The allowed values among those given (in lower case, each once); the others are reported.
	 *
	 * @param string[] $given     The parameter's values, as given.
	 * @param string[] $allowed   The values it may have.
	 * @param string   $parameter Its name.
	 * @param array    $problems  Where unknown values are reported.
	 * @return string[]
	 */
	private static function pick( array $given, array $allowed, $parameter, array &$problems ) {
		$values = self::split( implode( ',', $given ) );
		$picked = array();
		$others = array();
		foreach ( $values as $value ) {
			if ( in_array( strtolower( $value ), $allowed, true ) ) {
				$picked[] = strtolower( $value );
			} else {
				$others[] = $value;
			}
		}
		self::report( $problems, $parameter, $others );
		return array_values( array_unique( $picked ) );
	}

	/**
	 * Several values from one text, each once, in the order given.
	 *
	 * @param string $text Values separated by commas or white space.
	 * @return string[]
	 */
	private static function split( $text ) {
		return array_values( array_unique( preg_split( self::SEPARATORS, $text, -1, PREG_SPLIT_NO_EMPTY ) ) );
	}

	/**
	 * A text without white space at either end, as the embed page trims it (also a no-break space).
	 *
	 * @param string $text The text.
	 * @return string
	 */
	public static function trim( $text ) {
		return (string) preg_replace( self::ENDS, '', (string) $text );
	}

	/**
	 * Adds a problem for unknown values, if there are any.
	 *
	 * @param array    $problems  The problems so far.
	 * @param string   $parameter The name the values were given for.
	 * @param string[] $values    The unknown values.
	 */
	private static function report( array &$problems, $parameter, array $values ) {
		$values = array_values( array_unique( $values ) );
		if ( $values ) {
			$problems[] = array(
				'parameter' => $parameter,
				'values'    => $values,
			);
		}
	}

	/**
	 * One sentence per problem, in the words of the embed page (translated: nl_NL says it word for word).
	 *
	 * @param array  $problem A problem from one of the readers above.
	 * @param string $where   'shortcode', or 'embed' for an embed.html address.
	 * @return string Plain text.
	 */
	public static function describe( array $problem, $where ) {
		if ( isset( $problem['unknown'] ) ) {
			$names = 'shortcode' === $where ? self::SHORTCODE_ATTRIBUTES : self::EMBED_PARAMETERS;
			$known = self::and_list( $names );
			return 'shortcode' === $where
				/* translators: 1: an unknown name in quotes, 2: the names the shortcode knows */
				? sprintf( __( 'Unknown setting %1$s. This shortcode knows %2$s.', 'scholingsfactoren' ), self::quoted( $problem['unknown'] ), $known )
				/* translators: 1: an unknown name in quotes, 2: the names the page knows */
				: sprintf( __( 'Unknown setting %1$s. This page knows %2$s.', 'scholingsfactoren' ), self::quoted( $problem['unknown'] ), $known );
		}
		$count = count( $problem['values'] );
		return sprintf(
			/* translators: 1: a setting's name, 2: the unknown values, each in quotes, 3: what to choose instead */
			_n( 'In "%1$s" there is an unknown value: %2$s. %3$s', 'In "%1$s" there are unknown values: %2$s. %3$s', $count, 'scholingsfactoren' ),
			$problem['parameter'],
			implode( ', ', array_map( array( self::class, 'quoted' ), $problem['values'] ) ),
			self::choices( $problem['parameter'] )
		);
	}

	/**
	 * What a setting may be, as a sentence.
	 *
	 * @param string $parameter The setting's name.
	 * @return string
	 */
	private static function choices( $parameter ) {
		/* translators: %s: the values to choose from, separated by commas */
		$from = __( 'Choose from %s.', 'scholingsfactoren' );
		/* translators: 1 and 2: the two values to choose from */
		$either = __( 'Choose %1$s or %2$s.', 'scholingsfactoren' );
		switch ( $parameter ) {
			case 'show':
				return sprintf( $from, implode( ', ', self::ELEMENTS ) );
			case 'actor':
				return sprintf( $from, implode( ', ', self::ACTORS ) );
			case 'kind':
				return sprintf( $either, self::KINDS[0], self::KINDS[1] );
			case 'lang':
				return sprintf( $either, self::LANGUAGES[0], self::LANGUAGES[1] );
			case 'mode':
				return sprintf( $either, self::MODES[0], self::MODES[1] );
			default:
				return __( 'Use a source id as the builder gives them (for example tno-2011).', 'scholingsfactoren' );
		}
	}

	/**
	 * A value in quotes; long garbage is cut off so the message stays readable.
	 *
	 * @param string $value What was given.
	 * @return string
	 */
	public static function quoted( $value ) {
		return '"' . ( mb_strlen( $value ) > 40 ? mb_substr( $value, 0, 39 ) . '…' : $value ) . '"';
	}

	/**
	 * A list as a sentence: "a, b and c".
	 *
	 * @param string[] $items The items.
	 * @return string
	 */
	public static function and_list( array $items ) {
		if ( count( $items ) < 2 ) {
			return implode( '', $items );
		}
		$last = array_pop( $items );
		/* translators: the last two items of a list: "a, b and c" */
		return sprintf( __( '%1$s and %2$s', 'scholingsfactoren' ), implode( ', ', $items ), $last );
	}
}
