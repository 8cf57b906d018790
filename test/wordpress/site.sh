#!/usr/bin/env bash
# A WordPress site for the plugin's test (test/wordpress/run.js), from Debian's packages: MariaDB and
# Apache started, a database, a site at http://localhost:8089 in Dutch with DISALLOW_UNFILTERED_HTML (as
# many government sites have), an administrator and an author. Safe to run again: what exists stays.
# Needs root and `apt-get install wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server apache2
# libapache2-mod-php php-mysql php-cli` (the translations and the theme are only recommended by the package).
# The plugin itself is installed by the test, from the zip that `npm run build` writes.
set -euo pipefail
cd "$(dirname "$0")"

port=${SF_WORDPRESS_PORT:-8089}
config=/etc/wordpress/config-localhost.php

service mariadb start >/dev/null
mariadb -e "CREATE DATABASE IF NOT EXISTS sf_wordpress;
  CREATE USER IF NOT EXISTS 'sf_wordpress'@'localhost' IDENTIFIED BY 'sf-test-only';
  GRANT ALL ON sf_wordpress.* TO 'sf_wordpress'@'localhost';"

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php: "localhost", whatever the port.
cat >"$config" <<PHP
<?php
// The site of the scholingsfactoren plugin's test (test/wordpress/site.sh). Not for real use.
define( 'DB_NAME', 'sf_wordpress' );
define( 'DB_USER', 'sf_wordpress' );
define( 'DB_PASSWORD', 'sf-test-only' );
define( 'DB_HOST', 'localhost' );
define( 'WP_HOME', 'http://localhost:$port' );
define( 'WP_SITEURL', 'http://localhost:$port' );
// As on many government sites: nobody may post unfiltered HTML, also administrators.
define( 'DISALLOW_UNFILTERED_HTML', true );
// The server asks no one outside for anything (updates, oEmbed discovery), so nothing waits on a network.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// Every notice and warning goes to a log the test reads; readers never see one.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '/var/log/sf-wordpress/debug.log' );
PHP
chgrp www-data "$config" && chmod 640 "$config"
# The log is written by Apache (www-data) and by the test's PHP scripts (root).
mkdir -p /var/log/sf-wordpress && touch /var/log/sf-wordpress/debug.log && chown www-data /var/log/sf-wordpress /var/log/sf-wordpress/debug.log

cat >/etc/apache2/sites-available/sf-wordpress.conf <<CONF
# The scholingsfactoren plugin's test site (test/wordpress/site.sh).
Listen $port
<VirtualHost *:$port>
  ServerName localhost
  DocumentRoot /usr/share/wordpress
  DirectoryIndex index.php index.html
  Alias /wp-content /var/lib/wordpress/wp-content
  ErrorLog /var/log/sf-wordpress/error.log
  CustomLog /var/log/sf-wordpress/access.log combined
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
CONF
a2ensite -q sf-wordpress >/dev/null
if service apache2 status >/dev/null 2>&1; then service apache2 reload >/dev/null; else service apache2 start >/dev/null; fi

php site.php "$port"
