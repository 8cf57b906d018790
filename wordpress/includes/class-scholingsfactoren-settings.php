<?php
/**
 * Settings → Scholingsfactoren: where the library's files come from.
 *
 * @package Scholingsfactoren
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page, for those who may manage options.
 */
final class Scholingsfactoren_Settings {

	const PAGE = 'scholingsfactoren';

	/**
	 * Hooks into WordPress.
	 */
	public static function add_hooks() {
		add_action( 'admin_init', array( self::class, 'register' ) );
		add_action( 'admin_menu', array( self::class, 'add_page' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( SCHOLINGSFACTOREN_FILE ), array( self::class, 'action_links' ) );
	}

	/**
	 * The choices of the page.
	 *
	 * @return array<string, array{label: string, help: string}>
	 */
	private static function choices() {
		return array(
			'self' => array(
				'label' => __( 'From this site (recommended)', 'scholingsfactoren' ),
				'help'  => __( 'Readers load everything from your own site. No one else learns who reads the page.', 'scholingsfactoren' ),
			),
			'cdn'  => array(
				'label' => __( 'From the public CDN unpkg.com', 'scholingsfactoren' ),
				'help'  => __( 'Every reader’s browser asks unpkg.com for the files: that sends their IP address to a third party. Public-sector sites usually may not do that without consent.', 'scholingsfactoren' ),
			),
		);
	}

	/**
	 * Registers the setting.
	 */
	public static function register() {
		register_setting(
			self::PAGE,
			Scholingsfactoren_Assets::OPTION,
			array(
				'type'              => 'string',
				'default'           => 'self',
				'sanitize_callback' => array( self::class, 'sanitize' ),
			)
		);
	}

	/**
	 * Keeps only a known choice.
	 *
	 * @param mixed $value What the form sent.
	 * @return string
	 */
	public static function sanitize( $value ) {
		return is_string( $value ) && array_key_exists( $value, self::choices() ) ? $value : 'self';
	}

	/**
	 * Adds the page under Settings.
	 */
	public static function add_page() {
		add_options_page(
			__( 'Scholingsfactoren', 'scholingsfactoren' ),
			__( 'Scholingsfactoren', 'scholingsfactoren' ),
			'manage_options',
			self::PAGE,
			array( self::class, 'render' )
		);
	}

	/**
	 * A link to the settings on the plugins page.
	 *
	 * @param string[] $links The plugin's links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		if ( current_user_can( 'manage_options' ) ) {
			$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=' . self::PAGE ) ) . '">' . esc_html__( 'Settings', 'scholingsfactoren' ) . '</a>';
		}
		return $links;
	}

	/**
	 * The page.
	 */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$current = get_option( Scholingsfactoren_Assets::OPTION, 'self' );
		?>
		<div class="wrap">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<p><?php esc_html_e( 'Add the factors to a page with the block “Scholingsfactoren”, with the shortcode [scholingsfactoren], or by pasting the address of an embed page on a line of its own.', 'scholingsfactoren' ); ?></p>
			<form method="post" action="options.php">
				<?php settings_fields( self::PAGE ); ?>
				<fieldset>
					<legend><h2><?php esc_html_e( 'Where do the files come from?', 'scholingsfactoren' ); ?></h2></legend>
					<?php foreach ( self::choices() as $value => $choice ) : ?>
						<p>
							<label>
								<input type="radio" name="<?php echo esc_attr( Scholingsfactoren_Assets::OPTION ); ?>" value="<?php echo esc_attr( $value ); ?>"
									aria-describedby="<?php echo esc_attr( 'scholingsfactoren-files-' . $value ); ?>" <?php checked( $current, $value ); ?>>
								<?php echo esc_html( $choice['label'] ); ?>
							</label>
							<br><span class="description" id="<?php echo esc_attr( 'scholingsfactoren-files-' . $value ); ?>"><?php echo esc_html( $choice['help'] ); ?></span>
						</p>
					<?php endforeach; ?>
				</fieldset>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
